using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// The guided Watch Later clean-up: the checklist in Takeout's order with the rows to keep, ticks saved as made, and
/// verification by a newer Takeout (the emulator's Takeout writer, named as Takeout names its archives).
/// </summary>
public class WatchLaterCleanupTests
{
    // Watch Later in the file's order, with added times deliberately not in that order. 1, 6, 10 and 14 are in categories
    // (to remove); 20 is in none and 22 is not on YouTube any more (both to keep).
    private static readonly (int Video, string AddedAt)[] WatchLater =
    [
        (1, "2026-03-05T08:00:00Z"), (6, "2026-01-10T08:00:00Z"), (20, "2026-06-01T08:00:00Z"),
        (10, "2026-02-20T08:00:00Z"), (22, "2026-04-01T08:00:00Z"), (14, "2026-05-15T08:00:00Z"),
    ];

    private static string[] Ids(params int[] videos) => videos.Select(Libraries.Id).ToArray();

    internal static AccountSnapshot Library()
    {
        var account = MultiDaySyncTests.FourOriginals();
        account.Videos.Add(Libraries.Video(Libraries.Id(20)));
        account.WatchLater.AddRange(WatchLater.Select(w => new WatchLaterEntry { VideoId = Libraries.Id(w.Video), AddedAt = DateTimeOffset.Parse(w.AddedAt) }));
        return account;
    }

