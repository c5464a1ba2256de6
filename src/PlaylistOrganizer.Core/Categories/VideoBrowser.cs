using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Which library videos to show. Every set condition must hold.</summary>
/// <param name="Text">Part of the title or channel name (case-insensitive), or a whole video id.</param>
/// <param name="PlaylistId">Only videos in this source playlist.</param>
/// <param name="CategoryId">Only videos in this category.</param>
/// <param name="Unassigned">Only videos in no category (the Uncategorized view).</param>
/// <param name="ChannelId">Only videos of this channel (the channel facet's choice).</param>
public sealed record VideoFilter(
    string? Text = null, string? PlaylistId = null, bool WatchLater = false, long? CategoryId = null, bool Unassigned = false, bool Unavailable = false,
    string? ChannelId = null);

/// <summary>What the list is ordered by. Whatever the order, unavailable videos and videos never looked up (an id
/// without a title) come last: they are the least a user can decide about.</summary>
public enum VideoSortKey
{
    Title,
    Channel,
    /// <summary>When the video was added to Watch Later (from Takeout) or else to its first playlist; with a source
    /// playlist chosen, when it was added to that playlist.</summary>
    DateAdded,
    Length,
    DatePublished,
}

public sealed record VideoSort(VideoSortKey Key = VideoSortKey.Title, bool Descending = false);

/// <param name="AddedAt">See <see cref="VideoSortKey.DateAdded"/>.</param>
public sealed record VideoRow(
    string Id, string? Title, string? ChannelId, string? ChannelTitle, VideoAvailability Availability, bool InWatchLater, IReadOnlyList<long> CategoryIds,
    int? DurationSeconds = null, DateTimeOffset? PublishedAt = null, DateTimeOffset? AddedAt = null, string? ThumbnailUrl = null)
{
    public string YouTubeUrl => $"https://www.youtube.com/watch?v={Id}";
}

public sealed record PlaylistChoice(string Id, string Title, int VideoCount);

/// <summary>One channel of the channel facet: how many videos of the current filter are its.</summary>
public sealed record ChannelCount(string ChannelId, string Title, int Count);

/// <param name="Top">The channels with the most videos, most first.</param>
/// <param name="ChannelTotal">How many channels the filter's videos come from in all.</param>
public sealed record ChannelFacet(IReadOnlyList<ChannelCount> Top, int ChannelTotal);

