using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>
/// The one place that charges the quota ledger: charges each call as it is sent, sends it through the connected
/// account's gateway, settles the charge with the answer and tells the observers, before handing the outcome back.
/// Everything in the app reaches YouTube through this decorator.
/// </summary>
/// <remarks>
/// A call once sent runs to its answer (or the client's request timeout) even if the caller stops meanwhile: a request
/// cut off halfway may or may not have reached YouTube, and then nobody could say what it did or cost. The caller's
/// token is honoured up to the moment of sending, and by the caller right after.
/// </remarks>
public sealed class MeteredYouTubeGateway(IYouTubeConnection connection, QuotaLedger ledger, IEnumerable<IYouTubeCallObserver> observers) : IYouTubeGateway
{
    private static readonly YouTubeError NotConnected = new(YouTubeErrorKind.AuthRevoked, null, "notConnected",
        "No YouTube account is connected. Connect your account first.");

    private readonly IYouTubeCallObserver[] observers = observers.ToArray();

    private async Task<YouTubeResult<T>> Metered<T>(YouTubeMethod method, Func<IYouTubeGateway, CancellationToken, Task<YouTubeResult<T>>> call, CancellationToken ct)
    {
        // Without a connection no request is sent: nothing to charge or observe.
        if (await connection.GetGatewayAsync(CancellationToken.None) is not { } inner) return NotConnected;
        ct.ThrowIfCancellationRequested();
        var sent = await ledger.ChargeSendingAsync(method, CancellationToken.None);
        var result = await call(inner, CancellationToken.None);
        await ledger.SettleAsync(sent, result.Error, CancellationToken.None);
        foreach (var observer in observers)
        {
            await observer.OnCallCompletedAsync(method, result.Error, CancellationToken.None);
        }
        return result;
    }

    public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) =>
        Metered(YouTubeMethod.ChannelsList, (g, token) => g.GetMyChannelAsync(token), ct);

    public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, (g, token) => g.ListMyPlaylistsAsync(pageToken, token), ct);

    public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsList, (g, token) => g.GetPlaylistsAsync(ids, token), ct);

    public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, (g, token) => g.ListPlaylistItemsAsync(playlistId, pageToken, token), ct);

    public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsList, (g, token) => g.FindPlaylistItemsAsync(playlistId, videoId, token), ct);

    public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct) =>
        Metered(YouTubeMethod.VideosList, (g, token) => g.GetVideosAsync(ids, token), ct);

    public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsInsert, (g, token) => g.InsertPlaylistAsync(draft, token), ct);

    public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsUpdate, (g, token) => g.UpdatePlaylistAsync(id, draft, token), ct);

    public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistsDelete, (g, token) => g.DeletePlaylistAsync(id, token), ct);

    public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsInsert, (g, token) => g.InsertPlaylistItemAsync(playlistId, videoId, token), ct);

    public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) =>
        Metered(YouTubeMethod.PlaylistItemsDelete, (g, token) => g.DeletePlaylistItemAsync(itemId, token), ct);
}
