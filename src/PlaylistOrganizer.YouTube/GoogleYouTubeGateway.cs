using System.Xml;
using Newtonsoft.Json;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.YouTube.Api;

namespace PlaylistOrganizer.YouTube;

/// <summary>
/// <see cref="IYouTubeGateway"/> over the YouTube Data API v3 (or the emulator, through
/// <see cref="YouTubeClientOptions.BaseUri"/>). Each method sends exactly one HTTP request and never retries.
/// </summary>
/// <remarks>
/// <para>API and network failures come back as <see cref="YouTubeResult{T}.Failure"/> classified by
/// <see cref="YouTubeErrorClassifier"/>, including a token refresh refused with <c>invalid_grant</c>
/// (<see cref="YouTubeErrorKind.AuthRevoked"/>). Cancellation through the caller's token still throws
/// <see cref="OperationCanceledException"/>; a request timeout is <see cref="YouTubeErrorKind.Transient"/>.</para>
/// <para>Argument errors (0 or more than 50 ids) are bugs and throw <see cref="ArgumentOutOfRangeException"/> before any
/// request is sent.</para>
/// <para>Thread-safe, but the engine should send one write at a time per account: parallel writes to one playlist
/// give YouTube 409s and 500s (docs/youtube-facts.md §1.4).</para>
/// </remarks>
public sealed class GoogleYouTubeGateway(YouTubeApiService service) : IYouTubeGateway
{
    /// <summary>The most ids one list request takes (videos.list, playlists.list).</summary>
    public const int MaxIdsPerRequest = 50;

    /// <summary>The usual wiring: a retry-free <see cref="YouTubeApiService"/> for <paramref name="options"/>, authorized
    /// by <paramref name="credential"/> (from <see cref="Auth.YouTubeAuthorization"/>).</summary>
    public static GoogleYouTubeGateway Create(YouTubeClientOptions options, Google.Apis.Http.IConfigurableHttpClientInitializer? credential) =>
        new(YouTubeApiService.Create(options, credential));

