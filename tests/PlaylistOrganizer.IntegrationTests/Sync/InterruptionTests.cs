using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class InterruptionTests
{
    [Theory]
    [InlineData(false)] // the insert in flight at the stop never reached YouTube's storage
    [InlineData(true)]  // YouTube had applied it; only the answer was lost with the server
    public async Task A_server_stopped_mid_stage_leaves_the_run_interrupted_and_resume_finishes_it_without_duplicates_or_losses(bool appliedBeforeStop)
    {
        var first = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(first, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        // Every insert hangs a little, so the stop lands while one is in flight.
        first.YouTube.Faults.Replace(new FaultPlanRequest(null,
            new SeededFaults(1, new() { [FaultKind.Latency] = 1.0 }, ["playlistItems.insert"], LatencyMs: 400)));
        using var stop = new CancellationTokenSource();
        var running = first.Get<SyncEngine>().RunAsync(sync.RunId, stop.Token);
        await WaitUntilAsync(async () =>
        {
            await using var db = first.Db();
            var ops = db.SyncOperations.Where(o => o.RunId == sync.RunId && o.Kind == OperationKind.AddVideo);
            var succeeded = await ops.CountAsync(o => o.Status == OperationStatus.Succeeded);
            // Stop once YouTube has received (and charged) the in-flight insert, while it is still working on it.
            return succeeded >= 3 && await ops.AnyAsync(o => o.Status == OperationStatus.InFlight)
                && Calls(first, "playlistItems.insert") == succeeded + 1;
        });
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        await using var app = await first.RestartAsync();
        app.YouTube.Faults.Clear();

        var run = await RunAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Interrupted, run.Status);
        Assert.Equal(SyncStage.AddVideos, run.Stage);
        var inFlight = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.InFlight);
        if (appliedBeforeStop) await ApplyOnYouTubeAsync(app, sync.RunId, inFlight);
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var reconciled = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == inFlight.Id);
        Assert.Equal(OperationStatus.Succeeded, reconciled.Status);
        Assert.Equal(appliedBeforeStop ? 1 : 2, reconciled.Attempts);
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task A_stop_between_recording_a_new_playlist_and_closing_its_row_does_not_create_it_twice()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        // YouTube's quota allows the preflight and exactly one playlist creation.
        var quota = app.YouTube.State.Find(Account)!.Quota;
        quota.LimitUnits = quota.UsedUnits + 2 + 50;
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        quota.LimitUnits = 10_000;
        // The crash window: the category's playlist was recorded, the journal row not yet closed.
        await using (var db = app.Db())
        {
            var created = await db.SyncOperations.Where(o => o.RunId == sync.RunId && o.Kind == OperationKind.CreatePlaylist && o.Status == OperationStatus.Succeeded)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.InFlight).SetProperty(o => o.UnitsCharged, 0));
            Assert.Equal(1, created);
        }

        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        Assert.Equal(5, Calls(app, "playlists.insert")); // four creates and the one refused for quota on day one
        Assert.Contains("confirmed by reading YouTube back",
            (await OperationsAsync(app, sync.RunId)).First(o => o.Kind == OperationKind.CreatePlaylist).Message);
    }

    /// <summary>Adds the in-flight operation's video to its playlist on YouTube, as if the request had landed.</summary>
    private static async Task ApplyOnYouTubeAsync(OrganizerApp app, long runId, SyncOperation op)
    {
        await using var db = app.Db();
        var playlistId = await db.SyncCategoryPlaylists.Where(c => c.RunId == runId && c.CategoryKey == op.CategoryKey).Select(c => c.PlaylistId).SingleAsync();
        var account = app.YouTube.State.Find(Account)!;
        await account.Gate.WaitAsync();
        try
        {
            account.FindPlaylist(playlistId)!.Items.Add(new PlaylistItemState("UExlandedbeforethestop00000000000000000000", op.VideoId!, app.Time.GetUtcNow()));
        }
        finally
        {
            account.Gate.Release();
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(25);
        }
        Assert.Fail("Timed out waiting for the sync to reach the stop point.");
    }
}
