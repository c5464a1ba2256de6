namespace PlaylistOrganizer.FakeYouTube.Errors;

/// <summary>
/// Every error the emulator can answer, named by its reason. Status, domain and message follow
/// docs/youtube-facts.md §2 (per-method tables and the general table); where the facts file marks a detail
/// UNVERIFIED the choice is noted here so it is easy to change.
/// </summary>
public static class GoogleErrors
{
    // --- authentication and authorisation (docs/youtube-facts.md §2.3) ---
    public static GoogleError LoginRequired() => new(401, "required", "global", "Login Required.", "Authorization", "header",
        "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.");

    public static GoogleError InvalidCredentials() => new(401, "authError", "global", "Invalid Credentials", "Authorization", "header",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");

    public static GoogleError InsufficientPermissions() => new(403, "insufficientPermissions", "global", "Insufficient Permission",
        TopMessage: "Request had insufficient authentication scopes.");

    // --- quota and rate limits (docs/youtube-facts.md §1, §2.3) ---
    public static GoogleError QuotaExceeded() => new(403, "quotaExceeded", "youtube.quota",
        "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.");

    public const string TooManyPlaylistsMessage = "You are creating too many playlists. Please wait a while before creating further playlists.";

    /// <summary>
    /// The playlist-creation limit (facts §1.5, §8). The message is the one users report; the Data API's reason and
    /// domain are unknown, so the 429 uses global/rateLimitExceeded. The 400 variant (sigma67/spotify_to_ytmusic#82,
    /// linsomniac/spotify_to_ytmusic#75: "HTTP 400: Bad Request. You are creating too many playlists…") is reported
    /// with its message only; badRequest/global is our guess (UNVERIFIED).
    /// </summary>
    public static GoogleError TooManyPlaylists(int status) => status == 400
        ? new(400, "badRequest", "global", TooManyPlaylistsMessage)
        : new(429, "rateLimitExceeded", "global", TooManyPlaylistsMessage);

    public static GoogleError RateLimited() => new(429, "rateLimitExceeded", "global",
        "The request cannot be completed because you have exceeded your rate limit. Please retry later.");

    // --- 409 bursts on rapid inserts into one playlist (facts §1.4, §8). Community sync code retries a 409 whose body
    // says ABORTED, SERVICE_UNAVAILABLE or youtube.CoreErrorDomain; no full real body was found, so each of these
    // carries one of those markers (UNVERIFIED beyond that). ---
    public static GoogleError ConflictAborted() => new(409, "aborted", "global", "The operation was aborted.", GrpcStatus: "ABORTED");

    public static GoogleError ConflictServiceUnavailable() => new(409, "SERVICE_UNAVAILABLE", "global",
        "The service is currently unavailable.", GrpcStatus: "ABORTED");

    public static GoogleError ConflictCoreErrorDomain() => new(409, "conflict", "youtube.CoreErrorDomain",
        "The operation was aborted because of a conflict.");

    // --- server trouble (injected faults) ---
    public static GoogleError BackendError500() => new(500, "backendError", "global", "Backend Error");

    public static GoogleError BackendError503() => new(503, "backendError", "global",
        "The service is currently unavailable.");

    // --- parameters ---
    public static GoogleError Required(string parameter) => new(400, "required", "global", "Required parameter: " + parameter, parameter, "parameter");

    public static GoogleError UnknownPart(string part) => new(400, "unknownPart", "youtube.part", $"'{part}'", "part", "parameter");

    public static GoogleError InvalidParameter(string parameter, string message) => new(400, "invalidParameter", "youtube.parameter", message, parameter, "parameter");

    public static GoogleError MissingFilter(string expected) => new(400, "missingRequiredParameter", "youtube.parameter",
        $"No filter selected. Expected one of: {expected}", "parameters", "other");

    public static GoogleError InvalidPageToken() => new(400, "invalidPageToken", "youtube.parameter",
        "The request specifies an invalid page token.", "pageToken", "parameter");

    public static GoogleError ParseError() => new(400, "parseError", "global", "Parse Error");

    // --- playlists (docs/youtube-facts.md §2.2) ---
    public static GoogleError PlaylistNotFound(string location = "id") => new(404, "playlistNotFound", "youtube.playlist",
        "The playlist identified with the request's <code>id</code> parameter cannot be found.", location, "parameter");

    public static GoogleError PlaylistTitleRequired() => new(400, "playlistTitleRequired", "youtube.playlist",
        "The request must specify a playlist title.", "body.snippet.title", "other");

    public static GoogleError InvalidPlaylistSnippet() => new(400, "invalidPlaylistSnippet", "youtube.playlist",
        "The request provides an invalid playlist snippet.", "body.snippet", "other");

    public static GoogleError InvalidPrivacyStatus() => new(400, "invalidPlaylistSnippet", "youtube.playlist",
        "The request specifies an invalid privacy status.", "body.status.privacyStatus", "other");

    public static GoogleError PlaylistOperationUnsupported() => new(400, "playlistOperationUnsupported", "youtube.playlist",
        "The API does not support the ability to perform this operation on the specified playlist.", "id", "parameter");

    // --- playlist items (docs/youtube-facts.md §2.2, §3) ---
    public static GoogleError PlaylistIdRequired() => new(400, "playlistIdRequired", "youtube.playlistItem",
        "The request must specify a playlist ID.", "playlistId", "parameter");

    public static GoogleError ItemPlaylistNotFound() => new(404, "playlistNotFound", "youtube.playlistItem",
        "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.", "playlistId", "parameter");

    /// <summary>The body observed for inserts into Watch Later and other refused playlists (docs/youtube-facts.md §3).</summary>
    public static GoogleError ItemInsertUnsupported() => new(400, "playlistOperationUnsupported", "youtube.playlistItem",
        "The API does not support the ability to insert videos into the specified playlist.", "playlistId", "parameter");

    public static GoogleError ItemDeleteUnsupported() => new(400, "playlistOperationUnsupported", "youtube.playlistItem",
        "The API does not support the ability to delete videos from the specified playlist.", "id", "parameter");

    public static GoogleError ResourceIdRequired() => new(400, "resourceIdRequired", "youtube.playlistItem",
        "The request must contain a resource in which the <code>kind</code>, and <code>videoId</code> properties are set.", "body.snippet.resourceId", "other");

    public static GoogleError InvalidResourceType() => new(400, "invalidResourceType", "youtube.playlistItem",
        "The type ID specified in the resource is not supported.", "body.snippet.resourceId.kind", "other");

    public static GoogleError InvalidPlaylistItemPosition() => new(400, "invalidPlaylistItemPosition", "youtube.playlistItem",
        "Request contains an invalid playlist item position.", "body.snippet.position", "other");

    public static GoogleError VideoNotFound() => new(404, "videoNotFound", "youtube.playlistItem",
        "Video not found.", "body.snippet.resourceId.videoId", "other");

    /// <summary>A private video of another channel (docs/youtube-facts.md §2.2 [obs]: tournesol PR #1485).</summary>
    public static GoogleError Forbidden() => new(403, "forbidden", "youtube.playlistItem",
        "The request is not properly authorized to modify the specified playlist.");

    public static GoogleError FailedPrecondition() => new(400, "failedPrecondition", "global", "Precondition check failed.");

    public static GoogleError PlaylistFull() => new(403, "playlistContainsMaximumNumberOfVideos", "youtube.playlistItem",
        "The playlist already contains the maximum allowed number of items.", "body.snippet.playlistId", "other");

    public static GoogleError PlaylistItemNotFound() => new(404, "playlistItemNotFound", "youtube.playlistItem",
        "Playlist item not found.", "id", "parameter");
}
