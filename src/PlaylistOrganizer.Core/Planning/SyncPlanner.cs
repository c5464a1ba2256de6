using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>
/// Compares the approved structure with YouTube as imported and produces the ordered, costed operations of a sync.
/// </summary>
/// <remarks>
/// Never planned: writes to system playlists or Watch Later, deleting playlists an earlier sync gave a category, adding unavailable
/// videos (listed as skipped instead). Deletes and removals come last, after the verify stage.
/// </remarks>
public static class SyncPlanner
{
    private const int PageSize = 50;

    public static SyncPlan Build(TargetStructure target, CurrentState current, PlanKind kind)
    {
        var originals = current.Playlists.Where(p => p.IsOriginal).ToList();
        var categories = target.Categories;
        // A category that already has its playlist from an earlier sync keeps it, in every plan kind.
        var held = current.Playlists.Where(p => p.HeldBy is not null && !p.IsSystem)
            .GroupBy(p => p.HeldBy!.Value).ToDictionary(g => g.Key, g => g.First());
        var reuse = categories.Where(c => held.ContainsKey(c.Key)).ToDictionary(c => c.Key, c => held[c.Key]);
        if (kind == PlanKind.QuotaSaver)
        {
            foreach (var (key, playlist) in ChooseReuse(categories.Where(c => !reuse.ContainsKey(c.Key)).ToList(), originals, current.UnavailableVideoIds))
            {
                reuse[key] = playlist;
            }
        }

        var operations = new List<PlannedOperation>();
        var next = 1;
        foreach (var category in categories)
        {
            if (!reuse.TryGetValue(category.Key, out var reused))
            {
                operations.Add(new PlannedOperation.CreatePlaylist(next++, category.Key, category.Title));
            }
            else if (!SameMetadata(category, reused))
            {
                operations.Add(new PlannedOperation.UpdatePlaylist(next++, category.Key, new PlaylistId(reused.Id), category.Title,
                    reused.HeldBy is null ? $"Reuses '{reused.Title}'" : $"Updates its playlist '{reused.Title}'"));
            }
        }
        foreach (var category in categories)
        {
            var present = reuse.TryGetValue(category.Key, out var reused) ? reused.Items.Select(i => i.VideoId).ToHashSet() : [];
            var into = PlaylistRef.Of(reused is null ? null : new PlaylistId(reused.Id));
            foreach (var video in category.VideoIds.Where(v => !present.Contains(v)))
            {
                operations.Add(current.UnavailableVideoIds.Contains(video)
                    ? new PlannedOperation.SkipUnavailableVideo(next++, category.Key, into, new VideoId(video), category.Title)
                    : new PlannedOperation.AddVideo(next++, category.Key, into, new VideoId(video), category.Title));
            }
        }
        var synced = categories.SelectMany(c => c.VideoIds).Where(v => !current.UnavailableVideoIds.Contains(v)).ToHashSet();
        foreach (var video in current.WatchLaterVideoIds.Where(synced.Contains).Distinct())
        {
            operations.Add(new PlannedOperation.RemoveFromWatchLater(next++, new VideoId(video)));
        }
        foreach (var category in categories.Where(c => reuse.ContainsKey(c.Key)))
        {
            var reused = reuse[category.Key];
            foreach (var extra in Extras(reused, category))
            {
                operations.Add(new PlannedOperation.RemoveItem(next++, category.Key, new PlaylistId(reused.Id), new VideoId(extra.VideoId),
                    new PlaylistItemId(extra.ItemId), category.Title));
            }
        }
        var reusedIds = reuse.Values.Select(p => p.Id).ToHashSet();
        foreach (var original in originals.Where(p => !reusedIds.Contains(p.Id)))
        {
            operations.Add(new PlannedOperation.DeletePlaylist(next++, new PlaylistId(original.Id), original.Title, Counts.Of(original.Items.Count, "item")));
        }

        return new SyncPlan(kind, target.VersionHash, current.Fingerprint, operations,
            reuse.ToDictionary(r => r.Key, r => new PlaylistId(r.Value.Id)), HomelessVideos(categories, originals),
            EstimateReads(categories, current.UnavailableVideoIds, originals.Count) + EstimateReadsBeforeDeleting(operations, originals, reuse));
    }

    /// <summary>
    /// The last stage reads each playlist back before it deletes it or removes extras from it, 50 items a page (at least
    /// one page each): a reused playlist then holds its items plus the videos the sync added to it.
    /// </summary>
    private static int EstimateReadsBeforeDeleting(IReadOnlyList<PlannedOperation> operations, IReadOnlyList<CurrentPlaylist> originals,
        IReadOnlyDictionary<CategoryKey, CurrentPlaylist> reuse)
    {
        var deleted = operations.OfType<PlannedOperation.DeletePlaylist>().Select(d => d.Playlist.Value).ToHashSet();
        var trimmed = operations.OfType<PlannedOperation.RemoveItem>().Select(r => r.Category).ToHashSet();
        var deletes = originals.Where(p => deleted.Contains(p.Id)).Sum(p => Math.Max(1, Pages(p.Items.Count)));
        var removals = reuse.Where(r => trimmed.Contains(r.Key)).Sum(r =>
            Math.Max(1, Pages(r.Value.Items.Count + operations.OfType<PlannedOperation.AddVideo>().Count(a => a.Category == r.Key))));
        return deletes + removals;
    }

