using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// Planning (issue 6). First a realistic target through the real editor: the draft is cleared, one category per
/// playlist is bootstrapped, the categories (ordered by title, so numbered and related playlists sit together) are
/// merged in contiguous runs down to <see cref="TargetCategories"/>, every Watch Later video in no category yet is
/// assigned round-robin (by id) to them, and the result is approved. Then the plain and quota-saver plans are built from
/// the approved target and the imported state (as the preview does), timed and measured for allocations, and compared
/// with a naive plan and the lower bound, both computed here independently of the planner (see bench/README.md).
/// </summary>
internal sealed class PlanWorkload : IWorkload
{
    public const int TargetCategories = 30;
    private const int Repetitions = 5;

    public string Name => "plan";

    public async Task<WorkloadResult> RunAsync(BenchEnvironment environment, CancellationToken ct)
    {
        var problem = await ApproveTargetAsync(environment, ct);
        var target = await environment.Get<ITargetStructureSource>().GetApprovedAsync(ct);
        var state = await environment.Get<ICurrentStateSource>().ReadAsync(ct);
        if (problem is not null || target is null)
        {
            return new WorkloadResult(Name, false, problem ?? "nothing approved", []);
        }

        var (plain, plainTime, plainBytes) = Measure(target, state, PlanKind.Plain);
        var (saver, saverTime, saverBytes) = Measure(target, state, PlanKind.QuotaSaver);
        var previewTimes = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var (preview, missing) = await environment.Get<SyncPreview>().BuildAsync(ct);
            previewTimes.Add(watch.Elapsed);
            if (preview is null) problem = $"no preview: {missing}";
        }
        var naive = PlanBaselines.NaiveWrites(target, state);
        var bound = PlanBaselines.LowerBoundWrites(target, state);
        if (Math.Min(saver.WriteOperations, plain.WriteOperations) < bound)
            problem = $"{problem} A plan (saver {saver.WriteOperations:N0}, plain {plain.WriteOperations:N0} writes) beats the lower bound ({bound:N0}): the bound is wrong.".Trim();
        if (plainTime > TimeSpan.FromSeconds(1) || saverTime > TimeSpan.FromSeconds(1)) problem = $"{problem} Planning took over a second.".Trim();

        static int Days(int units) => QuotaDays.Needed(units, BenchEnvironment.DailySyncBudgetUnits, BenchEnvironment.DailySyncBudgetUnits);
        const int write = PlaylistOrganizer.Core.YouTube.QuotaCosts.Write;
        return new WorkloadResult(Name, problem is null, problem,
        [
            Format.Count("categories", "categories", target.Categories.Count),
            Format.Count("categoryVideos", "category videos", target.Categories.Sum(c => c.VideoIds.Count)),
            Format.Count("plainWrites", "plain: writes", plain.WriteOperations),
            Format.Count("plainUnits", "plain: units", plain.TotalUnits),
            Format.Count("plainDays", "plain: days", Days(plain.TotalUnits)),
            Format.Count("plainDaysCapped", "plain: days, 10 creates/day", QuotaDays.Needed(plain, BenchEnvironment.FreshDay(BenchEnvironment.PlaylistCreatesPerDay))),
            Format.Millis("plainMs", "plain: time", plainTime),
            Format.Megabytes("plainAllocatedMB", "plain: alloc", plainBytes),
            Format.Count("saverWrites", "saver: writes", saver.WriteOperations),
            Format.Count("saverUnits", "saver: units", saver.TotalUnits),
            Format.Count("saverDays", "saver: days", Days(saver.TotalUnits)),
            Format.Count("saverDaysCapped", "saver: days, 10 creates/day", QuotaDays.Needed(saver, BenchEnvironment.FreshDay(BenchEnvironment.PlaylistCreatesPerDay))),
            Format.Millis("saverMs", "saver: time", saverTime),
            Format.Megabytes("saverAllocatedMB", "saver: alloc", saverBytes),
            Format.Millis("previewMs", "preview (DB + both plans)", Format.Median(previewTimes)),
            Format.Count("naiveWrites", "naive: writes", naive),
            Format.Count("naiveUnits", "naive: units", naive * write),
            Format.Count("naiveDays", "naive: days", Days(naive * write)),
            Format.Count("lowerBoundWrites", "bound: writes", bound),
            Format.Count("lowerBoundUnits", "bound: units", bound * write),
            Format.Count("lowerBoundDays", "bound: days", Days(bound * write)),
        ]);
    }

    /// <summary>Median time and allocated bytes of <see cref="SyncPlanner.Build"/> (one warm-up run first).</summary>
    private static (SyncPlan Plan, TimeSpan Time, long AllocatedBytes) Measure(TargetStructure target, CurrentState state, PlanKind kind)
    {
        var plan = SyncPlanner.Build(target, state, kind);
        var times = new List<TimeSpan>();
        var bytes = new List<long>();
        for (var i = 0; i < Repetitions; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            plan = SyncPlanner.Build(target, state, kind);
            times.Add(watch.Elapsed);
            bytes.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return (plan, Format.Median(times), bytes.Order().ElementAt(bytes.Count / 2));
    }

    /// <returns>Null, or what went wrong.</returns>
    private static async Task<string?> ApproveTargetAsync(BenchEnvironment environment, CancellationToken ct)
    {
        var editor = environment.Get<CategoryEditor>();
        var existing = (await editor.GetOverviewAsync(ct)).Categories.Select(c => c.Id).ToList();
        if (existing.Count > 0 && !(await editor.DeleteAsync(existing, ct)).Succeeded) return "clearing the draft was refused";
        if (!(await editor.CreateFromPlaylistsAsync(ct: ct)).Succeeded) return "bootstrap refused";

        var categories = (await editor.GetOverviewAsync(ct)).Categories.OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        var groups = Math.Min(TargetCategories, categories.Count);
        var kept = new List<long>();
        for (var g = 0; g < groups; g++)
        {
            var run = categories.Skip(g * categories.Count / groups).Take((g + 1) * categories.Count / groups - g * categories.Count / groups).ToList();
            kept.Add(run[0].Id);
            if (run.Count < 2) continue;
            var merged = await editor.MergeAsync(run.Select(c => c.Id).ToList(), run[0].Title, ct);
            if (!merged.Succeeded) return $"merge refused: {string.Join(" ", merged.Errors.Select(e => e.Message))}";
        }

        await using (var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct))
        {
            var categorized = (await db.CategoryVideos.Select(l => l.VideoId).Distinct().ToListAsync(ct)).ToHashSet();
            var homeless = (await db.WatchLater.Select(w => w.VideoId).Distinct().ToListAsync(ct))
                .Where(v => !categorized.Contains(v)).Order(StringComparer.Ordinal).ToList();
            for (var k = 0; k < kept.Count; k++)
            {
                var share = homeless.Where((_, i) => i % kept.Count == k).ToList();
                if (share.Count > 0 && !(await editor.AssignAsync(kept[k], share, ct)).Succeeded) return "assigning Watch Later refused";
            }
        }
        var approved = await environment.Get<StructureApproval>().ApproveAsync(ct);
        return approved.Succeeded ? null : $"approve refused: {string.Join(" ", approved.Errors.Select(e => e.Message))}";
    }
}
