using System.Net;
using System.Text.RegularExpressions;
using Google;
using Google.Apis.Auth.OAuth2.Responses;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.YouTube;

/// <summary>
/// The one place that turns a failed call into a <see cref="YouTubeError"/> with exactly one
/// <see cref="YouTubeErrorKind"/>. Classifies by HTTP status together with <c>error.errors[0].reason</c>, because the
/// same reason (e.g. <c>rateLimitExceeded</c>) arrives as 403 or 429 (docs/youtube-facts.md §2).
/// </summary>
/// <remarks>
/// Rules are tried in the order written in <see cref="ClassifyApiError"/>; the first match wins. Anything not listed falls
/// to the most cautious kind for its status class: 5xx → Transient, other 4xx → Invalid (retrying cannot help).
/// Thread-safe (stateless).
/// </remarks>
public static partial class YouTubeErrorClassifier
{
    /// <summary>Prefix of the 2026 per-metric quota message carried by a 429 (docs/youtube-facts.md §1.1).</summary>
    public const string QuotaMetricMessagePrefix = "Quota exceeded for quota metric";

    /// <summary>What YouTube says when a channel created too many playlists today (docs/youtube-facts.md §1.5, §8).</summary>
    public const string PlaylistCreationCapMessage = "You are creating too many playlists";

    private const int MaxMessageLength = 500;

