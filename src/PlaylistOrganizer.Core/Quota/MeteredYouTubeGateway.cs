using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>
/// The one place that charges the quota ledger: wraps the real gateway and tells every observer (the ledger first)
/// about every request it makes, success or failure, before handing the outcome back. Everything in the app reaches
/// YouTube through this decorator.
/// </summary>
public sealed class MeteredYouTubeGateway(IYouTubeGateway inner, QuotaClock clock, IEnumerable<IYouTubeCallObserver> observers) : IYouTubeGateway
{
    private readonly IYouTubeCallObserver[] observers = observers.ToArray();

    private async Task<YouTubeResult<T>> Metered<T>(YouTubeMethod method, Func<Task<YouTubeResult<T>>> call)
    {
        var sentAt = clock.Now;
        var result = await call();
        // Record even if the caller cancelled meanwhile: the request already went out.
        foreach (var observer in observers)
        {
            await observer.OnCallCompletedAsync(method, sentAt, result.Error, CancellationToken.None);
        }
        return result;
    }

    public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) =>
        Metered(YouTubeMethod.ChannelsList, () => inner.GetMyChannelAsync(ct));

    public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, () => inner.ListMyPlaylistsAsync(pageToken, ct));

    public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, () => inner.GetPlaylistsAsync(ids, ct));

    public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, () => inner.ListPlaylistItemsAsync(playlistId, pageToken, ct));

    public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, () => inner.FindPlaylistItemsAsync(playlistId, videoId, ct));

    public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.VideosList, () => inner.GetVideosAsync(ids, ct));

    public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsInsert, () => inner.InsertPlaylistAsync(draft, ct));

    public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsUpdate, () => inner.UpdatePlaylistAsync(id, draft, ct));

    public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsDelete, () => inner.DeletePlaylistAsync(id, ct));

    public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsInsert, () => inner.InsertPlaylistItemAsync(playlistId, videoId, ct));

    public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsDelete, () => inner.DeletePlaylistItemAsync(itemId, ct));
}
