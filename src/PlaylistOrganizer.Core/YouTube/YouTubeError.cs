namespace PlaylistOrganizer.Core.YouTube;

/// <summary>What the sync engine must decide about a failed call. One classifier (in the YouTube project) maps an HTTP
/// status plus <c>error.errors[0].reason</c> to exactly one kind.</summary>
public enum YouTubeErrorKind
{
    /// <summary>The day's quota is spent (403 quotaExceeded / dailyLimitExceeded, 429 "Quota exceeded for quota metric"). Pause until the Pacific reset.</summary>
    QuotaExceeded,
    /// <summary>Slow down (403/429 rateLimitExceeded, userRateLimitExceeded; 429 on playlist creation). Back off.</summary>
    RateLimited,
    /// <summary>The access token was refused and could not be refreshed, or the refresh token is revoked/expired (invalid_grant). The user must reconnect.</summary>
    AuthRevoked,
    /// <summary>The token lacks the write scope (403 insufficientPermissions). The user must reconnect granting it.</summary>
    InsufficientScope,
    /// <summary>The playlist does not exist (404 playlistNotFound).</summary>
    PlaylistNotFound,
    /// <summary>The playlist item does not exist (404 playlistItemNotFound).</summary>
    PlaylistItemNotFound,
    /// <summary>The video is gone, private or otherwise unavailable (404 videoNotFound, 400 failedPrecondition).</summary>
    VideoUnavailable,
    /// <summary>The playlist holds the maximum number of items (403 playlistContainsMaximumNumberOfVideos).</summary>
    PlaylistFull,
    /// <summary>The operation is not allowed on that playlist (400 playlistOperationUnsupported: Watch Later, uploads…), or forbidden (403).</summary>
    Forbidden,
    /// <summary>The request itself is wrong (400 invalidPlaylistSnippet, playlistTitleRequired, invalid parameters…). Retrying cannot help.</summary>
    Invalid,
    /// <summary>A server or network failure (5xx, timeout, dropped connection). For writes the outcome is unknown and must be reconciled by reading back.</summary>
    Transient,
    /// <summary>The request never reached YouTube (connection refused, name not resolved, TLS handshake failed): nothing
    /// was applied or charged. Passing, like <see cref="Transient"/>, but a write can be resent without reading back.</summary>
    Unreachable,
}

public static class YouTubeErrorKinds
{
    /// <summary>The credentials were refused (revoked, expired, or without the write scope): the user must reconnect.</summary>
    public static bool NeedsReconnect(this YouTubeErrorKind kind) => kind is YouTubeErrorKind.AuthRevoked or YouTubeErrorKind.InsufficientScope;
}

/// <summary>A classified failure of one call. Keeps the raw status, reason and message for the report.</summary>
/// <param name="HttpStatus">The HTTP status, or null when no response arrived (timeout, dropped connection).</param>
/// <param name="Reason">errors[0].reason from Google's error body, or the OAuth error code, or a local code such as "timeout".</param>
/// <param name="Message">Human-readable, with any HTML removed.</param>
public sealed record YouTubeError(YouTubeErrorKind Kind, int? HttpStatus, string Reason, string Message)
{
    /// <summary>True when a write may have been applied even though it failed (no response, or a 5xx after the server may have committed).</summary>
    public bool OutcomeUnknown => Kind == YouTubeErrorKind.Transient;

    /// <summary>True when YouTube refused the credentials themselves: nothing more can be done until the user reconnects.</summary>
    public bool NeedsReconnect => Kind.NeedsReconnect();

    public override string ToString() => HttpStatus is { } status ? $"{status} {Reason}: {Message}" : $"{Reason}: {Message}";
}