    /// <summary>Imports Takeout (made before the sync) and YouTube, starts the sync and runs it to the clean-up stage.</summary>
    internal static async Task<long> ReachCleanupAsync(OrganizerApp app)
    {
        var before = app.Time.GetUtcNow().AddHours(-6);
        var imported = await ImportTakeoutAsync(app, app.YouTube.State.Export(Account)!, before);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Problems));
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncStage.WatchLaterCleanup, SyncRunStatus.AwaitingWatchLater), (run.Stage, run.Status));
        return sync.RunId;
    }

    private static async Task<TakeoutImportResult> ImportTakeoutAsync(OrganizerApp app, AccountSnapshot account, DateTimeOffset exportedAt)
    {
        using var zip = Zip(account, exportedAt);
        return await app.Get<TakeoutImporter>().ImportAsync(zip, TakeoutWriter.ArchiveName(exportedAt), CancellationToken.None);
    }

    internal static MemoryStream Zip(AccountSnapshot account, DateTimeOffset exportedAt)
    {
        var zip = new MemoryStream();
        TakeoutWriter.WriteZip(account, zip, new TakeoutWriterOptions { ExportedAt = exportedAt });
        zip.Position = 0;
        return zip;
    }

    /// <summary>The user removed <paramref name="removed"/> on youtube.com (and added <paramref name="added"/>), then exported.</summary>
    private static async Task<WatchLaterVerificationResult> VerifyAsync(OrganizerApp app, long runId, int[] removed, DateTimeOffset exportedAt, params int[] added)
    {
        var account = app.YouTube.State.Export(Account)!;
        account.WatchLater.RemoveAll(w => Ids(removed).Contains(w.VideoId));
        account.WatchLater.AddRange(added.Select(v => new WatchLaterEntry { VideoId = Libraries.Id(v), AddedAt = exportedAt.AddHours(-1) }));
        using var zip = Zip(account, exportedAt);
        // Awaited here: the zip must stay open until the verifier has read it.
        return await app.Get<WatchLaterVerifier>().VerifyAsync(runId, zip, TakeoutWriter.ArchiveName(exportedAt), CancellationToken.None);
    }

    private static async Task<Dictionary<string, OperationStatus>> RemovalsAsync(OrganizerApp app, long runId) =>
        (await OperationsAsync(app, runId)).Where(o => o.Kind == OperationKind.RemoveFromWatchLater).ToDictionary(o => o.VideoId!.Value.Value, o => o.Status);

    [Fact]
    public async Task The_checklist_follows_Takeouts_added_times_newest_first_or_oldest_first_and_shows_the_videos_to_keep()
    {
        await using var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        var runId = await ReachCleanupAsync(app);
        var cleanup = app.Get<WatchLaterCleanup>();

        var newest = await cleanup.GetRowsAsync(runId, WatchLaterOrder.NewestFirst, 0, 100, CancellationToken.None);
        Assert.Equal(Ids(20, 14, 22, 1, 10, 6), newest.Select(r => r.VideoId));
        Assert.Equal(
            [WatchLaterRole.KeepNoCategory, WatchLaterRole.Remove, WatchLaterRole.KeepUnavailable, WatchLaterRole.Remove, WatchLaterRole.Remove, WatchLaterRole.Remove],
            newest.Select(r => r.Role));
        Assert.Equal("Video vid00000014", newest[1].Title);
        var oldest = await cleanup.GetRowsAsync(runId, WatchLaterOrder.OldestFirst, 0, 100, CancellationToken.None);
        Assert.Equal(Ids(6, 10, 1, 22, 14, 20), oldest.Select(r => r.VideoId));
        // A window of it, as the page's virtualized list asks for.
        Assert.Equal(Ids(22, 1), (await cleanup.GetRowsAsync(runId, WatchLaterOrder.NewestFirst, 2, 2, CancellationToken.None)).Select(r => r.VideoId));

        var summary = await cleanup.GetSummaryAsync(runId, CancellationToken.None);
        Assert.Equal("0 of 4 removed", summary.Progress);
        Assert.Equal((1, 0, 1), (summary.KeepNoCategory, summary.KeepSkipped, summary.KeepUnavailable));
        // The helper gets exactly the videos to remove, none to keep.
        Assert.Equal(Ids(6, 10, 1, 14), await cleanup.VideosToRemoveAsync(runId, CancellationToken.None));
    }

    [Fact]
    public async Task Ticks_are_saved_as_they_are_made_and_survive_a_restart_and_a_video_to_keep_cannot_be_ticked()
    {
        var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        try
        {
            var runId = await ReachCleanupAsync(app);
            Assert.Null(await app.Get<WatchLaterCleanup>().TickAsync(runId, Ids(1, 14), true, CancellationToken.None));

            app = await app.RestartAsync();
            var cleanup = app.Get<WatchLaterCleanup>();
            var rows = await cleanup.GetRowsAsync(runId, WatchLaterOrder.NewestFirst, 0, 100, CancellationToken.None);
            Assert.Equal(Ids(14, 1), rows.Where(r => r.Ticked).Select(r => r.VideoId));
            Assert.Equal("2 of 4 removed", (await cleanup.GetSummaryAsync(runId, CancellationToken.None)).Progress);

            Assert.Null(await cleanup.TickAsync(runId, Ids(14), false, CancellationToken.None));
            var keep = await cleanup.TickAsync(runId, Ids(6, 20), true, CancellationToken.None);
            Assert.Equal("vid00000020 must stay in Watch Later (not synced into any playlist), so it has no tick; nothing was ticked.", keep);
            var unknown = await cleanup.TickAsync(runId, ["notOnTheLst"], true, CancellationToken.None);
            Assert.Equal("notOnTheLst is not on this sync's Watch Later checklist; nothing was ticked.", unknown);
            Assert.Equal("1 of 4 removed", (await cleanup.GetSummaryAsync(runId, CancellationToken.None)).Progress);
            Assert.Equal(Ids(6, 10, 14), await cleanup.VideosToRemoveAsync(runId, CancellationToken.None));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_newer_Takeout_that_still_lists_some_leaves_the_stage_open_with_exactly_those_listed()
    {
        await using var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        var runId = await ReachCleanupAsync(app);
        var cleanup = app.Get<WatchLaterCleanup>();
        // 6 was ticked, but the Takeout shows it is still there: the tick was wrong.
        Assert.Null(await cleanup.TickAsync(runId, Ids(6), true, CancellationToken.None));
        app.Time.Advance(TimeSpan.FromHours(2));

        var result = await VerifyAsync(app, runId, removed: [1, 10], app.Time.GetUtcNow());

        Assert.True(result.Succeeded, result.Refusal);
        Assert.False(result.Completed);
        Assert.Equal(Ids(14, 6), result.StillThere);
        Assert.Empty(result.KeptButGone);
        Assert.Equal((2, 2, 0, 0), (result.Verification!.Removed, result.Verification.StillThere, result.Verification.KeptButGone, result.Verification.AddedSince));
        Assert.Equal(SyncRunStatus.AwaitingWatchLater, (await RunAsync(app, runId)).Status);
        var removals = await RemovalsAsync(app, runId);
        Assert.Equal([OperationStatus.Succeeded, OperationStatus.Succeeded, OperationStatus.Pending, OperationStatus.Pending],
            Ids(1, 10, 6, 14).Select(v => removals[v]));
        var summary = await cleanup.GetSummaryAsync(runId, CancellationToken.None);
        Assert.Equal(("2 of 4 removed", 2, 2), (summary.Progress, summary.VerifiedGone, summary.StillThere));
        Assert.Equal(Ids(6, 14), await cleanup.VideosToRemoveAsync(runId, CancellationToken.None));
        // Like any newer Takeout, it is now the library's Watch Later.
        await using var db = app.Db();
        Assert.Equal(Ids(6, 20, 22, 14).Order(), (await db.WatchLater.Select(w => w.VideoId).ToListAsync()).Order());
    }

    [Fact]
    public async Task A_newer_Takeout_with_none_left_completes_the_stage_and_the_report_calls_those_removals_verified()
    {
        await using var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        var runId = await ReachCleanupAsync(app);
        app.Time.Advance(TimeSpan.FromHours(2));

        // 20 was to stay, but the user removed it too; 30 was added since the sync began.
        var result = await VerifyAsync(app, runId, removed: [1, 6, 10, 14, 20], app.Time.GetUtcNow(), added: 30);

        Assert.True(result.Completed);
        Assert.Empty(result.StillThere);
        Assert.Equal(Ids(20), result.KeptButGone);
        Assert.Equal((4, 0, 1, 1), (result.Verification!.Removed, result.Verification.StillThere, result.Verification.KeptButGone, result.Verification.AddedSince));
        Assert.Equal(SyncRunStatus.Running, (await RunAsync(app, runId)).Status);
        Assert.Equal(SyncRunStatus.Completed, (await RunOnceAsync(app, runId)).Status);
        var report = (await app.Get<SyncReports>().GetAsync(runId, CancellationToken.None))!;
        var removals = report.Rows.Where(r => r.Operation == OperationNames.Of(OperationKind.RemoveFromWatchLater)).ToList();
        Assert.Equal(4, removals.Count);
        Assert.All(removals, r => Assert.Equal(SyncReport.VerifiedByTakeout, r.Outcome));
        Assert.Equal((4, 0), report.WatchLaterRemovals);
    }

    [Fact]
    public async Task A_Takeout_older_than_the_sync_is_refused_for_verification_with_a_message_and_changes_nothing()
    {
        await using var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        var runId = await ReachCleanupAsync(app);
        var startedAt = (await RunAsync(app, runId)).StartedAt;
        int Imports() { using var db = app.Db(); return db.ImportRuns.Count(); }
        var importsBefore = Imports();

        var result = await VerifyAsync(app, runId, removed: [1, 6, 10, 14], startedAt.AddMinutes(-30));

        Assert.False(result.Succeeded);
        Assert.StartsWith($"{TakeoutWriter.ArchiveName(startedAt.AddMinutes(-30))} was exported on 2026-11-19 17:30 UTC, before this sync began (2026-11-19 18:00 UTC)", result.Refusal);
        Assert.Contains("Nothing was changed.", result.Refusal);
        Assert.All((await RemovalsAsync(app, runId)).Values, s => Assert.Equal(OperationStatus.Pending, s));
        Assert.Equal("0 of 4 removed", (await app.Get<WatchLaterCleanup>().GetSummaryAsync(runId, CancellationToken.None)).Progress);
        Assert.Equal(importsBefore, Imports());
        await using var db = app.Db();
        Assert.Equal(6, await db.WatchLater.CountAsync());
        Assert.Empty(await db.WatchLaterVerifications.ToListAsync());
    }

    [Fact]
    public async Task Confirming_without_a_Takeout_ends_the_stage_and_the_report_says_confirmed_by_you_not_verified()
    {
        await using var app = await OrganizerApp.StartAsync(Library(), settings: Settings());
        var runId = await ReachCleanupAsync(app);
        var cleanup = app.Get<WatchLaterCleanup>();
        Assert.False((await cleanup.ConfirmAsync(runId, all: false, CancellationToken.None)).Succeeded); // nothing ticked yet
        Assert.Null(await cleanup.TickAsync(runId, Ids(1, 6), true, CancellationToken.None));

        Assert.True((await cleanup.ConfirmAsync(runId, all: false, CancellationToken.None)).Succeeded);
        Assert.Equal(SyncRunStatus.AwaitingWatchLater, (await RunAsync(app, runId)).Status); // 10 and 14 are still open
        Assert.True((await cleanup.ConfirmAsync(runId, all: true, CancellationToken.None)).Succeeded);

        Assert.Equal(SyncRunStatus.Completed, (await RunOnceAsync(app, runId)).Status);
        var report = (await app.Get<SyncReports>().GetAsync(runId, CancellationToken.None))!;
        Assert.Equal((0, 4), report.WatchLaterRemovals);
        Assert.All(report.Rows.Where(r => r.Operation == OperationNames.Of(OperationKind.RemoveFromWatchLater)),
            r => Assert.Equal((SyncReport.ConfirmedNotVerified, SyncCommands.ConfirmedNotVerified), (r.Outcome, r.Reason)));
    }
}
