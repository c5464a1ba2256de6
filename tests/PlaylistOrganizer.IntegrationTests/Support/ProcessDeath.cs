using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>
/// Simulates the app's process being killed while a request is out. Once armed, the chosen call reaches YouTube (the
/// emulator applies and charges it) and its caller never hears back: no line of the app runs after it, as after a
/// <c>kill -9</c>. Every later call hangs the same way. Follow with <see cref="OrganizerApp.RestartAsync"/>.
/// </summary>
/// <remarks>It sits below the metered gateway, so the ledger's charge is written (as before any real request) and
/// never settled, and the journal row stays in flight: exactly what a killed process leaves in the database.</remarks>
public sealed class ProcessDeath
{
    private readonly TaskCompletionSource died = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int callsUntilDeath = int.MaxValue;
    private YouTubeMethod? counted;

    /// <summary>Completes when the process "died".</summary>
    public Task Died => died.Task;

    /// <summary>The <paramref name="calls"/>-th call from now (of <paramref name="method"/> only, if given) is the last
    /// one YouTube gets; nobody sees its answer.</summary>
    public void DieDuringCall(int calls, YouTubeMethod? method = null)
    {
        counted = method;
        Volatile.Write(ref callsUntilDeath, calls);
    }

    public void Disarm() => Volatile.Write(ref callsUntilDeath, int.MaxValue);

    private async Task<T> PassAsync<T>(YouTubeMethod method, Func<Task<T>> call)
    {
        if (died.Task.IsCompleted) await Never();
        var result = await call();
        if ((counted is null || counted == method) && Interlocked.Decrement(ref callsUntilDeath) == 0)
        {
            died.TrySetResult();
            await Never();
        }
        return result;
    }

    private static Task Never() => new TaskCompletionSource().Task;

    /// <summary>The connection the app uses, with every gateway it hands out subject to this death.</summary>
    public IYouTubeConnection Around(IYouTubeConnection connection) => new Connection(connection, this);

    private sealed class Connection(IYouTubeConnection inner, ProcessDeath death) : IYouTubeConnection
    {
        public async Task<IYouTubeGateway?> GetGatewayAsync(CancellationToken ct) =>
            await inner.GetGatewayAsync(ct) is { } gateway ? new Gateway(gateway, death) : null;
    }

    private sealed class Gateway(IYouTubeGateway inner, ProcessDeath death) : IYouTubeGateway
    {
        public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.ChannelsList, () => inner.GetMyChannelAsync(ct));

        public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistsList, () => inner.ListMyPlaylistsAsync(pageToken, ct));

        public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistsList, () => inner.GetPlaylistsAsync(ids, ct));

        public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistItemsList, () => inner.ListPlaylistItemsAsync(playlistId, pageToken, ct));

        public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistItemsList, () => inner.FindPlaylistItemsAsync(playlistId, videoId, ct));

        public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.VideosList, () => inner.GetVideosAsync(ids, ct));

        public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistsInsert, () => inner.InsertPlaylistAsync(draft, ct));

        public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistsUpdate, () => inner.UpdatePlaylistAsync(id, draft, ct));

        public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistsDelete, () => inner.DeletePlaylistAsync(id, ct));

        public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistItemsInsert, () => inner.InsertPlaylistItemAsync(playlistId, videoId, ct));

        public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) =>
            death.PassAsync(YouTubeMethod.PlaylistItemsDelete, () => inner.DeletePlaylistItemAsync(itemId, ct));
    }
}
