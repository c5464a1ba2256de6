using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// The full plain-plan sync of the approved target (issue 7) through the real engine against the emulator, 10,000
/// units a day with a 1,000 reserve. The clock first moves to a fresh Pacific day; then the engine runs until it stops:
/// on a quota pause the shared clock jumps just past the reset named by the run and the run is resumed by hand; the
/// Watch Later step is confirmed; it ends at Completed (anything else is reported as a problem). Units are checked three
/// ways: the run's journal (write charges + engine reads) = the app's ledger = what the emulator charged. YouTube is then
/// read back: one playlist per category holding exactly its available videos, and no other. YouTube's creation cap is on
/// (10 a day): the days taken must equal the preview's estimate (<see cref="QuotaDays.Needed(SyncPlan, QuotaAllowance)"/>)
/// and be at most ceil(units / daily budget) + 1.
/// </summary>
internal sealed class SyncWorkload : IWorkload
{
    private const int MaxDays = 400;

    public string Name => "sync";

    public async Task<WorkloadResult> RunAsync(BenchEnvironment environment, CancellationToken ct)
    {
        var target = await environment.Get<ITargetStructureSource>().GetApprovedAsync(ct);
        var state = await environment.Get<ICurrentStateSource>().ReadAsync(ct);
        if (target is null) return new WorkloadResult(Name, false, "nothing approved (the plan workload approves the target)", []);
        var plan = SyncPlanner.Build(target, state, PlanKind.Plain);
        // The preview's estimate (the same function), with YouTube's creation cap as the emulator applies it, and without.
        var estimatedDays = QuotaDays.Needed(plan, BenchEnvironment.FreshDay(BenchEnvironment.PlaylistCreatesPerDay));
        var uncappedDays = QuotaDays.Needed(plan, BenchEnvironment.FreshDay(null));
        var unitDays = (int)Math.Ceiling(plan.TotalUnits / (double)BenchEnvironment.DailySyncBudgetUnits);

        environment.AdvanceToNextQuotaDay(); // start on a fresh quota day, as the days estimate assumes
        var emulatorBefore = environment.EmulatorUnits;
        var ledgerBefore = await LedgerUnitsAsync(environment, ct);
        var commands = environment.Get<SyncCommands>();
        var engine = environment.Get<SyncEngine>();

        await using var measurement = Measurement.Start();
        var started = await commands.StartAsync(plan, target, state, ct);
        if (!started.Succeeded) return new WorkloadResult(Name, false, started.Refusal, []);
        var runId = started.Run!.Id;
        var days = 1;
        SyncRun run;
        string? problem = null;
        while (true)
        {
            await engine.RunAsync(runId, ct);
            run = await RunAsync(environment, runId, ct);
            if (run.Status == SyncRunStatus.PausedForQuota && days < MaxDays)
            {
                days++;
                var now = environment.Clock.GetUtcNow();
                environment.Clock.Advance((run.ResumesAt ?? now) - now + TimeSpan.FromMinutes(1));
                if (await commands.ResumeAsync(runId, ct) is { Succeeded: false } r) { problem = $"resume refused: {r.Refusal}"; break; }
            }
            else if (run.Status == SyncRunStatus.AwaitingWatchLater)
            {
                if (await commands.MarkWatchLaterRemovedAsync(runId, null, ct) is { Succeeded: false } r) { problem = $"Watch Later: {r.Refusal}"; break; }
            }
            else break;
        }
        await measurement.StopAsync();
        if (problem is null && run.Status != SyncRunStatus.Completed) problem = $"stopped {run.Status} after {days} days: {run.StatusDetail}";
        if (days != estimatedDays) problem = $"{problem} Took {days} days; the preview said {estimatedDays}.".Trim();
        if (days > unitDays + 1) problem = $"{problem} Took {days} days, more than ceil(units / daily budget) + 1 = {unitDays + 1}.".Trim();

        await using var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct);
        var operations = await db.SyncOperations.AsNoTracking().Where(o => o.RunId == runId)
            .Select(o => new { o.Kind, o.Status, o.UnitsCharged }).ToListAsync(ct);
        var writeOps = operations.Where(o => o.Kind.CostUnits() > 0).ToList();
        var succeededWrites = writeOps.Count(o => o.Status == OperationStatus.Succeeded);
        var writeUnits = operations.Sum(o => o.UnitsCharged);
        var wasted = writeUnits - QuotaCosts.Write * succeededWrites;
        var journal = writeUnits + run.ReadUnits;
        var ledger = await LedgerUnitsAsync(environment, ct) - ledgerBefore;
        var emulator = environment.EmulatorUnits - emulatorBefore;
        if (journal != ledger || ledger != emulator)
        {
            problem = $"{problem} Units disagree: journal {journal:N0}, ledger {ledger:N0}, emulator {emulator:N0}.".Trim();
        }
        if (YouTubeMismatch(environment, target, state) is { } mismatch) problem = $"{problem} {mismatch}".Trim();
        var differencePercent = plan.TotalUnits == 0 ? 0 : 100.0 * (emulator - plan.TotalUnits) / plan.TotalUnits;
        var readOverhead = writeUnits == 0 ? 0 : 100.0 * run.ReadUnits / writeUnits;

