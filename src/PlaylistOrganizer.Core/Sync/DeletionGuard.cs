using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Deletes only when nothing can be lost: an original playlist (or an item of a reused one) goes only if every video in
/// it that belongs to a category is confirmed, by the verify read-back, in that category's playlist, and each such video
/// is in at least one of its categories' playlists (an add that was skipped leaves it out of a verified playlist).
/// </summary>
/// <remarks>Videos YouTube reported unavailable are not held back for: no playlist could take them anyway.</remarks>
internal static class DeletionGuard
{
    /// <summary>Why the operation must not run, or null when it is safe.</summary>
    public static async Task<string?> WhyKeepAsync(IDbContextFactory<OrganizerDbContext> dbFactory, SyncOperation op, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var videos = op.Kind == OperationKind.DeletePlaylist
            ? await db.PlaylistItems.Where(i => i.PlaylistId == op.PlaylistId).Select(i => i.VideoId).Distinct().ToListAsync(ct)
            : [op.VideoId!];
        var homes = await db.SyncTargetVideos.Where(t => t.RunId == op.RunId && videos.Contains(t.VideoId)).ToListAsync(ct);
        var verified = await db.SyncCategoryPlaylists.Where(c => c.RunId == op.RunId && c.Verified).Select(c => c.CategoryKey).ToListAsync(ct);
        var unconfirmed = homes.Select(h => h.CategoryKey).Distinct().Except(verified).ToList();
        if (unconfirmed.Count > 0)
        {
            var titles = await db.SyncTargetCategories.Where(c => c.RunId == op.RunId && unconfirmed.Contains(c.CategoryKey)).Select(c => c.Title).ToListAsync(ct);
            return $"Kept: some of its videos are not confirmed yet in {string.Join(", ", titles.Select(t => $"'{t}'"))}, so deleting it could lose them.";
        }

        // Verified means "matches the category less what was skipped": a skipped add leaves its video out.
        var adds = await db.SyncOperations.Where(o => o.RunId == op.RunId && o.Kind == OperationKind.AddVideo && videos.Contains(o.VideoId!))
            .Select(o => new { o.CategoryKey, VideoId = o.VideoId!, o.Status, o.ErrorKind }).ToListAsync(ct);
        var unavailable = adds.Where(a => a.ErrorKind == YouTubeErrorKind.VideoUnavailable).Select(a => a.VideoId).ToHashSet();
        var added = adds.Where(a => a.Status == OperationStatus.Succeeded).Select(a => (a.CategoryKey, a.VideoId)).ToHashSet();
        var notAdded = adds.Where(a => a.Status is OperationStatus.Skipped or OperationStatus.Failed && !added.Contains((a.CategoryKey, a.VideoId)))
            .Select(a => (a.CategoryKey, a.VideoId)).ToHashSet();
        var homeless = homes.GroupBy(h => h.VideoId)
            .Where(g => !unavailable.Contains(g.Key) && g.All(h => notAdded.Contains((h.CategoryKey, h.VideoId))))
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (homeless.Count == 0) return null;
        return $"Kept: {string.Join(", ", homeless)} could not be added to {(homeless.Count == 1 ? "its category" : "their categories")}, so deleting it would lose {(homeless.Count == 1 ? "it" : "them")}.";
    }
}