/// <summary>Reads the library for the Videos page: one page of rows at a time (the list is virtualized), the total, the
/// channel facet, and every id matching a filter (for "select all matching" and "add all of this channel").</summary>
public sealed class VideoBrowser(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<VideoRow> Rows, int Total)> GetPageAsync(VideoFilter filter, VideoSort sort, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Apply(db, filter);
        var total = await query.CountAsync(ct);
        // The date added is a lookup in two tables per video: computed for every matching video only when the list is
        // ordered by it, otherwise just for the page's rows (SQLite would compute it for all rows before sorting).
        var byDateAdded = sort.Key == VideoSortKey.DateAdded;
        var listed = byDateAdded
            ? WithAddedAt(db, query, filter.PlaylistId)
            : query.Select(v => new Listed { Video = v, AddedAt = null });
        var videos = await Order(listed, sort).Skip(skip).Take(take)
            .Select(l => new { l.Video.Id, l.Video.Title, l.Video.ChannelId, l.Video.ChannelTitle, l.Video.Availability, l.Video.DurationSeconds, l.Video.PublishedAt, l.Video.ThumbnailUrl, l.AddedAt })
            .ToListAsync(ct);
        var ids = videos.Select(v => v.Id).ToList();
        var links = (await db.CategoryVideos.Where(l => ids.Contains(l.VideoId)).Select(l => new { l.VideoId, l.CategoryId }).ToListAsync(ct))
            .ToLookup(l => l.VideoId, l => l.CategoryId);
        var watchLater = await db.WatchLater.Where(w => ids.Contains(w.VideoId)).ToDictionaryAsync(w => w.VideoId, w => w.AddedAt, ct);
        var added = byDateAdded ? videos.ToDictionary(v => v.Id, v => v.AddedAt) : await AddedAtAsync(db, ids, watchLater, filter.PlaylistId, ct);
        var rows = videos.Select(v => new VideoRow(v.Id, v.Title, v.ChannelId, v.ChannelTitle, v.Availability, watchLater.ContainsKey(v.Id), links[v.Id].ToList(),
            v.DurationSeconds, v.PublishedAt, added.GetValueOrDefault(v.Id), v.ThumbnailUrl)).ToList();
        return (rows, total);
    }

    /// <summary>The date added of a page's videos, as <see cref="WithAddedAt"/> computes it for a whole list.</summary>
    private static async Task<Dictionary<string, DateTimeOffset?>> AddedAtAsync(OrganizerDbContext db, List<string> ids,
        Dictionary<string, DateTimeOffset?> watchLater, string? playlistId, CancellationToken ct)
    {
        var items = db.PlaylistItems.Where(i => ids.Contains(i.VideoId));
        if (playlistId is not null) items = items.Where(i => i.PlaylistId == playlistId);
        var first = await items.GroupBy(i => i.VideoId).Select(g => new { g.Key, At = g.Min(i => i.AddedAt) }).ToDictionaryAsync(g => g.Key, g => g.At, ct);
        return ids.ToDictionary(id => id, id => playlistId is null ? watchLater.GetValueOrDefault(id) ?? first.GetValueOrDefault(id) : first.GetValueOrDefault(id));
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

    /// <summary>The channels of the filter's videos with their counts, most first (ties by name). The filter's own
    /// channel choice is left out, so the facet still offers the other channels while one is chosen.</summary>
    public async Task<ChannelFacet> GetChannelsAsync(VideoFilter filter, int top, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One grouped query; a library has a few thousand channels at most, so the ranking is done here.
        var channels = await Apply(db, filter with { ChannelId = null }).Where(v => v.ChannelId != null)
            .GroupBy(v => v.ChannelId!).Select(g => new ChannelCount(g.Key, g.Max(v => v.ChannelTitle) ?? g.Key, g.Count())).ToListAsync(ct);
        var best = channels.OrderByDescending(c => c.Count).ThenBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).Take(top).ToList();
        return new ChannelFacet(best, channels.Count);
    }

    public async Task<IReadOnlyList<PlaylistChoice>> GetPlaylistsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Playlists.OrderBy(p => p.Title)
            .Select(p => new PlaylistChoice(p.Id, p.Title, p.Items.Select(i => i.VideoId).Distinct().Count())).ToListAsync(ct);
    }

    private sealed class Listed
    {
        public required LibraryVideo Video { get; init; }
        public DateTimeOffset? AddedAt { get; init; }
    }

    private static IQueryable<Listed> WithAddedAt(OrganizerDbContext db, IQueryable<LibraryVideo> query, string? playlistId) =>
        playlistId is not null
            ? query.Select(v => new Listed { Video = v, AddedAt = db.PlaylistItems.Where(i => i.PlaylistId == playlistId && i.VideoId == v.Id).Min(i => i.AddedAt) })
            : query.Select(v => new Listed
            {
                Video = v,
                AddedAt = db.WatchLater.Where(w => w.VideoId == v.Id).Select(w => w.AddedAt).FirstOrDefault()
                    ?? db.PlaylistItems.Where(i => i.VideoId == v.Id).Min(i => i.AddedAt),
            });

    private static IQueryable<Listed> Order(IQueryable<Listed> listed, VideoSort sort)
    {
        // Null keys go last in both directions (SQLite and PostgreSQL disagree about where NULL sorts).
        var ordered = listed.OrderBy(l => l.Video.Availability == VideoAvailability.Unavailable).ThenBy(l => l.Video.Title == null);
        ordered = sort.Key switch
        {
            VideoSortKey.Title => Then(ordered, l => l.Video.Title, sort.Descending),
            VideoSortKey.Channel => Then(ordered.ThenBy(l => l.Video.ChannelTitle == null), l => l.Video.ChannelTitle, sort.Descending).ThenBy(l => l.Video.Title),
            VideoSortKey.DateAdded => Then(ordered.ThenBy(l => l.AddedAt == null), l => l.AddedAt, sort.Descending),
            VideoSortKey.Length => Then(ordered.ThenBy(l => l.Video.DurationSeconds == null), l => l.Video.DurationSeconds, sort.Descending),
            VideoSortKey.DatePublished => Then(ordered.ThenBy(l => l.Video.PublishedAt == null), l => l.Video.PublishedAt, sort.Descending),
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Key, null),
        };
        return ordered.ThenBy(l => l.Video.Id);
    }

    private static IOrderedQueryable<Listed> Then<TKey>(IOrderedQueryable<Listed> ordered, System.Linq.Expressions.Expression<Func<Listed, TKey>> key, bool descending) =>
        descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

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
        if (filter.ChannelId is { } channel) query = query.Where(v => v.ChannelId == channel);
        return query;
    }
}
