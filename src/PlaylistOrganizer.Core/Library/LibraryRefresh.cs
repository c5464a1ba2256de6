using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library;

/// <summary>
/// Brings one imported playlist up to date with what a sync just read back from YouTube, so videos the user added on
/// YouTube after the import show on the pages, in the report and in the next import's comparison.
/// </summary>
public sealed class LibraryRefresh(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    /// <summary>Replaces the playlist's items with <paramref name="items"/> (in YouTube's order), adding a video row, with
    /// the title the item carried, for each video the library did not know. A playlist never imported is left alone.</summary>
    public async Task ReplaceItemsAsync(PlaylistId playlistId, IReadOnlyList<PlaylistItemInfo> items, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = playlistId.Value;
        if (!await db.Playlists.AnyAsync(p => p.Id == id, ct)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PlaylistItems.Where(i => i.PlaylistId == id).ExecuteDeleteAsync(ct);
        var videoIds = items.Select(i => i.VideoId.Value).Distinct().ToList();
        var known = (await db.Videos.Where(v => videoIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.Videos.AddRange(items.Where(i => !known.Contains(i.VideoId.Value)).DistinctBy(i => i.VideoId)
            .Select(i => new LibraryVideo { Id = i.VideoId.Value, Title = string.IsNullOrEmpty(i.Title) ? null : i.Title }));
        db.PlaylistItems.AddRange(items.DistinctBy(i => i.Id).Select((item, position) => new LibraryPlaylistItem
        {
            Id = item.Id.Value, PlaylistId = id, VideoId = item.VideoId.Value, Position = position, AddedAt = item.AddedAt,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
