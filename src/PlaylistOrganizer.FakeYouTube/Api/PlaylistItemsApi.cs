using PlaylistOrganizer.FakeYouTube.Thumbnails;
using System.Text.Json;
using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.State;
using static PlaylistOrganizer.FakeYouTube.Api.PlaylistsApi;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>playlistItems.list / insert / delete.</summary>
public static class PlaylistItemsApi
{
    /// <summary>The item cap per playlist (docs/youtube-facts.md §4: 5,000, from third parties; UNVERIFIED officially).</summary>
    public const int MaxItemsPerPlaylist = 5000;

    private static readonly HashSet<string> Supported = ["id", "snippet", "contentDetails", "status"];

    public static IResult List(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        var playlistId = request.Query("playlistId");
        if (request.QueryList("id") is { Count: > 0 } itemIds) return ListByIds(request, parts, itemIds);
        if (playlistId is null) return GoogleErrors.PlaylistIdRequired().ToResult();

        IReadOnlyList<(PlaylistState Playlist, PlaylistItemState Item, int Position)> matches;
        if (SystemPlaylists.IsPlaceholder(playlistId))
        {
            // Watch Later and history list empty since 2016 (docs/youtube-facts.md §3), whatever the account holds.
            matches = [];
        }
        else
        {
            var playlist = request.Account.FindPlaylist(playlistId);
            if (playlist is null) return GoogleErrors.ItemPlaylistNotFound().ToResult();
            var videoId = request.Query("videoId");
            if (videoId is not null && !request.State.Videos.ContainsKey(videoId))
                return (GoogleErrors.VideoNotFound() with { Location = "videoId", LocationType = "parameter" }).ToResult();
            matches = playlist.ListedItems(request.Now).Select((item, position) => (playlist, item, position))
                .Where(m => videoId is null || m.item.VideoId == videoId).ToList();
        }
        var page = Paging.Slice(request, matches, out error);
        if (page is null) return error!.ToResult();
        var items = page.Items.Select(m => Build(request, m.Playlist, m.Item, m.Position, parts)).ToList();
        var response = new ListResponse<PlaylistItem>("youtube#playlistItemListResponse", "", page.NextPageToken, page.PrevPageToken, page.PageInfo, items);
        var etag = Wire.Etag(response);
        return ApiResults.Ok(request, response with { Etag = etag }, etag);
    }

    private static IResult ListByIds(ApiRequest request, IReadOnlySet<string> parts, IReadOnlyList<string> ids)
    {
        // A list by item id lags like any other list.
        var listed = request.Account.Playlists
            .SelectMany(p => p.ListedItems(request.Now).Select((item, position) => (Playlist: p, Item: item, Position: position)))
            .ToList();
        var items = ids.SelectMany(id => listed.Where(m => m.Item.Id == id).Take(1))
            .Select(m => Build(request, m.Playlist, m.Item, m.Position, parts)).ToList();
        var response = new ListResponse<PlaylistItem>("youtube#playlistItemListResponse", "", null, null, new PageInfo(items.Count, items.Count), items);
        var etag = Wire.Etag(response);
        return ApiResults.Ok(request, response with { Etag = etag }, etag);
    }

    /// <summary>Appends (or inserts at snippet.position). Duplicates are allowed and make a second item (docs/youtube-facts.md §2.4).</summary>
    public static IResult Insert(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        if (request.BodyInvalid) return GoogleErrors.ParseError().ToResult();
        var snippet = Property(request.Body, "snippet");
        var playlistId = StringProperty(snippet, "playlistId");
        if (string.IsNullOrEmpty(playlistId)) return GoogleErrors.PlaylistIdRequired().ToResult();
        if (SystemPlaylists.IsPlaceholder(playlistId)) return GoogleErrors.ItemInsertUnsupported().ToResult();
        var account = request.Account;
        var playlist = account.FindPlaylist(playlistId);
        if (playlist is null) return GoogleErrors.ItemPlaylistNotFound().ToResult();
        if (playlist.IsSystem) return GoogleErrors.ItemInsertUnsupported().ToResult();

        var resourceId = Property(snippet, "resourceId");
        var videoId = StringProperty(resourceId, "videoId");
        if (string.IsNullOrEmpty(videoId)) return GoogleErrors.ResourceIdRequired().ToResult();
        if (StringProperty(resourceId, "kind") is { } kind && kind != "youtube#video") return GoogleErrors.InvalidResourceType().ToResult();

        var video = request.State.Videos.GetValueOrDefault(videoId);
        if (video is null || video.Availability == VideoAvailability.Deleted) return GoogleErrors.VideoNotFound().ToResult();
        if (video.Availability == VideoAvailability.Private && video.ChannelId != account.ChannelId)
            return GoogleErrors.FailedPrecondition().ToResult();
        if (playlist.Items.Count >= MaxItemsPerPlaylist) return GoogleErrors.PlaylistFull().ToResult();
        if (request.State.Realism.ConflictFor(playlist, request.Now) is { } conflict) return conflict.ToResult();

        var position = playlist.Items.Count;
        if (Property(snippet, "position") is { } requested)
        {
            if (requested.ValueKind != JsonValueKind.Number || !requested.TryGetInt32(out position) || position < 0 || position > playlist.Items.Count)
                return GoogleErrors.InvalidPlaylistItemPosition().ToResult();
        }
        var item = new PlaylistItemState(request.State.Ids.NewPlaylistItemId(playlist.Id), videoId, request.Now)
        {
            ListedFrom = request.State.Realism.ListedFrom(request.Now),
        };
        playlist.Items.Insert(position, item);
        var resource = Build(request, playlist, item, position, parts);
        return ApiResults.Ok(request, resource, resource.Etag);
    }

