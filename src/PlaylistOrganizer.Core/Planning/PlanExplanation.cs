namespace PlaylistOrganizer.Core.Planning;

/// <summary>One original playlist a quota-saver plan keeps and turns into a category's playlist.</summary>
/// <param name="NewTitle">The category's title, or null when the original already has it (no rename).</param>
/// <param name="VideosAdded">The category's videos it does not hold yet.</param>
/// <param name="ExtrasRemoved">Its entries that are not in the category.</param>
public sealed record ReusedOriginal(string CategoryTitle, string OriginalTitle, string? NewTitle, int VideosAdded, int ExtrasRemoved);

/// <summary>What a plan does to the originals, in words a user decides by: which originals are reused and how, and
/// what undoing the sync would cost (putting every deleted or changed original back, from the sync's backup).</summary>
/// <param name="UndoWrites">Writes a restore would need: each deleted original created again with all its entries, and
/// each reused one renamed back and given its removed extras again.</param>
public sealed record PlanExplanation(IReadOnlyList<ReusedOriginal> Reused, int Deleted, int UndoWrites)
{
    public int UndoUnits => UndoWrites * YouTube.QuotaCosts.Write;

    public static PlanExplanation Of(SyncPlan plan, TargetStructure target, CurrentState state)
    {
        var playlists = state.Playlists.ToDictionary(p => p.Id);
        var titles = target.Categories.ToDictionary(c => c.Key, c => c.Title);
        var ops = plan.Operations;
        var reused = plan.Reuse.Select(r =>
        {
            var original = playlists[r.Value.Value];
            var renamed = ops.OfType<PlannedOperation.UpdatePlaylist>().Any(u => u.Playlist == r.Value);
            return new ReusedOriginal(titles[r.Key], original.Title, renamed ? titles[r.Key] : null,
                ops.OfType<PlannedOperation.AddVideo>().Count(a => a.Category == r.Key),
                ops.OfType<PlannedOperation.RemoveItem>().Count(i => i.Playlist == r.Value));
        }).OrderBy(r => r.CategoryTitle, StringComparer.CurrentCultureIgnoreCase).ToList();
        var deleted = ops.OfType<PlannedOperation.DeletePlaylist>().Select(d => d.Playlist.Value).ToList();
        var undo = deleted.Sum(id => 1 + playlists[id].Items.Count) + reused.Sum(r => (r.NewTitle is null ? 0 : 1) + r.ExtrasRemoved);
        return new PlanExplanation(reused, deleted.Count, undo);
    }
}
