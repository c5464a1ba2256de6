using System.Text.Json.Serialization;

namespace PlaylistOrganizer.FakeYouTube.Errors;

/// <summary>
/// The one place that builds Google's API error envelope:
/// <c>{"error":{"code":N,"message":"…","errors":[{"message","domain","reason","location","locationType"}]}}</c>.
/// </summary>
/// <remarks>
/// Shape from https://developers.google.com/youtube/v3/docs/core_errors (docs/youtube-facts.md §2.1). The
/// optional top-level <c>status</c> is written only where an error carries one (the 409 bursts): real quotaExceeded
/// bodies do not carry it, so clients must not need it.
/// OAuth endpoint errors use a different body (a string <c>error</c>); see Auth/OAuthEndpoints.cs.
/// </remarks>
public static class GoogleErrorWriter
{
    public static IResult ToResult(this GoogleError error) =>
        Results.Json(Envelope(error), statusCode: error.Status);

    public static object Envelope(GoogleError error) => new ErrorEnvelope(new ErrorBody(
        error.Status,
        error.TopMessage ?? error.Message,
        [new ErrorItem(error.Message, error.Domain, error.Reason, error.Location, error.LocationType)],
        error.GrpcStatus));

    private sealed record ErrorEnvelope(ErrorBody Error);

    private sealed record ErrorBody(int Code, string Message, IReadOnlyList<ErrorItem> Errors,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status);

    private sealed record ErrorItem(
        string Message,
        string Domain,
        string Reason,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Location,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LocationType);
}
