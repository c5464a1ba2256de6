using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>One "video not found" is not proof (docs/youtube-facts.md §8): videos.list decides before a video is
/// recorded as unavailable.</summary>
public class UnconfirmedNotFoundTests
{
    [Fact]
    public async Task A_not_found_for_a_video_that_exists_is_read_back_and_the_insert_that_landed_is_not_repeated()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        // YouTube applies the second video insert and answers 404 videoNotFound all the same.
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Latency, 0)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.SpuriousVideoNotFound)),
        ], null));

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync); // on target: nothing skipped, no duplicate
        var adds = (await OperationsAsync(app, sync.RunId)).Where(o => o.Kind == OperationKind.AddVideo).ToList();
        Assert.All(adds, o => Assert.Equal(OperationStatus.Succeeded, o.Status));
        var second = adds.OrderBy(o => o.Sequence).ElementAt(1);
        Assert.Equal(1, second.Attempts);
        Assert.Contains("confirmed by reading YouTube back", second.Message);
        // One videos.list check and one read-back, no write repeated.
        Assert.Equal(sync.Plan.TotalUnits + 2, await AssertUnitsAgreeAsync(app, sync));
    }

    [Fact]
    public async Task A_not_found_confirmed_by_videos_list_is_recorded_as_unavailable_with_the_check_said()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix A", [1, 2, 3]), ("Mix B", [4, 5])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 3), Category("Travel", 4, 5));
        await StopAfterPreflightAsync(app, sync.RunId);
        app.YouTube.State.Videos[Libraries.Id(3)] = Libraries.Video(Libraries.Id(3), VideoAvailability.Deleted);
        var videoChecksBefore = Calls(app, "videos.list");

        var run = await RunOnceAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.AwaitingDecision, run.Status);
        var failed = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed);
        Assert.Equal((Libraries.Id(3), YouTubeErrorKind.VideoUnavailable), (failed.VideoId?.Value, failed.ErrorKind));
        Assert.Contains("confirmed: YouTube no longer lists the video", failed.Message);
        Assert.Equal(videoChecksBefore + 1, Calls(app, "videos.list"));
    }

    [Fact]
    public async Task A_not_found_whose_check_finds_the_video_is_never_recorded_as_unavailable_even_when_retries_run_out()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings(10_000, 1_000, "--Sync:MaxRetryAttempts=1"));
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        await StopAfterPreflightAsync(app, sync.RunId);
        var first = (await OperationsAsync(app, sync.RunId)).Where(o => o.Kind == OperationKind.AddVideo).OrderBy(o => o.Sequence).First();
        // The first video insert lands but is answered "not found"; every read-back that would tell is refused.
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.SpuriousVideoNotFound)),
            new ScriptedFault("playlistItems.list", 10, new Fault(FaultKind.ServiceUnavailable)),
        ], null));

        var run = await RunOnceAsync(app, sync.RunId);

        var row = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Id == first.Id);
        Assert.Equal(SyncRunStatus.AwaitingDecision, run.Status);
        Assert.Equal(OperationStatus.Failed, row.Status);
        Assert.NotEqual(YouTubeErrorKind.VideoUnavailable, row.ErrorKind);
        Assert.True(row.MayHaveLanded, "a retry decision must read it back before resending");
    }
}
