using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>Reads what the suggester learns from: available videos, the draft's categories and links, rejections, and
/// the stored embeddings, computing (and storing) them only for videos the model has not seen or whose text changed.</summary>
/// <remarks>Embeddings are saved batch by batch, so an interrupted first computation keeps what it did. With no
/// <see cref="ITextEmbedder"/> the suggester works from channels and words alone. Thread-safe (no state of its own).</remarks>
public sealed class SuggestionInputLoader(IDbContextFactory<OrganizerDbContext> dbFactory, ITextEmbedder? embedder = null)
{
    private const int SaveEvery = 256;

    /// <summary>Whether a model is configured (else suggestions use channels and words alone).</summary>
    public bool HasModel => embedder is not null;

    /// <summary>The library as it is now. <paramref name="withEmbeddings"/>: attach the stored vectors (videos without
    /// one get none) and embed the categories' titles; call <see cref="EmbedNewVideosAsync"/> first for complete ones.</summary>
    public async Task<SuggestionInput> LoadAsync(bool withEmbeddings, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var watchLater = (await db.WatchLater.Select(w => w.VideoId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var rows = await db.Videos.AsNoTracking().Where(v => v.Availability == VideoAvailability.Available)
            .Select(v => new { v.Id, v.Title, v.ChannelId, v.ChannelTitle, v.Tags, v.Description, v.YouTubeCategoryId }).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Title, c.Description, c.Keywords }).ToListAsync(ct);
        var labels = (await db.CategoryVideos.AsNoTracking().Select(l => new { l.VideoId, l.CategoryId }).ToListAsync(ct))
            .GroupBy(l => l.VideoId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<long>)g.Select(l => l.CategoryId).ToList(), StringComparer.Ordinal);
        var rejections = (await db.SuggestionRejections.AsNoTracking().Select(r => new { r.VideoId, r.CategoryId }).ToListAsync(ct))
            .Select(r => (r.VideoId, r.CategoryId)).ToHashSet();

        var videos = rows.Select(v => new SuggestionVideo(v.Id, v.Title, v.ChannelId, v.ChannelTitle, v.Tags ?? [], v.Description,
            v.YouTubeCategoryId, watchLater.Contains(v.Id))).ToList();
        var suggestionCategories = categories.Select(c => new SuggestionCategory(c.Id, c.Title, c.Description) { Keywords = c.Keywords }).ToList();
        if (withEmbeddings && embedder is not null)
        {
            var stored = await db.VideoEmbeddings.AsNoTracking().Where(e => e.Model == embedder.ModelId)
                .ToDictionaryAsync(e => e.VideoId, e => e.Vector, StringComparer.Ordinal, ct);
            videos = videos.Select(v => stored.TryGetValue(v.Id, out var bytes) ? v with { Embedding = Vectors.FromBytes(bytes) } : v).ToList();
            var prototypes = embedder.Embed(suggestionCategories.Select(c => c.PrototypeText).ToList(), ct);
            suggestionCategories = suggestionCategories.Select((c, i) => c with { Prototype = prototypes[i] }).ToList();
        }
        return new SuggestionInput(videos, suggestionCategories, labels, rejections);
    }

    /// <summary>How many available videos have no current embedding (never seen by the model, or their text changed).</summary>
    public async Task<int> CountNewVideosAsync(CancellationToken ct = default)
    {
        if (embedder is null) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await MissingAsync(db, ct)).Count;
    }

    /// <summary>Runs the model over the videos it has not seen (or whose text changed) and stores the vectors.</summary>
    /// <remarks>The model reads each distinct text once: videos with the same text (re-uploads, a series' parts with
    /// no tags) share one run, and a text some stored video was already embedded from is not run again.</remarks>
    public async Task EmbedNewVideosAsync(IProgress<SuggestionProgress>? progress = null, CancellationToken ct = default)
    {
        if (embedder is null) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var missing = await MissingAsync(db, ct);
        var byText = missing.GroupBy(v => v.Text, StringComparer.Ordinal).ToList();
        var hashes = byText.Select(g => Hash(g.Key)).ToList();
        var stored = (await db.VideoEmbeddings.AsNoTracking().Where(e => e.Model == embedder.ModelId && hashes.Contains(e.TextHash))
                .Select(e => new { e.TextHash, e.Vector }).ToListAsync(ct))
            .DistinctBy(e => e.TextHash).ToDictionary(e => e.TextHash, e => e.Vector, StringComparer.Ordinal);
        var done = 0;
        const string stage = "Reading new videos with the language model";
        progress?.Report(new SuggestionProgress(stage, 0, missing.Count));
        foreach (var batch in byText.Chunk(SaveEvery))
        {
            var toRun = batch.Where(g => !stored.ContainsKey(Hash(g.Key))).Select(g => g.Key).ToList();
            var computed = await Task.Run(() => embedder.Embed(toRun, ct), ct);
            var vectors = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (var i = 0; i < toRun.Count; i++) vectors[toRun[i]] = Vectors.ToBytes(computed[i]);
            var ids = batch.SelectMany(g => g.Select(v => v.Id)).ToList();
            await db.VideoEmbeddings.Where(e => ids.Contains(e.VideoId)).ExecuteDeleteAsync(ct);
            foreach (var group in batch)
            {
                var hash = Hash(group.Key);
                var vector = vectors.TryGetValue(group.Key, out var fresh) ? fresh : stored[hash];
                foreach (var video in group)
                    db.VideoEmbeddings.Add(new VideoEmbedding { VideoId = video.Id, Model = embedder.ModelId, TextHash = hash, Vector = vector });
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += ids.Count;
            progress?.Report(new SuggestionProgress(stage, done, missing.Count));
        }
    }

    private async Task<List<(string Id, string Text)>> MissingAsync(OrganizerDbContext db, CancellationToken ct)
    {
        var model = embedder!.ModelId;
        var stored = await db.VideoEmbeddings.AsNoTracking().Select(e => new { e.VideoId, e.Model, e.TextHash })
            .ToDictionaryAsync(e => e.VideoId, StringComparer.Ordinal, ct);
        var videos = await db.Videos.AsNoTracking().Where(v => v.Availability == VideoAvailability.Available)
            .Select(v => new { v.Id, v.Title, v.ChannelTitle, v.Tags }).ToListAsync(ct);
        return videos.Select(v => (v.Id, Text: SuggestionText.ForEmbedding(v.Title, v.ChannelTitle, v.Tags)))
            .Where(v => !(stored.TryGetValue(v.Id, out var e) && e.Model == model && e.TextHash == Hash(v.Text)))
            .ToList();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
