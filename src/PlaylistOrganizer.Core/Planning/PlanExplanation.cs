namespace PlaylistOrganizer.Core.Planning;

/// <summary>One original playlist a quota-saver plan keeps and turns into a category's playlist.</summary>
/// <param name="NewTitle">The category's title, or null when the original already has it (no rename).</param>
/// <param name="VideosAdded">The category's videos it does not hold yet.</param>
/// <param name="ExtrasRemoved">Its entries that are not in the category.</param>
public sealed record ReusedOriginal(string CategoryTitle, string OriginalTitle, string? NewTitle, int VideosAdded, int ExtrasRemoved);

/// <summary>What a plan does to the originals, in words a user decides by: which originals are reused and how, and
/// what undoing the sync would cost (putting every deleted or changed original back, from the sync's backup).</summary>
/// <param name="Undo">What a restore would write: each deleted original created again with all its entries (which wait
/// for it), and each reused one renamed back and given its removed extras again; its days count YouTube's daily limit
/// on new playlists like the plan's (<see cref="QuotaDays.Needed(QuotaWork, QuotaAllowance)"/>).</param>
public sealed record PlanExplanation(IReadOnlyList<ReusedOriginal> Reused, int Deleted, QuotaWork Undo)
{
    public int UndoUnits => Undo.TotalUnits;
    public int UndoWrites => UndoUnits / YouTube.QuotaCosts.Write;

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
        var recreated = deleted.Select(id => playlists[id].Items.Count).ToList();
        var putBack = reused.Sum(r => r.ExtrasRemoved);
        var writes = recreated.Sum(items => 1 + items) + reused.Count(r => r.NewTitle is not null) + putBack;
        return new PlanExplanation(reused, deleted.Count, new QuotaWork(recreated, putBack, writes * YouTube.QuotaCosts.Write));
    }
}
