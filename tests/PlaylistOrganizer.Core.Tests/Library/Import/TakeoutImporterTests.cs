using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Tests.Library.Import.Takeout;

namespace PlaylistOrganizer.Core.Tests.Library.Import;

public sealed class TakeoutImporterTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly TakeoutImporter importer;

    public TakeoutImporterTests() =>
        importer = new TakeoutImporter(database, new TakeoutReader(), new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T10:00:00Z")));

    public void Dispose() => database.Dispose();

    private static Stream Csv(params string[] ids) => new MemoryStream(Encoding.UTF8.GetBytes(
        "Video ID,Playlist Video Creation Timestamp\r\n" + string.Concat(ids.Select((id, i) => $"{id},2026-01-0{i + 1}T10:00:00+00:00\r\n"))));

    private Task<TakeoutImportResult> Import(Stream csv, string name = "Watch later-videos.csv") =>
        importer.ImportAsync(csv, name, CancellationToken.None);

    [Fact]
    public async Task Watch_Later_is_imported_in_order_with_a_library_record_per_video()
    {
        var result = await Import(Csv("aaaaaaaaaaa", "bbbbbbbbbbb", "aaaaaaaaaaa"));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Run!.Summary.WatchLaterAdded);
        await using var db = database.CreateDbContext();
        Assert.Equal(["aaaaaaaaaaa", "bbbbbbbbbbb"], await db.WatchLater.OrderBy(w => w.Position).Select(w => w.VideoId).ToListAsync());
        Assert.Equal(2, await db.Videos.CountAsync(v => v.Availability == VideoAvailability.Unknown));
    }

    [Fact]
    public async Task A_newer_export_replaces_Watch_Later_and_counts_what_left_it()
    {
        await Import(Csv("aaaaaaaaaaa", "bbbbbbbbbbb"));
        var second = await Import(Csv("bbbbbbbbbbb", "ccccccccccc"));

        Assert.Equal(1, second.Run!.Summary.WatchLaterAdded);
        Assert.Equal(1, second.Run.Summary.WatchLaterRemoved);
        await using var db = database.CreateDbContext();
        Assert.Equal(["bbbbbbbbbbb", "ccccccccccc"], await db.WatchLater.OrderBy(w => w.Position).Select(w => w.VideoId).ToListAsync());
    }

    [Fact]
    public async Task A_bad_upload_changes_nothing_and_says_why()
    {
        await Import(Csv("aaaaaaaaaaa"));
        var bad = await Import(Csv("bbbbbbbbbbb", "not-an-id"));

        Assert.False(bad.Succeeded);
        Assert.Contains(bad.Problems, p => p.Code == TakeoutProblemCode.InvalidVideoId && p.Message.Contains("not-an-id"));
        await using var db = database.CreateDbContext();
        Assert.Equal(["aaaaaaaaaaa"], await db.WatchLater.Select(w => w.VideoId).ToListAsync());
        Assert.Equal(1, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task An_export_whose_only_playlist_file_is_an_imported_playlist_changes_nothing()
    {
        await Import(Csv("aaaaaaaaaaa"));
        await using (var seed = database.CreateDbContext())
        {
            seed.Playlists.Add(new LibraryPlaylist { Id = "PLcooking0000000000000000000000000", Title = "Cooking" });
            await seed.SaveChangesAsync();
        }
        var zip = TakeoutInput.Zip((TakeoutInput.Folder + "Cooking-videos.csv", "Video ID,Playlist Video Creation Timestamp\nbbbbbbbbbbb,2026-01-01T10:00:00+00:00\n"));

        var other = await importer.ImportAsync(zip, "takeout.zip", CancellationToken.None);

        Assert.False(other.Succeeded);
        var problem = Assert.Single(other.Problems);
        Assert.Equal(TakeoutProblemCode.WatchLaterNotFound, problem.Code);
        Assert.Contains("takeout.zip has no Watch Later file", problem.Message);
        await using var db = database.CreateDbContext();
        Assert.Equal(["aaaaaaaaaaa"], await db.WatchLater.Select(w => w.VideoId).ToListAsync());
    }
}
