using System.Numerics;
using System.Runtime.InteropServices;

namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>The few vector operations the signals need, SIMD where it pays.</summary>
internal static class Vectors
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var k = 0; k < va.Length; k++) sum += va[k] * vb[k];
        i = va.Length * Vector<float>.Count;
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>Scales to unit length; a zero vector stays zero (it is then like nothing).</summary>
    public static float[] Normalized(float[] v)
    {
        var norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return v;
        var result = new float[v.Length];
        for (var i = 0; i < v.Length; i++) result[i] = v[i] / norm;
        return result;
    }

    public static byte[] ToBytes(float[] v) => MemoryMarshal.AsBytes(v.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
