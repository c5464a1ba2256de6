using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// Shaping the structure on the imported library (issue 5), timed per Core call as the server runs it: bootstrap one
/// category per playlist, bulk-assign 4,000 videos (Watch Later ones first, topped up from the library if it has fewer)
/// to one category, merge the two biggest categories, approve. Assign and merge are repeated (each undone between
/// runs, untimed) and approve is run after a one-character rename each time; the median is reported.
/// </summary>
internal sealed class CategoriesWorkload : IWorkload
{
    private const int AssignCount = 4_000;
    private const int Repetitions = 3;

    public string Name => "categories";

    public async Task<WorkloadResult> RunAsync(BenchEnvironment environment, CancellationToken ct)
    {
        var editor = environment.Get<CategoryEditor>();
        var approval = environment.Get<StructureApproval>();
        var problems = new List<string>();
        void Check(bool ok, string what) { if (!ok) problems.Add(what); }

        var videos = await VideosToAssignAsync(environment, ct);
        await using var measurement = Measurement.Start();

        var watch = Stopwatch.StartNew();
        var bootstrap = await editor.CreateFromPlaylistsAsync(ct: ct);
        var bootstrapTime = watch.Elapsed;
        Check(bootstrap.Succeeded, "bootstrap refused");
        var overview = await editor.GetOverviewAsync(ct);
        var bootstrapCount = overview.Categories.Count;
        var target = overview.Categories.OrderBy(c => c.VideoCount).ThenBy(c => c.Id).First(); // a small one: the assign adds ~all 4,000

        var assignTimes = new List<TimeSpan>();
        var linksAdded = 0;
        for (var i = 0; i < Repetitions; i++)
        {
            watch.Restart();
            var assigned = await editor.AssignAsync(target.Id, videos, ct);
            assignTimes.Add(watch.Elapsed);
            Check(assigned.Succeeded, "assign refused");
            linksAdded = assigned.LinksChanged;
            if (i < Repetitions - 1) Check((await editor.UndoAsync(ct)).Succeeded, "undo of assign refused");
        }

        overview = await editor.GetOverviewAsync(ct);
        var biggest = overview.Categories.OrderByDescending(c => c.VideoCount).ThenBy(c => c.Id).Take(2).ToList();
        var mergeTimes = new List<TimeSpan>();
        for (var i = 0; i < Repetitions; i++)
        {
            watch.Restart();
            var merged = await editor.MergeAsync([biggest[0].Id, biggest[1].Id], biggest[0].Title, ct);
            mergeTimes.Add(watch.Elapsed);
            Check(merged.Succeeded, $"merge refused: {string.Join(" ", merged.Errors.Select(e => e.Message))}");
            if (i < Repetitions - 1) Check((await editor.UndoAsync(ct)).Succeeded, "undo of merge refused");
        }

        var approveTimes = new List<TimeSpan>();
        for (var i = 0; i < Repetitions; i++)
        {
            if (i > 0) Check((await editor.RenameAsync(biggest[0].Id, biggest[0].Title + (i % 2 == 1 ? "." : ""), ct)).Succeeded, "rename refused");
            watch.Restart();
            var approved = await approval.ApproveAsync(ct);
            approveTimes.Add(watch.Elapsed);
            Check(approved.Succeeded && !approved.WasAlreadyApproved, $"approve: {string.Join(" ", approved.Errors.Select(e => e.Message))}");
        }
        await measurement.StopAsync();
        overview = await editor.GetOverviewAsync(ct);

        return new WorkloadResult(Name, problems.Count == 0, problems.Count == 0 ? null : string.Join("; ", problems.Distinct()),
        [
            Format.Count("libraryVideos", "library videos", overview.LibraryVideoCount),
            Format.Count("categories", "categories", bootstrapCount),
            Format.Millis("bootstrapMs", "bootstrap", bootstrapTime),
            Format.Count("assignedVideos", "assigned", videos.Count),
            Format.Count("assignLinksAdded", "new links", linksAdded),
            Format.Millis("assignMs", "assign (median)", Format.Median(assignTimes)),
            Format.Count("mergedVideos", "merged videos", biggest.Sum(c => c.VideoCount)),
            Format.Millis("mergeMs", "merge 2 biggest (median)", Format.Median(mergeTimes)),
            Format.Millis("approveMs", "approve (median)", Format.Median(approveTimes)),
            Format.Seconds("wallSeconds", "wall time", measurement.Elapsed),
            Format.Megabytes("peakWorkingSetMB", "peak working set", measurement.PeakWorkingSetBytes),
        ]);
    }

    /// <summary>4,000 library videos, Watch Later ones first (by id), then other videos if Watch Later holds fewer.</summary>
    private static async Task<List<string>> VideosToAssignAsync(BenchEnvironment environment, CancellationToken ct)
    {
        await using var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct);
        var watchLater = await db.WatchLater.Select(w => w.VideoId).Distinct().ToListAsync(ct);
        var chosen = watchLater.Order(StringComparer.Ordinal).Take(AssignCount).ToList();
        if (chosen.Count < AssignCount)
        {
            var taken = chosen.ToHashSet();
            var more = await db.Videos.Select(v => v.Id).ToListAsync(ct);
            chosen.AddRange(more.Where(v => !taken.Contains(v)).Order(StringComparer.Ordinal).Take(AssignCount - chosen.Count));
        }
        return chosen;
    }
}