    /// <summary>
    /// Classifies an exception thrown while making one call. Returns null for exceptions that are not API or network
    /// failures (bugs, cancellation): the caller lets those propagate.
    /// </summary>
    public static YouTubeError? Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            GoogleApiException api => FromApiException(api),
            TokenResponseException token => FromTokenException(token),
            // HttpClient's own timeout surfaces as TaskCanceledException (the caller's token was not cancelled; the
            // gateway rethrows real cancellations before classifying). The request may have reached YouTube.
            TaskCanceledException or TimeoutException => new YouTubeError(
                YouTubeErrorKind.Transient, null, "timeout", "No response within the request timeout; the outcome is unknown."),
            HttpRequestException http when http.StatusCode is { } status => new YouTubeError(
                ClassifyApiError((int)status, null, null, null), (int)status, "httpError", CleanMessage(http.Message)),
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => new YouTubeError(
                YouTubeErrorKind.Unreachable, null, "unreachable",
                "YouTube could not be reached; nothing was sent. " + CleanMessage(exception.Message)),
            HttpRequestException or IOException => new YouTubeError(
                YouTubeErrorKind.Transient, null, "networkError",
                "The connection failed before a response arrived; the outcome is unknown. " + CleanMessage(exception.Message)),
            // A success status with a body we cannot read: a write may have been applied, so the outcome is unknown.
            JsonException => new YouTubeError(
                YouTubeErrorKind.Transient, null, "malformedResponse", "The response could not be read: " + CleanMessage(exception.Message)),
            _ => null,
        };
    }

    /// <summary>The classification table for a Google API error response.</summary>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="reason"><c>error.errors[0].reason</c>, if any.</param>
    /// <param name="message"><c>error.message</c>, if any.</param>
    /// <param name="status">The gRPC-style <c>error.status</c> (e.g. <c>ABORTED</c>), if any. Optional in real answers.</param>
    /// <param name="domain"><c>error.errors[0].domain</c>, if any.</param>
    public static YouTubeErrorKind ClassifyApiError(int httpStatus, string? reason, string? message, string? status, string? domain = null)
    {
        reason ??= "";
        message ??= "";
        return (httpStatus, reason) switch
        {
            // Quota first: a spent day must pause the run, whatever the status says.
            (_, "quotaExceeded" or "dailyLimitExceeded") => YouTubeErrorKind.QuotaExceeded,
            (429, _) when message.StartsWith(QuotaMetricMessagePrefix, StringComparison.OrdinalIgnoreCase) => YouTubeErrorKind.QuotaExceeded,
            // The playlist-creation cap is known by its message: it has come back as 429 and as 400 (facts §8), and a
            // 400 taken for a permanent refusal would be retried on the next stage instead of waiting for the next day.
            (_, _) when message.Contains(PlaylistCreationCapMessage, StringComparison.OrdinalIgnoreCase) => YouTubeErrorKind.RateLimited,
            (_, "rateLimitExceeded" or "userRateLimitExceeded" or "RATE_LIMIT_EXCEEDED") => YouTubeErrorKind.RateLimited,
            (429, _) => YouTubeErrorKind.RateLimited,

            (401, _) => YouTubeErrorKind.AuthRevoked,
            (403, "insufficientPermissions") => YouTubeErrorKind.InsufficientScope,

            (404, "playlistNotFound") => YouTubeErrorKind.PlaylistNotFound,
            (404, "playlistItemNotFound") => YouTubeErrorKind.PlaylistItemNotFound,
            (404, "videoNotFound") => YouTubeErrorKind.VideoUnavailable,
            (400, "failedPrecondition") => YouTubeErrorKind.VideoUnavailable,

            (403, "playlistContainsMaximumNumberOfVideos") => YouTubeErrorKind.PlaylistFull,
            (400, "playlistOperationUnsupported") => YouTubeErrorKind.Forbidden,
            (403, _) => YouTubeErrorKind.Forbidden, // playlistForbidden, playlistItemsNotAccessible, forbidden, channelClosed…

            // YouTube's 409s under load are transient (docs/youtube-facts.md §1.4); other conflicts are not.
            (409, _) when IsAbortedConflict(reason, status) || IsCoreErrorDomain(domain) => YouTubeErrorKind.Transient,
            (>= 500 and <= 599, _) => YouTubeErrorKind.Transient,

            _ => YouTubeErrorKind.Invalid, // other 400s, other 404s, 409 conflict/duplicate, 412…
        };
    }

    /// <summary>A conflict raised by YouTube's backend itself, which sync tools retry (facts §1.4).</summary>
    private static bool IsCoreErrorDomain(string? domain) =>
        domain is not null && domain.EndsWith("CoreErrorDomain", StringComparison.OrdinalIgnoreCase);

    private static bool IsAbortedConflict(string reason, string? status) =>
        string.Equals(status, "ABORTED", StringComparison.OrdinalIgnoreCase)
        || string.Equals(status, "SERVICE_UNAVAILABLE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(reason, "SERVICE_UNAVAILABLE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(reason, "ABORTED", StringComparison.OrdinalIgnoreCase)
        || string.Equals(reason, "aborted", StringComparison.OrdinalIgnoreCase);

    private static YouTubeError FromApiException(GoogleApiException ex)
    {
        var httpStatus = (int)ex.HttpStatusCode;
        var first = ex.Error?.Errors?.FirstOrDefault();
        var reason = first?.Reason;
        var rawMessage = ex.Error?.Message ?? first?.Message;
        var status = ReadGrpcStatus(ex.Error?.ErrorResponseContent);
        if (string.IsNullOrEmpty(rawMessage))
        {
            // A body that is not Google's error JSON (a proxy's HTML page, an empty 503): keep what little there is.
            rawMessage = ex.Error?.ErrorResponseContent is { Length: > 0 } content ? content : ((HttpStatusCode)httpStatus).ToString();
        }

        var kind = ClassifyApiError(httpStatus, reason, CleanMessage(rawMessage), status, first?.Domain);
        return new YouTubeError(kind, httpStatus, reason ?? status ?? "", CleanMessage(rawMessage));
    }

    /// <summary>
    /// OAuth token endpoint failures (exchange or refresh). The body has a string <c>error</c>, unlike API errors
    /// (docs/youtube-facts.md §6). Google.Apis deletes the stored token after any non-5xx token failure, so
    /// everything except a server error means the user has to reconnect. A token failure happens before the API request
    /// is sent, so YouTube's API received nothing: a server error there is <see cref="YouTubeErrorKind.Unreachable"/>.
    /// </summary>
    private static YouTubeError FromTokenException(TokenResponseException ex)
    {
        var code = ex.Error?.Error ?? "";
        var httpStatus = ex.StatusCode is { } s ? (int)s : (int?)null;
        var message = CleanMessage(ex.Error?.ErrorDescription is { Length: > 0 } d ? d : code);
        var kind = httpStatus is >= 500 and <= 599 || code is "server_error" or "temporarily_unavailable"
            ? YouTubeErrorKind.Unreachable
            : YouTubeErrorKind.AuthRevoked;
        return new YouTubeError(kind, httpStatus, code, message);
    }

    private static string? ReadGrpcStatus(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart() is not ['{', ..])
        {
            return null;
        }

        try
        {
            return JObject.Parse(content)["error"] is JObject error && error["status"] is JValue { Type: JTokenType.String } status
                ? (string?)status
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Removes HTML (quota messages embed an <c>&lt;a href&gt;</c>), decodes entities, collapses whitespace and
    /// caps the length, so the message can go straight into the report.</summary>
    public static string CleanMessage(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(HtmlTag().Replace(message, ""));
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