        return new WorkloadResult(Name, problem is null, problem,
        [
            Format.Count("writeOperations", "writes", succeededWrites),
            Format.Count("unitsSpent", "units spent", emulator),
            Format.Count("estimatedUnits", "estimate", plan.TotalUnits),
            Format.Percent("differencePercent", "spent vs estimate", differencePercent),
            Format.Count("days", "days", days),
            Format.Count("estimatedDays", "est. days", estimatedDays),
            Format.Count("uncappedDays", "est. days without the cap", uncappedDays),
            Format.Count("readUnits", "read units", run.ReadUnits),
            Format.Percent("readOverheadPercent", "read overhead", readOverhead),
            Format.Count("wastedUnits", "wasted on failed writes", wasted),
            Format.Text("ledgerMatches", "ledger = emulator", journal == ledger && ledger == emulator ? 1 : 0,
                journal == ledger && ledger == emulator ? "yes" : "NO"),
            Format.Seconds("wallSeconds", "wall time", measurement.Elapsed),
            Format.Megabytes("peakWorkingSetMB", "peak working set", measurement.PeakWorkingSetBytes),
        ]);
    }

    /// <summary>YouTube read back from the emulator: exactly one playlist per category (by title) holding exactly its
    /// available videos once each, and no other regular playlist.</summary>
    private static string? YouTubeMismatch(BenchEnvironment environment, TargetStructure target, CurrentState state)
    {
        var regular = environment.YouTube.State.Export(environment.Demo.Account.AccountId)!.Playlists
            .Where(p => p.Kind == PlaylistOrganizer.FakeYouTube.State.PlaylistKind.Regular).ToList();
        if (regular.Count != target.Categories.Count) return $"YouTube has {regular.Count} playlists, the target {target.Categories.Count} categories.";
        foreach (var category in target.Categories)
        {
            var playlist = regular.SingleOrDefault(p => p.Title == category.Title);
            var want = category.VideoIds.Where(v => !state.UnavailableVideoIds.Contains(v)).Order(StringComparer.Ordinal);
            if (playlist is null || !want.SequenceEqual(playlist.Items.Select(i => i.VideoId).Order(StringComparer.Ordinal)))
                return $"YouTube's playlist '{category.Title}' does not hold exactly its category's available videos.";
        }
        return null;
    }

    private static async Task<SyncRun> RunAsync(BenchEnvironment environment, long runId, CancellationToken ct)
    {
        await using var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct);
        return await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
    }

    private static async Task<int> LedgerUnitsAsync(BenchEnvironment environment, CancellationToken ct)
    {
        await using var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct);
        return await db.QuotaCharges.SumAsync(c => c.Units, ct);
    }
}
