using System.Net;
using Google;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Requests;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.YouTube.Tests;

public sealed class YouTubeErrorClassifierTests
{
    private const string QuotaMetricMessage =
        "Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'youtube.googleapis.com' for consumer 'project_number:1'.";

    // One row per rule of the classification table (see YouTubeErrorClassifier.ClassifyApiError).
    public static TheoryData<int, string?, string?, string?, YouTubeErrorKind> Table => new()
    {
        { 403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota.", null, YouTubeErrorKind.QuotaExceeded },
        { 403, "dailyLimitExceeded", "Daily Limit Exceeded. The quota will be reset at midnight Pacific Time (PT).", null, YouTubeErrorKind.QuotaExceeded },
        { 429, "rateLimitExceeded", QuotaMetricMessage, null, YouTubeErrorKind.QuotaExceeded },
        { 429, null, QuotaMetricMessage, "RESOURCE_EXHAUSTED", YouTubeErrorKind.QuotaExceeded },
        { 429, "rateLimitExceeded", "Too many requests.", null, YouTubeErrorKind.RateLimited },
        { 403, "rateLimitExceeded", "Rate Limit Exceeded", null, YouTubeErrorKind.RateLimited },
        { 403, "userRateLimitExceeded", "User Rate Limit Exceeded", null, YouTubeErrorKind.RateLimited },
        { 429, null, "", null, YouTubeErrorKind.RateLimited },
        { 429, "RATE_LIMIT_EXCEEDED", "You are creating too many playlists.", "RESOURCE_EXHAUSTED", YouTubeErrorKind.RateLimited },
        { 400, "badRequest", "You are creating too many playlists. Please wait a while before creating further playlists.", null, YouTubeErrorKind.RateLimited },
        { 401, "authError", "Invalid Credentials", null, YouTubeErrorKind.AuthRevoked },
        { 401, "required", "Login Required", "UNAUTHENTICATED", YouTubeErrorKind.AuthRevoked },
        { 403, "insufficientPermissions", "Request had insufficient authentication scopes.", null, YouTubeErrorKind.InsufficientScope },
        { 404, "playlistNotFound", "The playlist identified with the request's playlistId parameter cannot be found.", null, YouTubeErrorKind.PlaylistNotFound },
        { 404, "playlistItemNotFound", "Playlist item not found.", null, YouTubeErrorKind.PlaylistItemNotFound },
        { 404, "videoNotFound", "Video not found.", null, YouTubeErrorKind.VideoUnavailable },
        { 400, "failedPrecondition", "Precondition check failed.", null, YouTubeErrorKind.VideoUnavailable },
        { 403, "playlistContainsMaximumNumberOfVideos", "The playlist already contains the maximum allowed number of items.", null, YouTubeErrorKind.PlaylistFull },
        { 400, "playlistOperationUnsupported", "The API does not support the ability to insert videos into the specified playlist.", null, YouTubeErrorKind.Forbidden },
        { 403, "playlistForbidden", "Forbidden", null, YouTubeErrorKind.Forbidden },
        { 403, "playlistItemsNotAccessible", "Forbidden", null, YouTubeErrorKind.Forbidden },
        { 403, "forbidden", "Forbidden", null, YouTubeErrorKind.Forbidden },
        { 400, "invalidPlaylistSnippet", "Invalid playlist snippet.", null, YouTubeErrorKind.Invalid },
        { 400, "playlistTitleRequired", "You must specify a playlist title.", null, YouTubeErrorKind.Invalid },
        { 400, "invalidParameter", "Invalid value.", null, YouTubeErrorKind.Invalid },
        { 400, "manualSortRequired", "The playlist must be sorted manually.", null, YouTubeErrorKind.Invalid },
        { 400, "maxPlaylistExceeded", "Too many playlists.", null, YouTubeErrorKind.Invalid },
        { 409, "SERVICE_UNAVAILABLE", "The service is currently unavailable.", null, YouTubeErrorKind.Transient },
        { 409, "aborted", "The operation was aborted.", "ABORTED", YouTubeErrorKind.Transient },
        { 409, "conflict", "Conflict", null, YouTubeErrorKind.Invalid },
        { 500, "internalError", "Internal error", null, YouTubeErrorKind.Transient },
        { 502, null, "", null, YouTubeErrorKind.Transient },
        { 503, "backendError", "Backend Error", null, YouTubeErrorKind.Transient },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Classifies_api_errors_by_status_and_reason(int status, string? reason, string? message, string? grpcStatus, YouTubeErrorKind expected) =>
        Assert.Equal(expected, YouTubeErrorClassifier.ClassifyApiError(status, reason, message, grpcStatus));

    [Theory]
    [InlineData("youtube.CoreErrorDomain", YouTubeErrorKind.Transient)]
    [InlineData("gdata.CoreErrorDomain", YouTubeErrorKind.Transient)]
    [InlineData("global", YouTubeErrorKind.Invalid)]
    public void A_409_conflict_raised_in_YouTubes_CoreErrorDomain_is_passing(string domain, YouTubeErrorKind expected) =>
        Assert.Equal(expected, YouTubeErrorClassifier.ClassifyApiError(409, "conflict", "Conflict", null, domain));

    [Theory]
    [MemberData(nameof(Table))]
    public void The_same_rows_hold_for_a_thrown_GoogleApiException(int status, string? reason, string? message, string? grpcStatus, YouTubeErrorKind expected)
    {
        var error = YouTubeErrorClassifier.Classify(ApiException(status, reason, message, grpcStatus));

        Assert.NotNull(error);
        Assert.Equal(expected, error.Kind);
        Assert.Equal(status, error.HttpStatus);
        Assert.Equal(reason ?? grpcStatus ?? "", error.Reason);
    }

    [Fact]
    public void Keeps_the_message_without_html()
    {
        var error = YouTubeErrorClassifier.Classify(ApiException(403, "quotaExceeded",
            "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.", null))!;

        Assert.Equal(YouTubeErrorKind.QuotaExceeded, error.Kind);
        Assert.Equal("The request cannot be completed because you have exceeded your quota.", error.Message);
    }

    [Fact]
    public void A_409_is_transient_when_only_the_raw_body_says_ABORTED()
    {
        // The gRPC-style "status" is not parsed by Google.Apis into RequestError; the classifier reads the raw body.
        var ex = new GoogleApiException("youtube", "conflict")
        {
            HttpStatusCode = HttpStatusCode.Conflict,
            Error = new RequestError
            {
                Code = 409,
                Message = "The operation was aborted.",
                Errors = [new SingleError { Reason = "conflict", Domain = "youtube.CoreErrorDomain" }],
                ErrorResponseContent = """{"error":{"code":409,"message":"The operation was aborted.","status":"ABORTED","errors":[{"reason":"conflict"}]}}""",
            },
        };

        Assert.Equal(YouTubeErrorKind.Transient, YouTubeErrorClassifier.Classify(ex)!.Kind);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "invalid_grant", YouTubeErrorKind.AuthRevoked)]
    [InlineData(HttpStatusCode.Unauthorized, "invalid_client", YouTubeErrorKind.AuthRevoked)]
    // The API request waits on the token: it was never sent, so nothing was applied or charged.
    [InlineData(HttpStatusCode.InternalServerError, "server_error", YouTubeErrorKind.Unreachable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, "temporarily_unavailable", YouTubeErrorKind.Unreachable)]
    public void Classifies_oauth_token_errors(HttpStatusCode status, string code, YouTubeErrorKind expected)
    {
        var ex = new TokenResponseException(new TokenErrorResponse { Error = code, ErrorDescription = "Token has been expired or revoked." }, status);

        var error = YouTubeErrorClassifier.Classify(ex)!;

        Assert.Equal(expected, error.Kind);
        Assert.Equal(code, error.Reason);
        Assert.Equal((int)status, error.HttpStatus);
        Assert.Equal("Token has been expired or revoked.", error.Message);
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    [InlineData(HttpRequestError.SecureConnectionError)]
    public void A_connection_that_was_never_made_is_unreachable_not_unknown(HttpRequestError failure)
    {
        var error = YouTubeErrorClassifier.Classify(new HttpRequestException(failure, "Connection refused (127.0.0.1:9)"))!;

        Assert.Equal(YouTubeErrorKind.Unreachable, error.Kind);
        Assert.Equal("unreachable", error.Reason);
        Assert.False(error.OutcomeUnknown);
    }

    [Fact]
    public void No_response_is_transient_with_no_status()
    {
        Exception[] noResponse =
        [
            new HttpRequestException("Connection reset by peer", new IOException("reset")),
            new IOException("The response ended prematurely."),
            new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout", new TimeoutException()),
        ];

        foreach (var ex in noResponse)
        {
            var error = YouTubeErrorClassifier.Classify(ex)!;
            Assert.Equal(YouTubeErrorKind.Transient, error.Kind);
            Assert.Null(error.HttpStatus);
            Assert.True(error.OutcomeUnknown);
        }
    }

    [Fact]
    public void Bugs_are_not_classified()
    {
        Assert.Null(YouTubeErrorClassifier.Classify(new InvalidOperationException("bug")));
        Assert.Null(YouTubeErrorClassifier.Classify(new NullReferenceException()));
    }

    [Theory]
    [InlineData("<b>Bad</b> &amp; <i>worse</i>", "Bad & worse")]
    [InlineData("line\n  two", "line two")]
    [InlineData(null, "")]
    public void Cleans_messages(string? raw, string expected) => Assert.Equal(expected, YouTubeErrorClassifier.CleanMessage(raw));

    private static GoogleApiException ApiException(int status, string? reason, string? message, string? grpcStatus) => new("youtube", message ?? "")
    {
        HttpStatusCode = (HttpStatusCode)status,
        Error = new RequestError
        {
            Code = status,
            Message = message,
            Errors = reason is null ? [] : [new SingleError { Reason = reason, Domain = "global", Message = message }],
            ErrorResponseContent = grpcStatus is null
                ? null
                : "{\"error\":{\"code\":" + status + ",\"status\":\"" + grpcStatus + "\"}}",
        },
    };
}
