using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class BackgroundWorkerTests
{
    [Fact]
    public async Task The_server_runs_a_started_sync_to_the_end_on_its_own_even_when_someone_drives_it_at_the_same_time()
    {
        // The worker is on (the default): no browser, no test driving the engine is needed.
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);

        // A second driver at the same time must not make the same writes twice.
        var engine = app.Get<SyncEngine>();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => engine.RunAsync(sync.RunId, CancellationToken.None))));
        var run = await RunAsync(app, sync.RunId);
        for (var i = 0; i < 200 && run.Status == SyncRunStatus.Running; i++)
        {
            await Task.Delay(50);
            run = await RunAsync(app, sync.RunId);
        }

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        Assert.Equal(4, Calls(app, "playlists.insert"));
        Assert.Equal(18, Calls(app, "playlistItems.insert"));
        await AssertUnitsAgreeAsync(app, sync);
    }
}
