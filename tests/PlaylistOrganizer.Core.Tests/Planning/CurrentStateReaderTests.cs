using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Planning;

public sealed class CurrentStateReaderTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Reads_playlists_in_item_order_watch_later_unavailable_videos_and_what_earlier_syncs_created()
    {
        using (var db = database.CreateDbContext())
        {
            db.Playlists.Add(new LibraryPlaylist
            {
                Id = "PLmix", Title = "Mix", Kind = LibraryPlaylistKind.Regular,
                Items = [new() { Id = "i2", PlaylistId = "PLmix", VideoId = "v2", Position = 1 }, new() { Id = "i1", PlaylistId = "PLmix", VideoId = "v1", Position = 0 }],
            });
            db.Playlists.Add(new LibraryPlaylist { Id = "LLliked", Title = "Liked videos", Kind = LibraryPlaylistKind.System });
            db.Playlists.Add(new LibraryPlaylist { Id = "PLours", Title = "Cooking" });
            db.Videos.AddRange(new LibraryVideo { Id = "v1", Availability = VideoAvailability.Available },
                new LibraryVideo { Id = "v2", Availability = VideoAvailability.Unavailable });
            db.WatchLater.AddRange(new WatchLaterEntry { VideoId = "w2", Position = 1 }, new WatchLaterEntry { VideoId = "w1", Position = 0 });
            db.ImportRuns.AddRange(
                new ImportRun { Source = ImportSource.YouTube, State = ImportRunState.Completed },
                new ImportRun { Source = ImportSource.Takeout, State = ImportRunState.Completed },
                new ImportRun { Source = ImportSource.YouTube, State = ImportRunState.Paused });
            var run = new SyncRun { VersionHash = "h", StateFingerprint = "f" };
            db.SyncRuns.Add(run);
            await db.SaveChangesAsync();
            db.SyncCategoryPlaylists.Add(new SyncCategoryPlaylist { RunId = run.Id, CategoryKey = new("c"), PlaylistId = new("PLours"), Title = "Cooking" });
            await db.SaveChangesAsync();
        }

        var state = await new CurrentStateReader(database).ReadAsync(CancellationToken.None);

        Assert.Equal("yt:1|takeout:2", state.Fingerprint); // the paused import (3) is not what the library shows
        var mix = state.Playlists.Single(p => p.Id == "PLmix");
        Assert.Equal(["v1", "v2"], mix.Items.Select(i => i.VideoId));
        Assert.Equal("i1", mix.Items[0].ItemId);
        Assert.True(mix.IsOriginal);
        Assert.True(state.Playlists.Single(p => p.Id == "LLliked").IsSystem);
        Assert.Equal(new CategoryKey("c"), state.Playlists.Single(p => p.Id == "PLours").HeldBy);
        Assert.False(state.Playlists.Single(p => p.Id == "PLours").IsOriginal);
        Assert.Equal(["w1", "w2"], state.WatchLaterVideoIds);
        Assert.Equal(["v2"], state.UnavailableVideoIds);
    }

    [Fact]
    public async Task A_newer_import_changes_the_fingerprint()
    {
        var reader = new CurrentStateReader(database);
        var before = (await reader.ReadAsync(CancellationToken.None)).Fingerprint;
        using (var db = database.CreateDbContext())
        {
            db.ImportRuns.Add(new ImportRun { Source = ImportSource.Takeout, State = ImportRunState.Completed });
            await db.SaveChangesAsync();
        }

        Assert.Equal("yt:0|takeout:0", before);
        Assert.NotEqual(before, (await reader.ReadAsync(CancellationToken.None)).Fingerprint);
    }

    [Fact]
    public async Task A_sync_after_the_last_import_makes_the_state_outdated_until_the_next_import()
    {
        var reader = new CurrentStateReader(database);
        using (var db = database.CreateDbContext())
        {
            db.ImportRuns.Add(new ImportRun { Source = ImportSource.YouTube, State = ImportRunState.Completed, FinishedAt = DateTimeOffset.Parse("2026-11-01T10:00:00Z") });
            await db.SaveChangesAsync();
        }
        Assert.Null((await reader.ReadAsync(CancellationToken.None)).OutdatedBecause);

        using (var db = database.CreateDbContext())
        {
            db.SyncRuns.Add(new SyncRun { VersionHash = "h", StateFingerprint = "f", StartedAt = DateTimeOffset.Parse("2026-11-01T11:00:00Z") });
            await db.SaveChangesAsync();
        }
        Assert.Contains("Import from YouTube again", (await reader.ReadAsync(CancellationToken.None)).OutdatedBecause);

        using (var db = database.CreateDbContext())
        {
            db.ImportRuns.Add(new ImportRun { Source = ImportSource.YouTube, State = ImportRunState.Completed, FinishedAt = DateTimeOffset.Parse("2026-11-02T10:00:00Z") });
            await db.SaveChangesAsync();
        }
        Assert.Null((await reader.ReadAsync(CancellationToken.None)).OutdatedBecause);
    }
}
