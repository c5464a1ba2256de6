using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Safety;

public class RestoreTests
{
    [Fact]
    public async Task A_full_sync_then_a_restore_gives_back_the_original_playlists_titles_items_and_order()
    {
        var account = SyncScenario.WithLikes(Libraries.Account(
            ("cooking", [5, 1, 2, 1]),   // a duplicate entry, restored once
            ("recipes to try", [3, 2]),
            ("music", [7, 6, 8])), 9);
        await using var app = await OrganizerApp.StartAsync(account, settings: SyncScenario.Settings(dailyLimitUnits: 2_000, reserveUnits: 100));
        var sync = await SyncScenario.StartAsync(app, PlanKind.Plain,
            SyncScenario.Category("Food", 1, 2, 3, 5), SyncScenario.Category("Music", 6, 7, 8));
        var (synced, _) = await SyncScenario.DriveAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, synced.Status);
        Assert.DoesNotContain(app.YouTube.State.Export("demo")!.Playlists, p => p.Title == "cooking");

        // The sync's own backup, taken before anything changed, is the one to restore.
        await using (var db = app.Db())
        {
            var backupId = await db.Backups.Where(b => b.SyncRunId == sync.RunId).Select(b => b.Id).SingleAsync();
            Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
            var (preview, problem) = await app.Get<RestorePreview>().BuildAsync(backupId, removeCategoryPlaylists: true, CancellationToken.None);
            Assert.Null(problem);
            var started = await app.Get<RestorePreview>().StartAsync(preview!, removeCategoryPlaylists: true, CancellationToken.None);
            Assert.True(started.Succeeded, started.Refusal);
            var (restored, _) = await SyncScenario.DriveAsync(app, started.Run!.Id);
            Assert.Equal(SyncRunStatus.Completed, restored.Status);
        }

        var after = app.YouTube.State.Export("demo")!;
        var regular = after.Playlists.Where(p => p.Kind == PlaylistKind.Regular).OrderBy(p => p.Title).ToList();
        Assert.Equal(["cooking", "music", "recipes to try"], regular.Select(p => p.Title));
        Assert.Equal([Libraries.Id(5), Libraries.Id(1), Libraries.Id(2)], regular[0].Items.Select(i => i.VideoId));
        Assert.Equal([Libraries.Id(7), Libraries.Id(6), Libraries.Id(8)], regular[1].Items.Select(i => i.VideoId));
        Assert.Equal([Libraries.Id(3), Libraries.Id(2)], regular[2].Items.Select(i => i.VideoId));
        Assert.Equal([Libraries.Id(9)], after.Playlists.Single(p => p.Kind == PlaylistKind.Likes).Items.Select(i => i.VideoId));
    }

    [Fact]
    public async Task A_tampered_backup_is_refused_and_nothing_starts()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("mix", [1, 2])), settings: SyncScenario.Settings());
        await app.ConnectAsync();
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
        var backup = await app.Get<BackupLibrary>().TakeNowAsync(CancellationToken.None);
        var tampered = backup.Json.Replace(Libraries.Id(2), Libraries.Id(3));

        var (added, problem) = await app.Get<BackupLibrary>().AddUploadedAsync(tampered, CancellationToken.None);

        Assert.Null(added);
        Assert.Contains("checksum", problem);
        await using var db = app.Db();
        Assert.Equal(1, await db.Backups.CountAsync());
        Assert.Equal(0, await db.SyncRuns.CountAsync());
    }
}
