using System.Net.Http.Json;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// YouTube's lists may show a write only seconds later (docs/youtube-facts.md §8). The sync waits before it reads back
/// what it wrote, so a lagging list is never taken for a write that did not land and sent again.
/// </summary>
public class ReadLagTests
{
    [Fact]
    public async Task Under_read_lag_lost_answers_are_read_back_after_the_delay_and_nothing_is_sent_twice()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(),
            settings: Settings(10_000, 1_000, "--Sync:ReadBackDelay=00:00:40"));
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        using (var http = new HttpClient { BaseAddress = app.YouTube.BaseUri })
        {
            (await http.PutAsJsonAsync("_emulator/behaviour", new { readLagMs = 30_000 })).EnsureSuccessStatusCode();
        }
        var pass = new Fault(FaultKind.Latency, 0);
        var lost = new Fault(FaultKind.LostResponse);
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlists.insert", 1, lost),
            new ScriptedFault("playlistItems.insert", 2, pass), new ScriptedFault("playlistItems.insert", 1, lost),
            new ScriptedFault("playlistItems.insert", 4, pass), new ScriptedFault("playlistItems.insert", 1, lost),
        ], null));

        SyncRun run;
        await using (new ClockPump(app.Time, TimeSpan.FromMilliseconds(50)))
        {
            (run, _) = await DriveAsync(app, sync.RunId);
        }

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync); // exactly on target: no duplicate playlist, no duplicate item
        var operations = await OperationsAsync(app, sync.RunId);
        var confirmed = operations.Where(o => o.Message?.Contains("confirmed by reading YouTube back") == true).ToList();
        Assert.Equal(3, confirmed.Count);
        Assert.All(confirmed, o => Assert.Equal(1, o.Attempts));
        Assert.DoesNotContain(operations, o => o.Stage == SyncStage.Verify); // verify found nothing to repair
        Assert.Equal(4, Calls(app, "playlists.insert"));
    }
}
