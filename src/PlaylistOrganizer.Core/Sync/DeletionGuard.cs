using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Deletes only when nothing can be lost: an original playlist (or an item of a reused one) goes only if every video in
/// it that belongs to a category is confirmed, by the verify read-back, in that category's playlist.
/// </summary>
internal static class DeletionGuard
{
    /// <summary>Why the operation must not run, or null when it is safe.</summary>
    public static async Task<string?> WhyKeepAsync(IDbContextFactory<OrganizerDbContext> dbFactory, SyncOperation op, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var videos = op.Kind == OperationKind.DeletePlaylist
            ? await db.PlaylistItems.Where(i => i.PlaylistId == op.PlaylistId).Select(i => i.VideoId).Distinct().ToListAsync(ct)
            : [op.VideoId!];
        var homes = await db.SyncTargetVideos.Where(t => t.RunId == op.RunId && videos.Contains(t.VideoId)).Select(t => t.CategoryKey).Distinct().ToListAsync(ct);
        var verified = await db.SyncCategoryPlaylists.Where(c => c.RunId == op.RunId && c.Verified).Select(c => c.CategoryKey).ToListAsync(ct);
        var unconfirmed = homes.Except(verified).ToList();
        if (unconfirmed.Count == 0) return null;
        var titles = await db.SyncTargetCategories.Where(c => c.RunId == op.RunId && unconfirmed.Contains(c.CategoryKey)).Select(c => c.Title).ToListAsync(ct);
        return $"Kept: some of its videos are not confirmed yet in {string.Join(", ", titles.Select(t => $"'{t}'"))}, so deleting it could lose them.";
    }
}
