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
        var listed = Order(WithAddedAt(db, query, filter.PlaylistId), sort);
        var videos = await listed.Skip(skip).Take(take)
            .Select(l => new { l.Video.Id, l.Video.Title, l.Video.ChannelId, l.Video.ChannelTitle, l.Video.Availability, l.Video.DurationSeconds, l.Video.PublishedAt, l.Video.ThumbnailUrl, l.AddedAt })
            .ToListAsync(ct);
        var ids = videos.Select(v => v.Id).ToList();
        var links = (await db.CategoryVideos.Where(l => ids.Contains(l.VideoId)).Select(l => new { l.VideoId, l.CategoryId }).ToListAsync(ct))
            .ToLookup(l => l.VideoId, l => l.CategoryId);
        var watchLater = (await db.WatchLater.Where(w => ids.Contains(w.VideoId)).Select(w => w.VideoId).ToListAsync(ct)).ToHashSet();
        var rows = videos.Select(v => new VideoRow(v.Id, v.Title, v.ChannelId, v.ChannelTitle, v.Availability, watchLater.Contains(v.Id), links[v.Id].ToList(),
            v.DurationSeconds, v.PublishedAt, v.AddedAt, v.ThumbnailUrl)).ToList();
        return (rows, total);
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
        var channels = Apply(db, filter with { ChannelId = null }).Where(v => v.ChannelId != null)
            .GroupBy(v => v.ChannelId!).Select(g => new { Id = g.Key, Title = g.Max(v => v.ChannelTitle), Count = g.Count() });
        var total = await channels.CountAsync(ct);
        var best = await channels.OrderByDescending(c => c.Count).ThenBy(c => c.Title).Take(top).ToListAsync(ct);
        return new ChannelFacet(best.Select(c => new ChannelCount(c.Id, c.Title ?? c.Id, c.Count)).ToList(), total);
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
