namespace PlaylistOrganizer.Core.YouTube;

/// <summary>
/// The port through which Core reaches YouTube. Each method is exactly one HTTP request (one page for lists), so that
/// the metering decorator can charge every request, success or failure, to the quota ledger.
/// </summary>
/// <remarks>
/// Implementations must not retry on their own (no hidden back-off): a hidden retry of an insert can duplicate an item
/// and escape the ledger. Retries are the sync engine's decision. Implementations are safe to call from one thread at a time per account.
/// </remarks>
public interface IYouTubeGateway
{
    /// <summary>channels.list?mine=true (1 unit).</summary>
    Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct);

    /// <summary>playlists.list?mine=true, 50 per page (1 unit per page).</summary>
    Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct);

    /// <summary>playlists.list?id=… for up to 50 ids (1 unit). Missing playlists are absent from the answer.</summary>
    Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct);

    /// <summary>playlistItems.list?playlistId=…, 50 per page (1 unit per page).</summary>
    Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct);

    /// <summary>playlistItems.list?playlistId=…&amp;videoId=… (1 unit): the read-back check for one (playlist, video) pair.</summary>
    Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct);

    /// <summary>videos.list?id=… for up to 50 ids (1 unit). Unavailable videos are absent from the answer.</summary>
    Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct);

    /// <summary>playlists.insert (50 units).</summary>
    Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct);

    /// <summary>playlists.update (50 units). Replaces title, description and privacy.</summary>
    Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct);

    /// <summary>playlists.delete (50 units).</summary>
    Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct);

    /// <summary>playlistItems.insert, appended at the end (50 units). A repeated insert creates a second item.</summary>
    Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct);

    /// <summary>playlistItems.delete by item id (50 units).</summary>
    Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct);
}
