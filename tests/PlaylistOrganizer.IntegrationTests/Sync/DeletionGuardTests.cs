using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class DeletionGuardTests
{
    [Fact]
    public async Task Originals_holding_videos_of_an_unconfirmed_category_are_kept_and_the_report_says_why()
    {
        // "<" is refused by YouTube (400 invalidPlaylistSnippet): the category's playlist cannot be created.
        await using var app = await OrganizerApp.StartAsync(
            Libraries.Account(("Mix A", [1, 2]), ("Mix B", [3, 4]), ("Mix C", [5, 1])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 5), Category("Bad <title>", 3), Category("Travel", 4));

        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.AwaitingDecision, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        var failed = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed);
        Assert.Equal((OperationKind.CreatePlaylist, YouTubeErrorKind.Invalid), (failed.Kind, failed.ErrorKind));
        await DecideAsync(app, sync.RunId, FailureDecision.Skip);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var operations = await OperationsAsync(app, sync.RunId);
        var notAdded = Assert.Single(operations, o => o.Kind == OperationKind.AddVideo && o.Status == OperationStatus.Skipped);
        Assert.Equal(Libraries.Id(3), notAdded.VideoId?.Value);
        Assert.Contains("could not be created", notAdded.Message);
        // Mix B holds video 3, whose only category has no playlist: deleting it would lose the video.
        var kept = Assert.Single(operations, o => o.Kind == OperationKind.DeletePlaylist && o.Status == OperationStatus.Skipped);
        Assert.Equal("Mix B", kept.Title);
        Assert.Contains("'Bad <title>'", kept.Message);
        Assert.StartsWith("Kept", kept.Message);
        AssertYouTubeMatches(app, sync, new Dictionary<string, IReadOnlyList<string>>
        {
            ["cooking"] = [Libraries.Id(1), Libraries.Id(2), Libraries.Id(5)],
            ["travel"] = [Libraries.Id(4)],
        }, "Mix B");
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task An_original_is_kept_when_a_video_it_holds_was_skipped_and_so_is_in_none_of_its_categories()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix A", [1, 2]), ("Mix B", [3, 4])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 3), Category("Travel", 4));
        // The first add keeps failing (first try and four retries): it is video 1, and the user skips it.
        app.YouTube.Faults.Replace(new FaultPlanRequest([new ScriptedFault("playlistItems.insert", 5, new Fault(FaultKind.ServerError))], null));

        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.AwaitingDecision, SyncStage.AddVideos), (run.Status, run.Stage));
        Assert.Equal(Libraries.Id(1), Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed).VideoId?.Value);
        await DecideAsync(app, sync.RunId, FailureDecision.Skip);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var kept = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Kind == OperationKind.DeletePlaylist && o.Status == OperationStatus.Skipped);
        Assert.Equal("Mix A", kept.Title);
        Assert.Contains(Libraries.Id(1), kept.Message);
        AssertYouTubeMatches(app, sync, new Dictionary<string, IReadOnlyList<string>>
        {
            ["cooking"] = [Libraries.Id(2), Libraries.Id(3)],
            ["travel"] = [Libraries.Id(4)],
        }, "Mix A");
        await AssertUnitsAgreeAsync(app, sync);
    }
}
