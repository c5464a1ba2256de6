using PlaylistOrganizer.FakeYouTube.Thumbnails;
using System.Text.Json;
using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>playlists.list / insert / update / delete.</summary>
public static class PlaylistsApi
{
    private static readonly HashSet<string> Supported = ["id", "snippet", "status", "contentDetails"];

    public static IResult List(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        var account = request.Account;
        var ids = request.QueryList("id");
        List<PlaylistState> matches;
        if (ids.Count > 0)
            // By id any playlist of the account is found, system lists included; unknown ids are simply absent.
            matches = ids.Select(account.FindPlaylist).OfType<PlaylistState>().Where(p => p.ListedFrom <= request.Now).ToList();
        else if (request.Query("mine") == "true")
            // UNVERIFIED whether mine=true returns likes/uploads (docs/youtube-facts.md §4); the emulator returns only the user's own
            // playlists, so clients must not plan on seeing system lists here.
            matches = account.Playlists.Where(p => !p.IsSystem && p.ListedFrom <= request.Now).ToList();
        else
            return GoogleErrors.MissingFilter("channelId, id, mine").ToResult();

        var page = Paging.Slice(request, matches, out error);
        if (page is null) return error!.ToResult();
        var items = page.Items.Select(p => Build(request, p, p.ListedItems(request.Now), parts)).ToList();
        var response = new ListResponse<Playlist>("youtube#playlistListResponse", "", page.NextPageToken, page.PrevPageToken, page.PageInfo, items);
        var etag = Wire.Etag(response);
        return ApiResults.Ok(request, response with { Etag = etag }, etag);
    }

    public static IResult Insert(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        if (request.BodyInvalid) return GoogleErrors.ParseError().ToResult();
        var body = request.Body;
        var snippet = Property(body, "snippet");
        var title = StringProperty(snippet, "title");
        if (string.IsNullOrWhiteSpace(title)) return GoogleErrors.PlaylistTitleRequired().ToResult();
        var description = StringProperty(snippet, "description") ?? "";
        if (!PlaylistRules.IsValid(title, description)) return GoogleErrors.InvalidPlaylistSnippet().ToResult();
        // YouTube creates a public playlist when status.privacyStatus is left out.
        var privacy = StringProperty(Property(body, "status"), "privacyStatus") ?? "public";
        if (!PlaylistRules.IsPrivacyStatus(privacy)) return GoogleErrors.InvalidPrivacyStatus().ToResult();

        var account = request.Account;
        if (account.Quota.PlaylistCapReached) return GoogleErrors.TooManyPlaylists(account.Quota.PlaylistCreateCapStatusCode).ToResult();
        var playlist = new PlaylistState
        {
            Id = request.State.Ids.NewPlaylistId(), Title = title, Description = description, PrivacyStatus = privacy,
            Kind = PlaylistKind.Regular, PublishedAt = request.Now, ListedFrom = request.State.Realism.ListedFrom(request.Now),
        };
        account.Playlists.Insert(0, playlist);
        account.Quota.RecordPlaylistCreated();
        var resource = Build(request, playlist, playlist.Items, parts);
        return ApiResults.Ok(request, resource, resource.Etag);
    }

    /// <summary>An update replaces the parts it names: an omitted description is cleared, as on YouTube (docs/youtube-facts.md §2.2).</summary>
    public static IResult Update(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        if (request.BodyInvalid) return GoogleErrors.ParseError().ToResult();
        var body = request.Body;
        var id = StringProperty(body, "id");
        if (string.IsNullOrEmpty(id)) return GoogleErrors.Required("id").ToResult();
        var account = request.Account;
        var playlist = account.FindPlaylist(id);
        if (playlist is null) return GoogleErrors.PlaylistNotFound().ToResult();
        if (playlist.IsSystem) return GoogleErrors.PlaylistOperationUnsupported().ToResult();

        string? privacy = null;
        if (parts.Contains("status"))
        {
            privacy = StringProperty(Property(body, "status"), "privacyStatus") ?? playlist.PrivacyStatus;
            if (!PlaylistRules.IsPrivacyStatus(privacy)) return GoogleErrors.InvalidPrivacyStatus().ToResult();
        }
        string? title = null, description = null;
        if (parts.Contains("snippet"))
        {
            var snippet = Property(body, "snippet");
            title = StringProperty(snippet, "title");
            if (string.IsNullOrWhiteSpace(title)) return GoogleErrors.PlaylistTitleRequired().ToResult();
            description = StringProperty(snippet, "description") ?? "";
            if (!PlaylistRules.IsValid(title, description)) return GoogleErrors.InvalidPlaylistSnippet().ToResult();
        }
        if (title is not null) playlist.Title = title;
        if (description is not null) playlist.Description = description;
        if (privacy is not null) playlist.PrivacyStatus = privacy;
        var resource = Build(request, playlist, playlist.Items, parts);
        return ApiResults.Ok(request, resource, resource.Etag);
    }

    public static IResult Delete(ApiRequest request)
    {
        var id = request.Query("id");
        if (id is null) return GoogleErrors.Required("id").ToResult();
        var account = request.Account;
        if (SystemPlaylists.IsPlaceholder(id)) return GoogleErrors.PlaylistOperationUnsupported().ToResult();
        var playlist = account.FindPlaylist(id);
        if (playlist is null) return GoogleErrors.PlaylistNotFound().ToResult();
        if (playlist.IsSystem) return GoogleErrors.PlaylistOperationUnsupported().ToResult();
        account.Playlists.Remove(playlist);
        return Results.NoContent();
    }

    /// <param name="items">The items the answer describes: the truth for a write's answer, the listed ones for a list.</param>
    private static Playlist Build(ApiRequest request, PlaylistState p, IReadOnlyList<PlaylistItemState> items, IReadOnlySet<string> parts)
    {
        var account = request.Account;
        var playlist = new Playlist("youtube#playlist", "", p.Id,
            parts.Contains("snippet")
                ? new PlaylistSnippet(Wire.Time(p.PublishedAt), account.ChannelId, p.Title, p.Description,
                    items.Count > 0 ? ThumbnailRoutes.For(request, items[0].VideoId) : null, account.ChannelTitle, new Localized(p.Title, p.Description))
                : null,
            parts.Contains("status") ? new PlaylistStatus(p.PrivacyStatus) : null,
            parts.Contains("contentDetails") ? new PlaylistContentDetails(items.Count) : null);
        return playlist with { Etag = Wire.Etag(playlist) };
    }

    internal static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    internal static string? StringProperty(JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public sealed record Playlist(string Kind, string Etag, string Id, PlaylistSnippet? Snippet, PlaylistStatus? Status, PlaylistContentDetails? ContentDetails);

    public sealed record PlaylistSnippet(string PublishedAt, string ChannelId, string Title, string Description,
        Dictionary<string, Thumbnail>? Thumbnails, string ChannelTitle, Localized Localized);

    public sealed record PlaylistStatus(string PrivacyStatus);

    public sealed record PlaylistContentDetails(int ItemCount);
}
