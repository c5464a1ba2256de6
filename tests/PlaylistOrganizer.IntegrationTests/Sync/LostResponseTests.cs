using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using Xunit.Abstractions;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class LostResponseTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)] // YouTube committed the write, then the client got 503
    [InlineData(true)]  // YouTube committed the write, then the connection dropped
    public async Task A_write_whose_answer_is_lost_is_read_back_not_repeated(bool abortConnection)
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var lost = new Fault(FaultKind.LostResponse, AbortConnection: abortConnection);
        var pass = new Fault(FaultKind.Latency, 0); // runs normally: lets the script reach the middle of a stage
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlists.insert", 1, pass), new ScriptedFault("playlists.insert", 1, lost),
            new ScriptedFault("playlistItems.insert", 3, pass), new ScriptedFault("playlistItems.insert", 1, lost),
            new ScriptedFault("playlistItems.insert", 5, pass), new ScriptedFault("playlistItems.insert", 1, lost),
        ], null));

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.Empty(app.YouTube.Faults.Describe().Scripted!); // every fault fired
        AssertYouTubeMatches(app, sync);
        var operations = await OperationsAsync(app, sync.RunId);
        var confirmed = operations.Where(o => o.Message?.Contains("confirmed by reading YouTube back") == true).ToList();
        Assert.Equal(3, confirmed.Count);
        Assert.All(confirmed, o => Assert.Equal(1, o.Attempts));
        Assert.Equal(4, Calls(app, "playlists.insert"));
        var spent = await AssertUnitsAgreeAsync(app, sync);
        output.WriteLine($"units spent {spent}, plan estimate {sync.Plan.TotalUnits}");
        Assert.Equal(sync.Plan.TotalUnits + 3, spent); // one 1-unit read-back per lost answer, no write repeated
    }

    [Fact]
    public async Task A_rename_whose_answer_is_lost_is_read_back_and_recorded_as_done_not_sent_again()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.QuotaSaver, MultiDaySyncTests.FourCategories);
        var renames = sync.Plan.Operations.Count(o => o.Kind == OperationKind.UpdatePlaylist);
        Assert.True(renames > 0, "the quota-saver plan renames the originals it reuses");
        app.YouTube.Faults.Replace(new FaultPlanRequest([new ScriptedFault("playlists.update", 1, new Fault(FaultKind.LostResponse))], null));

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        var renamed = (await OperationsAsync(app, sync.RunId)).Where(o => o.Kind == OperationKind.UpdatePlaylist).OrderBy(o => o.Sequence).First();
        Assert.Equal((OperationStatus.Succeeded, 1), (renamed.Status, renamed.Attempts));
        Assert.Contains("confirmed by reading YouTube back", renamed.Message);
        Assert.Equal(renames, Calls(app, "playlists.update"));
        Assert.Equal(sync.Plan.TotalUnits + 1, await AssertUnitsAgreeAsync(app, sync)); // one read-back, no write repeated
    }

    [Fact]
    public async Task A_lost_answer_whose_read_back_is_refused_for_quota_is_read_back_after_the_reset_not_resent()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        // The third insert lands but its answer is lost, and it used YouTube's last units: the read-back is refused.
        var quota = app.YouTube.State.Find(Account)!.Quota;
        quota.LimitUnits = quota.UsedUnits + 2 + 4 * 50 + 3 * 50;
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlistItems.insert", 2, new Fault(FaultKind.Latency, 0)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.LostResponse)),
        ], null));
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.AddVideos), (run.Status, run.Stage));
        var lost = (await OperationsAsync(app, sync.RunId)).Where(o => o.Kind == OperationKind.AddVideo).OrderBy(o => o.Sequence).ElementAt(2);
        Assert.Equal(OperationStatus.Unknown, lost.Status);

        quota.LimitUnits = 10_000;
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        lost = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == lost.Id);
        Assert.Equal((OperationStatus.Succeeded, 1), (lost.Status, lost.Attempts));
        Assert.Equal(18, Calls(app, "playlistItems.insert")); // the lost one was not sent again
        Assert.DoesNotContain(await OperationsAsync(app, sync.RunId), o => o.Stage == SyncStage.Verify);
        await AssertUnitsAgreeAsync(app, sync);
    }
}
