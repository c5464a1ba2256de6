using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class InterruptionTests
{
    [Theory]
    [InlineData(false)] // YouTube refused the insert out at the kill (a 503): not applied
    [InlineData(true)]  // YouTube applied it; only the answer died with the process
    public async Task A_process_killed_mid_stage_leaves_the_run_interrupted_and_resume_finishes_it_without_duplicates_or_losses(bool appliedBeforeKill)
    {
        var first = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(first, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        if (!appliedBeforeKill)
        {
            first.YouTube.Faults.Replace(new FaultPlanRequest([
                new ScriptedFault("playlistItems.insert", 3, new Fault(FaultKind.Latency, 0)),
                new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.ServiceUnavailable)),
            ], null));
        }

        var (restarted, died) = await KillDuringCallAsync(first, sync.RunId, 4, YouTubeMethod.PlaylistItemsInsert);
        await using var app = restarted;
        Assert.True(died);
        app.YouTube.Faults.Clear();

        var run = await RunAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Interrupted, run.Status);
        Assert.Equal(SyncStage.AddVideos, run.Stage);
        var inFlight = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.InFlight);
        Assert.Equal(QuotaCosts.Write, inFlight.UnitsCharged); // charged as it was sent, like the ledger did
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var reconciled = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == inFlight.Id);
        Assert.Equal(OperationStatus.Succeeded, reconciled.Status);
        Assert.Equal(appliedBeforeKill ? 1 : 2, reconciled.Attempts);
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Stopping_a_pass_while_a_request_is_out_waits_for_the_answer_and_records_it()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        // Every insert hangs a little, so the stop lands while one is out.
        app.YouTube.Faults.Replace(new FaultPlanRequest(null,
            new SeededFaults(1, new() { [FaultKind.Latency] = 1.0 }, ["playlistItems.insert"], LatencyMs: 300)));
        using var stop = new CancellationTokenSource();
        var running = app.Get<SyncEngine>().RunAsync(sync.RunId, stop.Token);
        await WaitUntilAsync(async () =>
        {
            await using var db = app.Db();
            var ops = db.SyncOperations.Where(o => o.RunId == sync.RunId && o.Kind == OperationKind.AddVideo);
            var succeeded = await ops.CountAsync(o => o.Status == OperationStatus.Succeeded);
            // Stop once YouTube has received the in-flight insert, while it is still working on it.
            return succeeded >= 2 && await ops.AnyAsync(o => o.Status == OperationStatus.InFlight)
                && Calls(app, "playlistItems.insert") == succeeded + 1;
        });
        var received = Calls(app, "playlistItems.insert");
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        var operations = await OperationsAsync(app, sync.RunId);
        Assert.DoesNotContain(operations, o => o.Status is OperationStatus.InFlight or OperationStatus.Unknown);
        Assert.Equal(received, operations.Count(o => o.Kind == OperationKind.AddVideo && o.Status == OperationStatus.Succeeded));
        Assert.Equal(received, Calls(app, "playlistItems.insert")); // nothing sent after the stop
        await using (var db = app.Db()) Assert.False(await db.QuotaCharges.AnyAsync(c => c.AwaitingAnswer));
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
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.InFlight));
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