    /// <summary>
    /// Preflight: videos.list over every category video and playlists.list over the originals, 50 per request. Verify:
    /// every category playlist read back, 50 items a page (at least one page each).
    /// </summary>
    private static int EstimateReads(IReadOnlyList<TargetCategory> categories, IReadOnlySet<string> unavailable, int originals)
    {
        var distinctVideos = categories.SelectMany(c => c.VideoIds).Distinct().Count();
        var preflight = Pages(distinctVideos) + Pages(originals);
        var verify = categories.Sum(c => Math.Max(1, Pages(c.VideoIds.Count(v => !unavailable.Contains(v)))));
        return preflight + verify;
    }

    private static int Pages(int count) => (count + PageSize - 1) / PageSize;

    private static bool SameMetadata(TargetCategory category, CurrentPlaylist playlist) =>
        category.Title == playlist.Title && category.Description == playlist.Description && category.Privacy == playlist.Privacy;

    /// <summary>Items of a reused playlist its category does not want: other videos, and repeats of a wanted one.</summary>
    private static IEnumerable<CurrentItem> Extras(CurrentPlaylist playlist, TargetCategory category)
    {
        var wanted = category.VideoIds.ToHashSet();
        var kept = new HashSet<string>();
        return playlist.Items.Where(i => !wanted.Contains(i.VideoId) || !kept.Add(i.VideoId));
    }

    /// <summary>Units a category costs on its own playlist: create it and add every available video.</summary>
    private static long NewPlaylistCost(TargetCategory category, IReadOnlySet<string> unavailable) =>
        QuotaCosts.Write * (1L + category.VideoIds.Count(v => !unavailable.Contains(v)));

    /// <summary>Units a category costs on a reused original, minus the delete of that original it saves.</summary>
    private static long ReuseCost(TargetCategory category, CurrentPlaylist playlist, IReadOnlySet<string> unavailable)
    {
        var present = playlist.Items.Select(i => i.VideoId).ToHashSet();
        var adds = category.VideoIds.Count(v => !present.Contains(v) && !unavailable.Contains(v));
        var writes = (SameMetadata(category, playlist) ? 0 : 1) + adds + Extras(playlist, category).Count() - 1;
        return QuotaCosts.Write * (long)writes;
    }

    /// <summary>
    /// Picks the reuse pairs that minimise the plan's total cost: rows are categories, columns are the originals plus
    /// one "own new playlist" column per category.
    /// </summary>
    internal static Dictionary<CategoryKey, CurrentPlaylist> ChooseReuse(
        IReadOnlyList<TargetCategory> categories, IReadOnlyList<CurrentPlaylist> originals, IReadOnlySet<string> unavailable)
    {
        var result = new Dictionary<CategoryKey, CurrentPlaylist>();
        if (categories.Count == 0 || originals.Count == 0) return result;
        var cost = new long[categories.Count, originals.Count + categories.Count];
        for (var c = 0; c < categories.Count; c++)
        {
            var fresh = NewPlaylistCost(categories[c], unavailable);
            for (var p = 0; p < originals.Count; p++) cost[c, p] = ReuseCost(categories[c], originals[p], unavailable);
            for (var d = 0; d < categories.Count; d++) cost[c, originals.Count + d] = fresh;
        }
        var columns = OptimalAssignment.Solve(cost);
        for (var c = 0; c < categories.Count; c++)
        {
            var column = columns[c];
            // Reuse only when strictly cheaper: on a tie the plain, clean new playlist wins.
            if (column < originals.Count && cost[c, column] < NewPlaylistCost(categories[c], unavailable))
            {
                result[categories[c].Key] = originals[column];
            }
        }
        return result;
    }

    private static List<HomelessVideo> HomelessVideos(IReadOnlyList<TargetCategory> categories, IReadOnlyList<CurrentPlaylist> originals)
    {
        var categorized = categories.SelectMany(c => c.VideoIds).ToHashSet();
        return originals.SelectMany(p => p.Items.Select(i => (i.VideoId, p.Title)))
            .Where(x => !categorized.Contains(x.VideoId))
            .GroupBy(x => x.VideoId)
            .Select(g => new HomelessVideo(g.Key, g.Select(x => x.Title).Distinct().ToList()))
            .OrderBy(h => h.VideoId, StringComparer.Ordinal)
            .ToList();
    }
}
