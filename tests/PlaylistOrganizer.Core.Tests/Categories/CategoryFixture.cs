using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;

namespace PlaylistOrganizer.Core.Tests.Categories;

/// <summary>A fresh database with a small library, and the category services on it.</summary>
public sealed class CategoryFixture : IDisposable
{
    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-03-01T12:00:00Z"));
    public CategoryEditor Editor { get; }
    public StructureApproval Approval { get; }

    public CategoryFixture(int videos = 40, int undoDepth = 50)
    {
        Editor = NewEditor(undoDepth);
        Approval = new StructureApproval(Database, Time);
        SeedVideos(videos);
    }

    /// <summary>A second editor on the same database: what a page reload or a restart sees.</summary>
    public CategoryEditor NewEditor(int undoDepth = 50) => new(Database, Time, Options.Create(new CategoryOptions { UndoDepth = undoDepth }));

    /// <summary>Well-formed 11-character ids: v0000000000, v0000000001, …</summary>
    public static string Video(int n) => $"v{n:D10}";

    public static IReadOnlyList<string> Videos(int from, int count) => Enumerable.Range(from, count).Select(Video).ToList();

    public void SeedVideos(int count, int from = 0, VideoAvailability availability = VideoAvailability.Available)
    {
        using var db = Database.CreateDbContext();
        db.Videos.AddRange(Enumerable.Range(from, count).Select(i => new LibraryVideo
        {
            Id = Video(i), Title = $"Video {i}", ChannelTitle = $"Channel {i % 7}", Availability = availability,
        }));
        db.SaveChanges();
    }

    public async Task<long> CreateAsync(string title, params IReadOnlyList<string> videos)
    {
        var created = await Editor.CreateAsync(title);
        Assert.True(created.Succeeded, created.ToString());
        if (videos.Count > 0) Assert.True((await Editor.AssignAsync(created.CategoryId!.Value, videos)).Succeeded);
        return created.CategoryId!.Value;
    }

    /// <summary>Everything the category feature stores, as text: equal fingerprints mean nothing changed.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var db = Database.CreateDbContext();
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Title}|{c.Description}|{c.Privacy}|{c.Keywords}").ToListAsync();
        var links = await db.CategoryVideos.OrderBy(l => l.CategoryId).ThenBy(l => l.VideoId).Select(l => $"{l.CategoryId}:{l.VideoId}").ToListAsync();
        var journal = await db.CategoryJournal.OrderBy(j => j.Id).Select(j => $"{j.Id}{j.IsUndone}").ToListAsync();
        var versions = await db.StructureVersions.CountAsync();
        return string.Join("\n", categories) + "\n--\n" + string.Join(",", links) + "\n--\n" + string.Join(",", journal) + $"\n--\n{versions}";
    }

    /// <summary>The draft by content (titles, details, videos), independent of ids.</summary>
    public async Task<string> ContentAsync() => StructureFile.ToJson(await Editor.ExportAsync());

    public async Task<Dictionary<string, List<string>>> VideosByTitleAsync() =>
        (await Editor.ExportAsync()).Categories.ToDictionary(c => c.Title, c => c.VideoIds.ToList());

    public void Dispose() => Database.Dispose();
}
