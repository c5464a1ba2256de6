using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>What the journal knows about the videos a delete (or a removal from a reused playlist) would take away.</summary>
/// <param name="Homes">Each such video with a category it belongs to (one entry per category).</param>
/// <param name="VerifiedCategories">Categories whose playlist the verify read-back confirmed.</param>
/// <param name="CategoryTitles">Every category of the run by key, to name the unconfirmed ones.</param>
/// <param name="Adds">The run's add operations of those videos (plan and repairs), with how they ended so far.</param>
/// <param name="AddedSinceStart">Videos YouTube shows in the playlist now that it did not hold when the sync began (the
/// user added them on YouTube meanwhile) and that belong to no category of the run.</param>
public sealed record DeletionFacts(
    IReadOnlyList<DeletionFacts.Home> Homes, IReadOnlySet<CategoryKey> VerifiedCategories, IReadOnlyDictionary<CategoryKey, string> CategoryTitles,
    IReadOnlyList<DeletionFacts.Add> Adds, IReadOnlyList<DeletionFacts.NewVideo> AddedSinceStart)
{
    public sealed record Home(VideoId VideoId, CategoryKey CategoryKey);

    public sealed record Add(CategoryKey CategoryKey, VideoId VideoId, OperationStatus Status, YouTubeErrorKind? ErrorKind);

    public sealed record NewVideo(VideoId VideoId, string Title);
}

/// <summary>
/// Deletes only when nothing can be lost: an original playlist (or an item of a reused one) goes only if every video in
/// it that belongs to a category is confirmed, by the verify read-back, in that category's playlist, each such video
/// is in at least one of its categories' playlists (an add that was skipped leaves it out of a verified playlist), and
/// it holds no video the user added on YouTube since the sync began that no category takes.
/// </summary>
/// <remarks>The facts come from reading the playlist back just before the delete, not from the import. Videos YouTube
/// reported unavailable (confirmed by videos.list) are not held back for: no playlist could take them anyway. Videos the
/// playlist held at the start and no category takes are the ones the preview warned would end up in no playlist: the
/// user approved that.</remarks>
public static class DeletionGuard
{
    /// <summary>Why the operation must not run, or null when it is safe.</summary>
    public static string? WhyKeep(DeletionFacts facts)
    {
        var unconfirmed = facts.Homes.Select(h => h.CategoryKey).Distinct().Where(k => !facts.VerifiedCategories.Contains(k))
            .OrderBy(k => k.Value, StringComparer.Ordinal).ToList();
        if (unconfirmed.Count > 0)
        {
            var titles = unconfirmed.Select(k => facts.CategoryTitles.GetValueOrDefault(k, k.Value));
            return $"Kept: some of its videos are not confirmed yet in {string.Join(", ", titles.Select(t => $"'{t}'"))}, so deleting it could lose them.";
        }

        if (facts.AddedSinceStart.Count > 0)
        {
            var newVideos = facts.AddedSinceStart.OrderBy(v => v.VideoId.Value, StringComparer.Ordinal).ToList();
            var one = newVideos.Count == 1;
            var named = string.Join(", ", newVideos.Take(5).Select(v => $"'{v.Title}' ({v.VideoId})")) + (one || newVideos.Count <= 5 ? "" : $" and {(newVideos.Count - 5).Grouped()} more");
            return $"Kept: you added {(one ? "a video" : $"{newVideos.Count.Grouped()} videos")} to it on YouTube during the sync that no category " +
                $"takes ({named}), so deleting it would lose {(one ? "it" : "them")}. Place {(one ? "it" : "them")} in a category and sync again, or delete the playlist yourself.";
        }

        // Verified means "matches the category less what was skipped": a skipped add leaves its video out.
        var unavailable = facts.Adds.Where(a => a.ErrorKind == YouTubeErrorKind.VideoUnavailable).Select(a => a.VideoId).ToHashSet();
        var added = facts.Adds.Where(a => a.Status == OperationStatus.Succeeded).Select(a => (a.CategoryKey, a.VideoId)).ToHashSet();
        var notAdded = facts.Adds.Where(a => a.Status is OperationStatus.Skipped or OperationStatus.Failed && !added.Contains((a.CategoryKey, a.VideoId)))
            .Select(a => (a.CategoryKey, a.VideoId)).ToHashSet();
        var homeless = facts.Homes.GroupBy(h => h.VideoId)
            .Where(g => !unavailable.Contains(g.Key) && g.All(h => notAdded.Contains((h.CategoryKey, h.VideoId))))
            .Select(g => g.Key).OrderBy(v => v.Value, StringComparer.Ordinal).ToList();
        if (homeless.Count == 0) return null;
        return $"Kept: {string.Join(", ", homeless)} could not be added to {(homeless.Count == 1 ? "its category" : "their categories")}, so deleting it would lose {(homeless.Count == 1 ? "it" : "them")}.";
    }
}
