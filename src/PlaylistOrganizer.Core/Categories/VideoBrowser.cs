using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Which library videos to show. Every set condition must hold.</summary>
/// <param name="Text">Part of the title or channel name (case-insensitive), or a whole video id.</param>
/// <param name="PlaylistId">Only videos in this source playlist.</param>
/// <param name="CategoryId">Only videos in this category.</param>
/// <param name="Unassigned">Only videos in no category (the Uncategorized view).</param>
public sealed record VideoFilter(
    string? Text = null, string? PlaylistId = null, bool WatchLater = false, long? CategoryId = null, bool Unassigned = false, bool Unavailable = false);

public sealed record VideoRow(string Id, string? Title, string? ChannelTitle, VideoAvailability Availability, bool InWatchLater, IReadOnlyList<long> CategoryIds)
{
    public string YouTubeUrl => $"https://www.youtube.com/watch?v={Id}";
}

public sealed record PlaylistChoice(string Id, string Title, int VideoCount);

/// <summary>Reads the library for the Videos page: one page of rows at a time (the list is virtualized), the total, and
/// every id matching a filter (for "select all matching").</summary>
public sealed class VideoBrowser(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<VideoRow> Rows, int Total)> GetPageAsync(VideoFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Apply(db, filter);
        var total = await query.CountAsync(ct);
        var videos = await query.OrderBy(v => v.Title).ThenBy(v => v.Id).Skip(skip).Take(take)
            .Select(v => new { v.Id, v.Title, v.ChannelTitle, v.Availability }).ToListAsync(ct);
        var ids = videos.Select(v => v.Id).ToList();
        var links = (await db.CategoryVideos.Where(l => ids.Contains(l.VideoId)).Select(l => new { l.VideoId, l.CategoryId }).ToListAsync(ct))
            .ToLookup(l => l.VideoId, l => l.CategoryId);
        var watchLater = (await db.WatchLater.Where(w => ids.Contains(w.VideoId)).Select(w => w.VideoId).ToListAsync(ct)).ToHashSet();
        return (videos.Select(v => new VideoRow(v.Id, v.Title, v.ChannelTitle, v.Availability, watchLater.Contains(v.Id), links[v.Id].ToList())).ToList(), total);
    }

    public async Task<int> CountAsync(VideoFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Apply(db, filter).CountAsync(ct);
    }

    public async Task<IReadOnlyList<string>> GetMatchingIdsAsync(VideoFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Apply(db, filter).Select(v => v.Id).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PlaylistChoice>> GetPlaylistsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Playlists.OrderBy(p => p.Title)
            .Select(p => new PlaylistChoice(p.Id, p.Title, p.Items.Select(i => i.VideoId).Distinct().Count())).ToListAsync(ct);
    }

    private static IQueryable<LibraryVideo> Apply(OrganizerDbContext db, VideoFilter filter)
    {
        var query = db.Videos.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var lower = text.ToLowerInvariant();
            query = query.Where(v => v.Id == text || (v.Title != null && v.Title.ToLower().Contains(lower)) || (v.ChannelTitle != null && v.ChannelTitle.ToLower().Contains(lower)));
        }
        if (filter.PlaylistId is { } playlist) query = query.Where(v => db.PlaylistItems.Any(i => i.PlaylistId == playlist && i.VideoId == v.Id));
        if (filter.WatchLater) query = query.Where(v => db.WatchLater.Any(w => w.VideoId == v.Id));
        if (filter.CategoryId is { } category) query = query.Where(v => db.CategoryVideos.Any(l => l.CategoryId == category && l.VideoId == v.Id));
        if (filter.Unassigned) query = query.Where(v => !db.CategoryVideos.Any(l => l.VideoId == v.Id));
        if (filter.Unavailable) query = query.Where(v => v.Availability == VideoAvailability.Unavailable);
        return query;
    }
}
