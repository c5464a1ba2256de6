using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// Two copies of the web app, in processes of their own on two ports, named as two machines, sharing one PostgreSQL
/// database and one YouTube: the documented way past one machine (README, "Two copies on one database").
/// </summary>
public class TwoInstancesTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    [PostgresOnlyFact]
    public async Task One_copy_works_the_sync_the_other_shows_who_and_takes_it_over_exactly_on_target_when_the_first_is_killed()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        Assert.True((await app.Get<SyncCommands>().PauseAsync(sync.RunId, CancellationToken.None)).Succeeded);
        // YouTube holds the third video insert: the first copy is stuck in a call when it dies.
        app.YouTube.Faults.Replace(new FaultPlanRequest([
            new ScriptedFault("playlistItems.insert", 2, new Fault(FaultKind.Latency, 0)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Latency, LatencyMs: 120_000)),
        ], null));

        var first = new Uri($"http://127.0.0.1:{CommandLineProcess.FreePort()}/");
        using var machineA = CommandLineProcess.Start(Copy(app, "machine-a", first));
        await machineA.WaitUntilServingAsync(first, Limit);
        Assert.True((await app.Get<SyncCommands>().ResumeAsync(sync.RunId, CancellationToken.None)).Succeeded);
        await WaitForAsync(() => Calls(app, "playlistItems.insert") >= 3, "the first copy never reached its third insert");

        var second = new Uri($"http://127.0.0.1:{CommandLineProcess.FreePort()}/");
        using var machineB = CommandLineProcess.Start(Copy(app, "machine-b", second));
        await machineB.WaitUntilServingAsync(second, Limit);
        using var browser = new HttpClient { BaseAddress = second };
        Assert.Matches(@"Running in the web app \(process \d+ on machine-a\)", await browser.GetStringAsync("sync"));
        Assert.Equal(3, Calls(app, "playlistItems.insert")); // the second copy sent nothing while the first held the run
        var inFlight = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.InFlight);

        await machineA.KillAsync();
        app.YouTube.Faults.Clear();
        await WaitForAsync(async () => (await RunAsync(app, sync.RunId)).Status == SyncRunStatus.Completed,
            "the second copy never finished the sync after the first one's lease expired");

        var run = await RunAsync(app, sync.RunId);
        Assert.Null(run.WorkedBy);
        var reconciled = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == inFlight.Id);
        Assert.Equal((OperationStatus.Succeeded, 2), (reconciled.Status, reconciled.Attempts)); // read back, not applied, sent again
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    /// <summary>A web app with its background worker, as machine <paramref name="machine"/>, with a short lease so the
    /// takeover comes within seconds.</summary>
    private static string[] Copy(OrganizerApp app, string machine, Uri address) =>
        [.. app.Configuration, "--Sync:BackgroundWorker=true", $"--App:MachineName={machine}", "--Sync:LeaseDuration=00:00:05", $"--urls={address}"];

    private static Task WaitForAsync(Func<bool> condition, string failure) => WaitForAsync(() => Task.FromResult(condition()), failure);

    private static async Task WaitForAsync(Func<Task<bool>> condition, string failure)
    {
        for (var waited = TimeSpan.Zero; !await condition(); waited += TimeSpan.FromMilliseconds(100))
        {
            Assert.True(waited < Limit, failure);
            await Task.Delay(100);
        }
    }
}
