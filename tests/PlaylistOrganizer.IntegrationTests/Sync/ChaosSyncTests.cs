using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;
using Xunit.Abstractions;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>Seeded random faults on every call, over several quota days: the end state and the books must still be exact.</summary>
public class ChaosSyncTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, PlanKind.Plain)]
    [InlineData(2, PlanKind.Plain)]
    [InlineData(3, PlanKind.QuotaSaver)]
    [InlineData(4, PlanKind.QuotaSaver)]
    public async Task Random_server_errors_rate_limits_and_lost_answers_leave_youtube_exactly_on_target(int seed, PlanKind kind)
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings(1_000, 100));
        var sync = await StartAsync(app, kind, MultiDaySyncTests.FourCategories);
        app.YouTube.Faults.Replace(new FaultPlanRequest(null, new SeededFaults(seed, new()
        {
            [FaultKind.ServiceUnavailable] = 0.08, [FaultKind.ServerError] = 0.04, [FaultKind.RateLimited] = 0.04,
            [FaultKind.LostResponse] = 0.12,
        }, AbortConnection: seed % 2 == 0)));

        var decisions = 0;
        var (run, days) = await DriveAsync(app, sync.RunId);
        while (run.Status == SyncRunStatus.AwaitingDecision && ++decisions < 10)
        {
            // Only passing failures are injected: whatever ran out of retries is retried.
            output.WriteLine($"decision at {run.Stage}: {run.StatusDetail}");
            await DecideAsync(app, sync.RunId, FailureDecision.Retry);
            (run, days) = await DriveAsync(app, sync.RunId);
        }

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        app.YouTube.Faults.Clear();
        AssertYouTubeMatches(app, sync);
        var spent = await AssertUnitsAgreeAsync(app, sync);
        output.WriteLine($"seed {seed} {kind}: {days} days, {spent} units spent, plan {sync.Plan.TotalUnits}, {decisions} decisions");
    }
}
