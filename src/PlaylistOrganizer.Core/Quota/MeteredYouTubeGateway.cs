using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>
/// The one place that charges the quota ledger: sends each call through the connected account's gateway and tells every
/// observer (the ledger first) about every request, success or failure, before handing the outcome back. Everything in
/// the app reaches YouTube through this decorator.
/// </summary>
public sealed class MeteredYouTubeGateway(IYouTubeConnection connection, QuotaClock clock, IEnumerable<IYouTubeCallObserver> observers) : IYouTubeGateway
{
    private static readonly YouTubeError NotConnected = new(YouTubeErrorKind.AuthRevoked, null, "notConnected",
        "No YouTube account is connected. Connect your account first.");

    private readonly IYouTubeCallObserver[] observers = observers.ToArray();

    private async Task<YouTubeResult<T>> Metered<T>(YouTubeMethod method, Func<IYouTubeGateway, Task<YouTubeResult<T>>> call)
    {
        // Without a connection no request is sent: nothing to charge or observe.
        if (await connection.GetGatewayAsync(CancellationToken.None) is not { } inner) return NotConnected;
        var sentAt = clock.Now;
        YouTubeResult<T> result;
        try
        {
            result = await call(inner);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the answer (server shutdown, user cancel): the request has most likely reached
            // YouTube, which charges it whether or not anyone reads the answer (facts §1.3). Charge it, so the ledger
            // never believes more quota is left than YouTube does, then let the cancellation go on.
            await NotifyAsync(method, sentAt, Cancelled);
            throw;
        }
        // Record even if the caller cancelled meanwhile: the request already went out.
        await NotifyAsync(method, sentAt, result.Error);
        return result;
    }

    private static readonly YouTubeError Cancelled = new(YouTubeErrorKind.Transient, null, "cancelled",
        "Stopped before YouTube's answer arrived; the request may have been applied.");

    private async Task NotifyAsync(YouTubeMethod method, DateTimeOffset sentAt, YouTubeError? error)
    {
        foreach (var observer in observers)
        {
            await observer.OnCallCompletedAsync(method, sentAt, error, CancellationToken.None);
        }
    }

    public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) =>
        Metered(YouTubeMethod.ChannelsList, g => g.GetMyChannelAsync(ct));

    public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, g => g.ListMyPlaylistsAsync(pageToken, ct));

    public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, g => g.GetPlaylistsAsync(ids, ct));

    public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, g => g.ListPlaylistItemsAsync(playlistId, pageToken, ct));

    public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, g => g.FindPlaylistItemsAsync(playlistId, videoId, ct));

    public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.VideosList, g => g.GetVideosAsync(ids, ct));

    public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsInsert, g => g.InsertPlaylistAsync(draft, ct));

    public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsUpdate, g => g.UpdatePlaylistAsync(id, draft, ct));

    public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsDelete, g => g.DeletePlaylistAsync(id, ct));

    public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(playlistId, videoId, ct));

    public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsDelete, g => g.DeletePlaylistItemAsync(itemId, ct));
}
