using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using Xunit.Abstractions;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// Fault-injection convergence: per seed, a small randomized library and plan, seeded emulator faults on every call, and
/// random disruptions between engine passes (token expiry, revocation and reconnect, quota exhaustion, clock jumps over
/// Pacific midnight, the server shut down mid-pass, the process killed while a request is out, a video insert refused
/// for good, the user adding a video to an original on YouTube or taking one out of it), and per seed, at random, an
/// untidier YouTube (<see cref="SeedRealism"/>: read lag, 409 bursts, the daily playlist-creation cap). Failures are
/// retried or at times skipped. Whatever happened, the sync must end exactly on target (less
/// what was skipped, with the originals the deletion guard had to keep) with the journal, the report, the ledger and
/// the emulator all agreeing to the unit, and no video the user added lost.
/// Seeds come from <c>CHAOS_SEEDS</c> ("1-300" or "3,17,42").
/// </summary>
public class ConvergenceTests(ITestOutputHelper output)
{
    private const int MaxPasses = 200;

    public static IEnumerable<object[]> Seeds()
    {
        var spec = Environment.GetEnvironmentVariable("CHAOS_SEEDS");
        if (string.IsNullOrWhiteSpace(spec)) return new[] { 101, 202, 303, 404 }.Select(s => new object[] { s });
        var seeds = new List<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash < 0) seeds.Add(int.Parse(part));
            else for (var s = int.Parse(part[..dash]); s <= int.Parse(part[(dash + 1)..]); s++) seeds.Add(s);
        }
        return seeds.Distinct().Select(s => new object[] { s });
    }

    private enum Disruption
    {
        None, ExpireToken, Revoke, ExhaustQuota, MidnightJump, ShutDownMidPass, KilledMidCall, RefuseNextInsert, UserAddsToOriginal, UserRemovesFromOriginal,
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Any_mix_of_faults_and_disruptions_converges_exactly_on_target(int seed)
    {
        var random = new Random(seed);
        var kind = random.Next(2) == 0 ? PlanKind.Plain : PlanKind.QuotaSaver;
        var categories = RandomCategories(random);
        var dailyLimit = 100 + random.Next(350, 1100); // the sync's day budget is 350..1099 units: several days
        var realism = SeedRealism.Draw(seed);
        var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), realism.Emulator(), Settings(dailyLimit, 100, realism.AppSettings));
        var tally = new Dictionary<Disruption, int>();
        try
        {
            var sync = await StartAsync(app, kind, categories);
            var faultSeed = seed * 1000;
            var abort = random.Next(2) == 0;
            // Passing faults on every call, and at times (a disruption) a permanent refusal of the next video insert.
            void ArmFaults(List<ScriptedFault>? scripted = null) => app.YouTube.Faults.Replace(new FaultPlanRequest(scripted, new SeededFaults(faultSeed++, new()
            {
                [FaultKind.ServiceUnavailable] = 0.06, [FaultKind.ServerError] = 0.03, [FaultKind.RateLimited] = 0.04,
                [FaultKind.Latency] = 0.05, [FaultKind.LostResponse] = 0.10,
            }, LatencyMs: 0, AbortConnection: abort)));
            ArmFaults();

            int reconnectUnits = 0, decisions = 0, restarts = 0, passes = 0;
            var edits = new UserEdits(sync);
            SyncRun run;
            while (true)
            {
                run = await RunAsync(app, sync.RunId);
                switch (run.Status)
                {
                    case SyncRunStatus.Completed:
                        break;
                    case SyncRunStatus.PausedForQuota:
                        Assert.Equal(QuotaClock.NextResetAfter(app.Time.GetUtcNow()), run.ResumesAt);
                        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
                        await ResumeAsync(app, sync.RunId);
                        break;
                    case SyncRunStatus.AwaitingWatchLater:
                        Assert.True((await app.Get<SyncCommands>().MarkWatchLaterRemovedAsync(sync.RunId, null, CancellationToken.None)).Succeeded);
                        break;
                    case SyncRunStatus.AwaitingDecision:
                        // Whatever ran out of retries is mostly retried, at times skipped: skipped adds leave videos
                        // without a new home, and the deletion guard must then keep their originals.
                        decisions++;
                        await DecideAsync(app, sync.RunId, random.Next(3) == 0 ? FailureDecision.Skip : FailureDecision.Retry);
                        break;
                    case SyncRunStatus.NeedsReconnect:
                        app.YouTube.Faults.Clear(); // the reconnect itself is not under test here
                        var before = EmulatorUnits(app);
                        await app.ConnectAsync(Account);
                        reconnectUnits += EmulatorUnits(app) - before; // the app looks up the channel it is connected to
                        ArmFaults();
                        await ResumeAsync(app, sync.RunId);
                        break;
                    case SyncRunStatus.Interrupted:
                        await ResumeAsync(app, sync.RunId);
                        break;
                    case SyncRunStatus.Running:
                        break;
                    default:
                        Assert.Fail($"seed {seed}: the run stopped as {run.Status} at {run.Stage}: {run.StatusDetail}");
                        break;
                }
                if (run.Status == SyncRunStatus.Completed) break;
                Assert.True(++passes <= MaxPasses, $"seed {seed}: not done after {MaxPasses} passes: {run.Status} at {run.Stage}: {run.StatusDetail}");

                var disruption = random.Next(10) < 6 ? Disruption.None : (Disruption)random.Next(1, 10);
                tally[disruption] = tally.GetValueOrDefault(disruption) + 1;
                switch (disruption)
                {
                    case Disruption.ExpireToken:
                        app.YouTube.Tokens.ExpireAccessTokens(Account);
                        break;
                    case Disruption.Revoke:
                        app.YouTube.Tokens.RevokeAll(Account);
                        app.YouTube.Tokens.ExpireAccessTokens(Account);
                        break;
                    case Disruption.ExhaustQuota:
                        var quota = app.YouTube.State.Find(Account)!.Quota;
                        quota.SetUsed(quota.LimitUnits);
                        break;
                    case Disruption.RefuseNextInsert:
                        ArmFaults([new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Forbidden))]);
                        break;
                    case Disruption.MidnightJump:
                        app.Time.Advance(QuotaClock.NextResetAfter(app.Time.GetUtcNow()) - app.Time.GetUtcNow() + TimeSpan.FromMinutes(random.Next(1, 120)));
                        break;
                    case Disruption.UserAddsToOriginal:
                        await edits.AddToAnOriginalAsync(app, random);
                        realism.EditListed(app);
                        break;
                    case Disruption.UserRemovesFromOriginal:
                        await edits.RemoveFromAnOriginalAsync(app, random);
                        realism.EditListed(app);
                        break;
                }

                await using var clock = realism.ClockFor(app);
                switch (disruption)
                {
                    case Disruption.ShutDownMidPass:
                        await StopAfterTransitionsAsync(app, sync.RunId, random.Next(1, 8));
                        app = await app.RestartAsync();
                        restarts++;
                        break;
                    case Disruption.KilledMidCall:
                        (app, var died) = await KillDuringCallAsync(app, sync.RunId, random.Next(1, 12));
                        if (died) restarts++;
                        break;
                    default:
                        await RunOnceAsync(app, sync.RunId);
                        break;
                }
            }

            app.YouTube.Faults.Clear();
            var operations = await OperationsAsync(app, sync.RunId);
            if (Environment.GetEnvironmentVariable("CHAOS_DIAG") == "1")
                foreach (var o in operations) output.WriteLine($"#{o.Sequence} {o.Kind} {o.Status} attempts {o.Attempts} units {o.UnitsCharged} {o.ErrorReason} {o.Message}");
            var (expected, keptOriginals) = ExpectedAfterSkips(sync, operations);
            AssertYouTubeMatches(app, edits.Applied(sync), edits.KeptIn(expected), keptOriginals);
            edits.AssertNoneLost(app, seed);
            AssertNoVideoLostItsLastPlaylist(app, sync, seed);
            Assert.All(operations, o =>
            {
                Assert.True(o.Status is OperationStatus.Succeeded or OperationStatus.Skipped, $"seed {seed}: #{o.Sequence} {o.Kind} ended {o.Status}");
                if (o.Status == OperationStatus.Skipped) Assert.False(string.IsNullOrWhiteSpace(o.Message ?? o.ErrorReason ?? o.Detail), $"#{o.Sequence} skipped without a reason");
            });
            var report = await app.Get<SyncReports>().GetAsync(sync.RunId, CancellationToken.None);
            Assert.NotNull(report);
            Assert.Equal(operations.Count, report.Rows.Count);
            Assert.Equal(operations.Select(o => (o.Sequence, o.Status == OperationStatus.Succeeded ? "succeeded" : "skipped", o.UnitsCharged)).OrderBy(r => r.Sequence),
                report.Rows.Select(r => (r.Sequence, r.Outcome, r.Units)).OrderBy(r => r.Sequence));
            var spent = await AssertUnitsAgreeAsync(app, sync, reconnectUnits);
            var (conflicts, creationRefusals) = await RefusalsAsync(app);
            output.WriteLine($"seed {seed} {kind} ({realism}): {categories.Length} categories, {operations.Count} ops, budget {dailyLimit - 100}, "
                + $"{passes} passes, {restarts} restarts, {decisions} decisions, {operations.Count(o => o.Status == OperationStatus.Skipped)} skipped, "
                + $"{keptOriginals.Length} originals kept, {spent} units (plan {sync.Plan.TotalUnits}), {conflicts} 409s, {creationRefusals} creates refused (cap or 429), "
                + $"disruptions {string.Join(" ", tally.Where(t => t.Key != Disruption.None).Select(t => $"{t.Key}={t.Value}"))}");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// What YouTube must hold once skipped operations are taken into account: a category whose creation was skipped has
    /// no playlist, a category's playlist lacks the videos whose add was skipped and keeps the items whose removal was,
    /// and an original whose delete was skipped (by the deletion guard, or by the user after a failure) stays as it was.
    /// </summary>
    private static (Dictionary<string, IReadOnlyList<string>> Videos, string[] KeptOriginals) ExpectedAfterSkips(StartedSync sync, List<SyncOperation> operations)
    {
        var skipped = operations.Where(o => o.Status == OperationStatus.Skipped).ToList();
        var neverCreated = skipped.Where(o => o.Kind == OperationKind.CreatePlaylist).Select(o => o.CategoryKey).ToHashSet();
        var videos = sync.Target.Categories.Where(c => !neverCreated.Contains(c.Key)).ToDictionary(c => c.Key.Value, c => (IReadOnlyList<string>)c.VideoIds
            .Where(v => !skipped.Any(o => o.Kind == OperationKind.AddVideo && o.CategoryKey == c.Key && o.VideoId?.Value == v))
            .Concat(skipped.Where(o => o.Kind == OperationKind.RemoveItem && o.CategoryKey == c.Key).Select(o => o.VideoId!.Value.Value))
            .ToList());
        var kept = skipped.Where(o => o.Kind == OperationKind.DeletePlaylist)
            .Select(o => sync.Before.Playlists.Single(p => p.Id == o.PlaylistId?.Value).Title).ToArray();
        return (videos, kept);
    }

    /// <summary>The deletion guard's promise: every categorized video of an original that is gone is in one of its
    /// categories' playlists now.</summary>
    private static void AssertNoVideoLostItsLastPlaylist(OrganizerApp app, StartedSync sync, int seed)
    {
        var after = app.YouTube.State.Export(Account)!.Playlists;
        var categorized = sync.Target.Categories.SelectMany(c => c.VideoIds).ToHashSet();
        foreach (var gone in sync.Before.Playlists.Where(p => p.Kind == PlaylistKind.Regular && after.All(a => a.Id != p.Id)))
        {
            foreach (var video in gone.Items.Select(i => i.VideoId).Where(categorized.Contains))
            {
                var homes = sync.Target.Categories.Where(c => c.VideoIds.Contains(video)).Select(c => c.Title).ToHashSet();
                Assert.True(after.Any(p => homes.Contains(p.Title) && p.Items.Any(i => i.VideoId == video)),
                    $"seed {seed}: {video} was lost with '{gone.Title}': it is in none of its categories' playlists");
            }
        }
    }

    /// <summary>The four standard categories, each given a few more of the account's videos, plus at times a fifth.</summary>
    private static TargetCategory[] RandomCategories(Random random)
    {
        var result = new List<TargetCategory>();
        foreach (var category in MultiDaySyncTests.FourCategories)
        {
            var extra = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Libraries.Id(random.Next(1, 17)));
            result.Add(category with { VideoIds = category.VideoIds.Concat(extra).Distinct().ToList() });
        }
        if (random.Next(2) == 0)
            result.Add(Category("History", Enumerable.Range(0, random.Next(1, 7)).Select(_ => random.Next(1, 17)).Distinct().ToArray()));
        return result.ToArray();
    }

    /// <summary>Runs a pass and stops it (as a server shutdown does) once <paramref name="transitions"/> more journal rows have closed.</summary>
    private static async Task StopAfterTransitionsAsync(OrganizerApp app, long runId, int transitions)
    {
        var start = await ClosedAsync(app, runId);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var running = app.Get<SyncEngine>().RunAsync(runId, stop.Token);
        while (!running.IsCompleted && !stop.IsCancellationRequested)
        {
            if (await ClosedAsync(app, runId) >= start + transitions) { stop.Cancel(); break; }
            await Task.Delay(2);
        }
        try { await running; } catch (OperationCanceledException) { }
    }

    /// <summary>What YouTube refused, from the ledger: 409s on inserts, and creates (over the day's cap, or an injected 429: the
    /// app cannot tell them apart, and waits for the reset either way).</summary>
    private static async Task<(int Conflicts, int CreationRefusals)> RefusalsAsync(OrganizerApp app)
    {
        await using var db = app.Db();
        string[] conflictReasons = ["aborted", "SERVICE_UNAVAILABLE", "conflict"];
        var conflicts = await db.QuotaCharges.CountAsync(c => c.Method == YouTubeMethod.PlaylistItemsInsert && conflictReasons.Contains(c.ErrorReason));
        var refusals = await db.QuotaCharges.CountAsync(c => c.Method == YouTubeMethod.PlaylistsInsert && c.ErrorKind == YouTubeErrorKind.RateLimited);
        return (conflicts, refusals);
    }

    private static async Task<int> ClosedAsync(OrganizerApp app, long runId)
    {
        await using var db = app.Db();
        return await db.SyncOperations.CountAsync(o => o.RunId == runId && o.Status != OperationStatus.Pending);
    }
}
