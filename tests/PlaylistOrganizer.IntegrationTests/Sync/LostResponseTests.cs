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
}
