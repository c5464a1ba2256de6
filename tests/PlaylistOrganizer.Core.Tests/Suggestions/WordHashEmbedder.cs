using PlaylistOrganizer.Core.Suggestions;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

/// <summary>A tiny deterministic embedder for unit tests: each word adds to one of 64 dimensions (feature hashing),
/// so texts that share words are similar. Keeps the sentence model (and ONNX Runtime) out of the fast suite.</summary>
internal sealed class WordHashEmbedder : ITextEmbedder
{
    public string ModelId => "word-hash-64";
    public int Dimensions => 64;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) => texts.Select(Embed).ToArray();

    private static float[] Embed(string text)
    {
        var v = new float[64];
        foreach (var word in SuggestionText.Tokens(text))
        {
            var h = 17;
            foreach (var ch in word) h = unchecked(h * 31 + ch);
            v[(h & 0x7fffffff) % 64] += 1;
        }
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
