using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.IntegrationTests.Support;
using PlaylistOrganizer.IntegrationTests.Sync;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Cli;

/// <summary>
/// <c>sync watch-later status|script|verify|done</c> as a script runs them, on the same database and emulator as the app.
/// Exit codes: 0 done, 1 refused (nothing changed), 3 the sync waits.
/// </summary>
/// <remarks>The verbs' host has the system's clock, later than the test app's: a Takeout named "now" is newer than the
/// sync. Console output is captured, which is process-wide: this class is its own collection and runs alone.</remarks>
[Collection(nameof(WatchLaterCliTests))]
[CollectionDefinition(nameof(WatchLaterCliTests), DisableParallelization = true)]
public class WatchLaterCliTests
{
    [Fact]
    public async Task The_watch_later_verbs_show_the_checklist_write_the_helper_verify_with_a_newer_Takeout_and_confirm()
    {
        await using var app = await OrganizerApp.StartAsync(WatchLaterCleanupTests.Library(), settings: Settings());
        var runId = await WatchLaterCleanupTests.ReachCleanupAsync(app);

        var status = await app.RunVerbAsync("sync", "watch-later", "status");
        Assert.Equal(3, status.Exit);
        Assert.Contains($"Watch Later clean-up of sync #{runId}: 0 of 4 removed (0 verified by a Takeout), 4 left.", status.Output);
        Assert.Contains("to keep: 2 (1 in no category, 0 skipped, 1 unavailable)", status.Output);

        var script = Path.Combine(app.DataDirectory, "helper.js");
        var written = await app.RunVerbAsync("sync", "watch-later", "script", "--file", script);
        Assert.Equal(0, written.Exit);
        Assert.Contains("runs on YouTube's page, not through the API", written.Error);
        var source = await File.ReadAllTextAsync(script);
        Assert.StartsWith("// PlaylistOrganizer's Watch Later helper.", source);
        Assert.Contains("""
            "ids":["vid00000006","vid00000010","vid00000001","vid00000014"],"dryRun":false
            """.Trim(), source);
        Assert.DoesNotContain("vid00000020", source);

        var older = await WriteTakeoutAsync(app, DateTimeOffset.Parse("2026-11-01T00:00:00Z"), removed: ["vid00000001"]);
        var refused = await app.RunVerbAsync("sync", "watch-later", "verify", older);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("before this sync began", refused.Error);

        var newer = await WriteTakeoutAsync(app, DateTimeOffset.UtcNow, removed: ["vid00000001", "vid00000006", "vid00000010"]);
        var verified = await app.RunVerbAsync("sync", "watch-later", "verify", newer);
        Assert.Equal(3, verified.Exit);
        Assert.Contains("3 removed, 1 still there", verified.Output);
        Assert.Contains("still there: https://www.youtube.com/watch?v=vid00000014", verified.Output);

        var done = await app.RunVerbAsync("sync", "watch-later", "done");
        Assert.Equal(0, done.Exit);
        var operations = await OperationsAsync(app, runId);
        Assert.Equal(SyncRunStatus.Completed, (await RunAsync(app, runId)).Status);
        Assert.Equal(SyncCommands.ConfirmedNotVerified,
            Assert.Single(operations, o => o.Kind == Core.Planning.OperationKind.RemoveFromWatchLater && o.VideoId?.Value == "vid00000014").Message);
    }

    private static async Task<string> WriteTakeoutAsync(OrganizerApp app, DateTimeOffset exportedAt, string[] removed)
    {
        var account = app.YouTube.State.Export(Account)!;
        account.WatchLater.RemoveAll(w => removed.Contains(w.VideoId));
        var path = Path.Combine(app.DataDirectory, TakeoutWriter.ArchiveName(exportedAt));
        await using var file = File.Create(path);
        await WatchLaterCleanupTests.Zip(account, exportedAt).CopyToAsync(file);
        return path;
    }
}
