using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// Yardsticks for the planner, computed here from the target and the imported state alone (not with the planner's
/// code). Both count API writes (50 units each); manual Watch Later steps cost nothing and are not counted.
/// </summary>
internal static class PlanBaselines
{
    /// <summary>
    /// The naive plan: one new playlist per category, every (category, video) pair inserted (unavailable videos too: a
    /// script that does not check pays for the refused insert), every original playlist deleted. It reads nothing.
    /// </summary>
    public static int NaiveWrites(TargetStructure target, CurrentState state) =>
        target.Categories.Sum(c => 1 + c.VideoIds.Count) + state.Playlists.Count(p => p.IsOriginal);

    /// <summary>
    /// The fewest writes any plan can use. A plan gives each category either a new playlist (1 insert + one insert per
    /// available video) or one original playlist p, costing [title, description or privacy differ] + inserts of its
    /// available videos missing from p + deletes of p's items it does not want (other videos and repeats), and saving
    /// p's delete; every original not reused is deleted. So with O originals:
    /// writes = O + Σ_c cost_c, where cost_c = new_c for a new playlist, reuse_c(p) − 1 for a reused original. Dropping
    /// the constraint that two categories cannot reuse the same original only lowers the minimum, so
    /// O + Σ_c min(new_c, min_p (reuse_c(p) − 1)) is a lower bound. (The quota-saver plan solves the same costs with the
    /// constraint, by an optimal assignment; when no two categories want the same original the two are equal.)
    /// </summary>
    public static int LowerBoundWrites(TargetStructure target, CurrentState state)
    {
        var originals = state.Playlists.Where(p => p.IsOriginal).ToList();
        var contents = originals.Select(p => (Playlist: p, Videos: p.Items.Select(i => i.VideoId).ToHashSet())).ToList();
        var total = originals.Count;
        foreach (var category in target.Categories)
        {
            var available = category.VideoIds.Where(v => !state.UnavailableVideoIds.Contains(v)).ToList();
            var wanted = category.VideoIds.ToHashSet();
            var best = 1 + available.Count;
            foreach (var (playlist, videos) in contents)
            {
                var metadata = playlist.Title == category.Title && playlist.Description == category.Description
                    && playlist.Privacy == category.Privacy ? 0 : 1;
                var missing = available.Count(v => !videos.Contains(v));
                var seen = new HashSet<string>();
                var extras = playlist.Items.Count(i => !wanted.Contains(i.VideoId) || !seen.Add(i.VideoId));
                best = Math.Min(best, metadata + missing + extras - 1);
            }
            total += best;
        }
        return total;
    }
}