    public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) =>
        SendAsync(new ChannelsListRequest(service), response =>
        {
            // An account without a channel answers 200 with no items; retrying cannot help, the user must create one.
            var channel = response.Items?.FirstOrDefault();
            return channel?.Id is { } id
                ? YouTubeResult<ChannelInfo>.Success(new ChannelInfo(new ChannelId(id), channel.Snippet?.Title ?? ""))
                : new YouTubeError(YouTubeErrorKind.Invalid, 200, "noChannel", "The signed-in Google account has no YouTube channel.");
        }, ct);

    public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) =>
        SendAsync(new PlaylistsListRequest(service) { Mine = true, PageToken = NullIfEmpty(pageToken) },
            response => Success(ToPage(response, ToPlaylist)), ct);

    public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct)
    {
        var joined = JoinIds(ids.Select(id => id.Value).ToList(), nameof(ids));
        return SendAsync(new PlaylistsListRequest(service) { Id = joined },
            response => Success<IReadOnlyList<PlaylistInfo>>(Items(response).Select(ToPlaylist).ToList()), ct);
    }

    public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) =>
        SendAsync(new PlaylistItemsListRequest(service, playlistId.Value) { PageToken = NullIfEmpty(pageToken) },
            response => Success(ToPage(response, ToPlaylistItem)), ct);

    /// <remarks>Reads one page of 50: a video present more than 50 times in one playlist is not a case we handle.</remarks>
    public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) =>
        SendAsync(new PlaylistItemsListRequest(service, playlistId.Value) { VideoId = videoId.Value },
            response => Success<IReadOnlyList<PlaylistItemInfo>>(Items(response).Select(ToPlaylistItem).ToList()), ct);

    public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct)
    {
        var joined = JoinIds(ids.Select(id => id.Value).ToList(), nameof(ids));
        return SendAsync(new VideosListRequest(service, joined),
            response => Success<IReadOnlyList<VideoInfo>>(Items(response).Select(ToVideo).ToList()), ct);
    }

    /// <remarks>The answer has no contentDetails part (it is not writable), so <see cref="PlaylistInfo.ItemCount"/> is 0,
    /// which is true for a new playlist.</remarks>
    public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) =>
        SendAsync(new PlaylistsInsertRequest(service, ToWire(null, draft)), response => Success(ToPlaylist(response)), ct);

    /// <remarks>The answer has no contentDetails part, so <see cref="PlaylistInfo.ItemCount"/> is 0 here whatever the
    /// playlist holds; list the playlist to learn its size.</remarks>
    public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) =>
        SendAsync(new PlaylistsUpdateRequest(service, ToWire(id.Value, draft)), response => Success(ToPlaylist(response)), ct);

    public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) =>
        SendAsync(new PlaylistsDeleteRequest(service, id.Value), _ => Success(new Done()), ct);

    public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct)
    {
        // No position: appending avoids 400 manualSortRequired (docs/youtube-facts.md §2.2).
        var body = new PlaylistItemWire
        {
            Snippet = new PlaylistItemSnippetWire
            {
                PlaylistId = playlistId.Value,
                ResourceId = new ResourceIdWire { Kind = "youtube#video", VideoId = videoId.Value },
            },
        };
        return SendAsync(new PlaylistItemsInsertRequest(service, body), response => Success(ToPlaylistItem(response)), ct);
    }

    public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) =>
        SendAsync(new PlaylistItemsDeleteRequest(service, itemId.Value), _ => Success(new Done()), ct);

    // The one place a request is executed: one HTTP request, failures turned into data, cancellation rethrown.
    private static async Task<YouTubeResult<T>> SendAsync<TWire, T>(
        YouTubeRequest<TWire> request, Func<TWire, YouTubeResult<T>> map, CancellationToken ct)
    {
        try
        {
            var response = await request.ExecuteAsync(ct).ConfigureAwait(false);
            return map(response);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var error = YouTubeErrorClassifier.Classify(ex);
            if (error is null)
            {
                throw;
            }

            return error;
        }
    }

    private static YouTubeResult<T> Success<T>(T value) => YouTubeResult<T>.Success(value);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string JoinIds(IReadOnlyList<string> ids, string paramName)
    {
        if (ids.Count is 0 or > MaxIdsPerRequest)
        {
            throw new ArgumentOutOfRangeException(paramName, ids.Count, $"Pass 1 to {MaxIdsPerRequest} ids per request.");
        }

        return string.Join(',', ids);
    }

    private static IEnumerable<TItem> Items<TItem>(ListResponseWire<TItem> response) => response.Items ?? [];

    private static Page<T> ToPage<TItem, T>(ListResponseWire<TItem> response, Func<TItem, T> map)
    {
        var items = Items(response).Select(map).ToList();
        return new Page<T>(items, NullIfEmpty(response.NextPageToken), response.PageInfo?.TotalResults ?? items.Count);
    }

    private static PlaylistWire ToWire(string? id, PlaylistDraft draft) => new()
    {
        Id = id,
        Snippet = new PlaylistSnippetWire { Title = draft.Title, Description = draft.Description },
        Status = new PrivacyStatusWire { PrivacyStatus = draft.Privacy.ToWire() },
    };

    private static PlaylistInfo ToPlaylist(PlaylistWire wire) => new(
        new PlaylistId(Required(wire.Id, "playlist.id")),
        wire.Snippet?.Title ?? "",
        wire.Snippet?.Description ?? "",
        wire.Status?.PrivacyStatus ?? "",
        wire.ContentDetails?.ItemCount ?? 0,
        wire.Snippet?.PublishedAt ?? DateTimeOffset.MinValue,
        wire.ETag ?? "");

    private static PlaylistItemInfo ToPlaylistItem(PlaylistItemWire wire) => new(
        new PlaylistItemId(Required(wire.Id, "playlistItem.id")),
        new PlaylistId(Required(wire.Snippet?.PlaylistId, "playlistItem.snippet.playlistId")),
        new VideoId(Required(wire.Snippet?.ResourceId?.VideoId ?? wire.ContentDetails?.VideoId, "playlistItem.snippet.resourceId.videoId")),
        wire.Snippet?.Position ?? 0,
        wire.Snippet?.PublishedAt ?? DateTimeOffset.MinValue,
        wire.Snippet?.Title ?? "");

    private static VideoInfo ToVideo(VideoWire wire) => new(
        new VideoId(Required(wire.Id, "video.id")),
        wire.Snippet?.Title ?? "",
        wire.Snippet?.ChannelId ?? "",
        wire.Snippet?.ChannelTitle ?? "",
        ParseDuration(wire.ContentDetails?.Duration),
        wire.Snippet?.PublishedAt ?? DateTimeOffset.MinValue,
        wire.Status?.PrivacyStatus ?? "",
        wire.Snippet?.Thumbnails is { } t ? (t.Medium ?? t.High ?? t.Default)?.Url : null)
    {
        Description = wire.Snippet?.Description ?? "",
        Tags = wire.Snippet?.Tags is { Count: > 0 } tags ? tags : [],
        YouTubeCategoryId = wire.Snippet?.CategoryId,
    };

    /// <summary>ISO 8601 ("PT1H2M3S", "P0D" for live streams). An unreadable value gives zero rather than losing the video.</summary>
    internal static TimeSpan ParseDuration(string? iso8601)
    {
        if (string.IsNullOrEmpty(iso8601))
        {
            return TimeSpan.Zero;
        }

        try
        {
            return XmlConvert.ToTimeSpan(iso8601);
        }
        catch (FormatException)
        {
            return TimeSpan.Zero;
        }
    }

    // A success answer without an id cannot be used. For a write the change was probably applied, so this becomes a
    // Transient "malformedResponse" (outcome unknown) through the classifier, and the engine reads back.
    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new JsonSerializationException($"The response has no {field}.") : value;
}
