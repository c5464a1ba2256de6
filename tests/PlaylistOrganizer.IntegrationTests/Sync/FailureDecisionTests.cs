using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>A permanent failure is collected and put to the user once, at the end of its stage: skip, retry or abort.</summary>
public class FailureDecisionTests
{
    private static readonly string Doomed = Libraries.Id(3);

    /// <summary>
    /// Starts the sync, lets the preflight pass with video 3 still public, then deletes video 3 on YouTube and runs the
    /// add stage: its insert gets 404 videoNotFound and the run waits for a decision.
    /// </summary>
    private static async Task<(OrganizerApp App, StartedSync Sync)> FailOneAddAsync()
    {
        var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix A", [1, 2, 3]), ("Mix B", [4, 5])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 3), Category("Travel", 4, 5));
        await StopAfterPreflightAsync(app, sync.RunId);
        app.YouTube.State.Videos[Doomed] = Libraries.Video(Doomed, VideoAvailability.Deleted);

        var run = await RunOnceAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.AwaitingDecision, run.Status);
        Assert.Equal(SyncStage.AddVideos, run.Stage);
        Assert.Contains("1 operation failed", run.StatusDetail);
        var failed = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed);
        Assert.Equal((OperationKind.AddVideo, Doomed, YouTubeErrorKind.VideoUnavailable), (failed.Kind, failed.VideoId?.Value, failed.ErrorKind));
        // The rest of the stage went on: the decision comes once, at its end.
        Assert.Equal(4, (await OperationsAsync(app, sync.RunId)).Count(o => o.Kind == OperationKind.AddVideo && o.Status == OperationStatus.Succeeded));
        return (app, sync);
    }

    [Fact]
    public async Task Skip_continues_and_the_report_says_skipped_with_the_reason()
    {
        var (app, sync) = await FailOneAddAsync();
        await using var _ = app;

        await DecideAsync(app, sync.RunId, FailureDecision.Skip);
        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var skipped = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Skipped);
        Assert.Equal(Doomed, skipped.VideoId?.Value);
        Assert.StartsWith("Skipped by your decision", skipped.Message);
        Assert.Contains("video", skipped.Message, StringComparison.OrdinalIgnoreCase);
        AssertYouTubeMatches(app, sync, new Dictionary<string, IReadOnlyList<string>>
        {
            ["cooking"] = [Libraries.Id(1), Libraries.Id(2)],
            ["travel"] = [Libraries.Id(4), Libraries.Id(5)],
        });
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Retry_sends_the_failed_operations_again_and_they_succeed_once_the_cause_is_gone()
    {
        var (app, sync) = await FailOneAddAsync();
        await using var _ = app;
        app.YouTube.State.Videos[Doomed] = Libraries.Video(Doomed); // the uploader restored it

        await DecideAsync(app, sync.RunId, FailureDecision.Retry);
        Assert.Equal(OperationStatus.Pending, (await OperationsAsync(app, sync.RunId)).Single(o => o.VideoId?.Value == Doomed && o.Kind == OperationKind.AddVideo).Status);
        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var retried = (await OperationsAsync(app, sync.RunId)).Single(o => o.VideoId?.Value == Doomed && o.Kind == OperationKind.AddVideo);
        Assert.Equal((OperationStatus.Succeeded, 2), (retried.Status, retried.Attempts));
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Abort_ends_the_sync_undoes_nothing_and_deletes_nothing()
    {
        var (app, sync) = await FailOneAddAsync();
        await using var _ = app;

        await DecideAsync(app, sync.RunId, FailureDecision.Abort);
        var run = await RunOnceAsync(app, sync.RunId); // nothing left to run

        Assert.Equal(SyncRunStatus.Aborted, run.Status);
        Assert.Contains("Nothing already done was undone", run.StatusDetail);
        Assert.Null(run.ActiveSlot);
        AssertYouTubeMatches(app, sync, new Dictionary<string, IReadOnlyList<string>>
        {
            ["cooking"] = [Libraries.Id(1), Libraries.Id(2)],
            ["travel"] = [Libraries.Id(4), Libraries.Id(5)],
        }, "Mix A", "Mix B");
        Assert.Equal(0, Calls(app, "playlists.delete"));
        Assert.False((await app.Get<SyncCommands>().ResumeAsync(sync.RunId, CancellationToken.None)).Succeeded);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Theory]
    [InlineData(true)]  // the insert landed; only its answer and every read-back after it were lost
    [InlineData(false)] // YouTube refused the insert with a 503: nothing landed
    public async Task Skipping_a_failure_whose_outcome_is_unknown_reads_it_back_first_and_skips_only_what_did_not_land(bool landed)
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix A", [1, 2, 3]), ("Mix B", [4, 5])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 3), Category("Travel", 4, 5));
        // The second insert's outcome stays unknown: every read-back of it fails until the retries run out.
        var readBacks = app.Get<IOptions<SyncEngineOptions>>().Value.MaxRetryAttempts;
        app.YouTube.Faults.Replace(new FaultPlanRequest([
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Latency, 0)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(landed ? FaultKind.LostResponse : FaultKind.ServiceUnavailable)),
            new ScriptedFault("playlistItems.list", readBacks, new Fault(FaultKind.ServiceUnavailable)),
        ], null));
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.AwaitingDecision, run.Status);
        var unknown = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed);
        Assert.Equal((OperationKind.AddVideo, YouTubeErrorKind.Transient), (unknown.Kind, unknown.ErrorKind));
        app.YouTube.Faults.Clear();

        await DecideAsync(app, sync.RunId, FailureDecision.Skip);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var decided = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == unknown.Id);
        if (landed)
        {
            Assert.Equal(OperationStatus.Succeeded, decided.Status);
            Assert.Contains("confirmed by reading YouTube back", decided.Message);
            AssertYouTubeMatches(app, sync);
        }
        else
        {
            Assert.Equal(OperationStatus.Skipped, decided.Status);
            Assert.Contains("had not been applied", decided.Message);
            // Its video now has no playlist but its original, which the deletion guard therefore keeps.
            var original = sync.Before.Playlists.Single(p => p.Items.Any(i => i.VideoId == decided.VideoId?.Value)).Title;
            AssertYouTubeMatches(app, sync, sync.Target.Categories.ToDictionary(c => c.Key.Value,
                c => (IReadOnlyList<string>)c.VideoIds.Where(v => v != decided.VideoId?.Value).ToList()), original);
        }
        await AssertUnitsAgreeAsync(app, sync);
    }
}