    /// <summary>Takes a playlist-item id, not a video id (docs/youtube-facts.md §2.2).</summary>
    public static IResult Delete(ApiRequest request)
    {
        var id = request.Query("id");
        if (id is null) return GoogleErrors.Required("id").ToResult();
        var found = request.Account.FindItem(id);
        if (found is not { } match) return GoogleErrors.PlaylistItemNotFound().ToResult();
        if (match.Playlist.IsSystem) return GoogleErrors.ItemDeleteUnsupported().ToResult();
        match.Playlist.RemoveItemAt(match.Index, request.Now, request.State.Realism.ListedFrom(request.Now));
        return Results.NoContent();
    }

    private static PlaylistItem Build(ApiRequest request, PlaylistState playlist, PlaylistItemState item, int position, IReadOnlySet<string> parts)
    {
        var account = request.Account;
        var video = request.State.Videos.GetValueOrDefault(item.VideoId);
        // Deleted and other people's private videos stay in playlists as placeholders without owner or publish date.
        var visible = video is not null && (video.Availability is VideoAvailability.Public or VideoAvailability.Unlisted
            || (video.Availability == VideoAvailability.Private && video.ChannelId == account.ChannelId));
        var title = visible ? video!.Title : video?.Availability == VideoAvailability.Private ? "Private video" : "Deleted video";
        var description = visible ? video!.Description : "This video is unavailable.";

        var resource = new PlaylistItem("youtube#playlistItem", "", item.Id,
            parts.Contains("snippet")
                ? new PlaylistItemSnippet(Wire.Time(item.AddedAt), account.ChannelId, title, description,
                    visible ? ThumbnailRoutes.For(request, item.VideoId) : null, account.ChannelTitle, playlist.Id, position,
                    new ResourceId("youtube#video", item.VideoId), visible ? video!.ChannelTitle : null, visible ? video!.ChannelId : null)
                : null,
            parts.Contains("contentDetails") ? new PlaylistItemContentDetails(item.VideoId, visible ? Wire.Time(video!.PublishedAt) : null) : null,
            parts.Contains("status") ? new PlaylistItemStatus(visible ? VideoPrivacy(video!) : "privacyStatusUnspecified") : null);
        return resource with { Etag = Wire.Etag(resource) };
    }

    internal static string VideoPrivacy(VideoSnapshot video) => video.Availability switch
    {
        VideoAvailability.Unlisted => "unlisted",
        VideoAvailability.Private => "private",
        _ => "public",
    };

    public sealed record PlaylistItem(string Kind, string Etag, string Id, PlaylistItemSnippet? Snippet,
        PlaylistItemContentDetails? ContentDetails, PlaylistItemStatus? Status);

    public sealed record PlaylistItemSnippet(string PublishedAt, string ChannelId, string Title, string Description,
        Dictionary<string, Thumbnail>? Thumbnails, string ChannelTitle, string PlaylistId, int Position, ResourceId ResourceId,
        string? VideoOwnerChannelTitle, string? VideoOwnerChannelId);

    public sealed record PlaylistItemContentDetails(string VideoId, string? VideoPublishedAt);

    public sealed record PlaylistItemStatus(string PrivacyStatus);
}
