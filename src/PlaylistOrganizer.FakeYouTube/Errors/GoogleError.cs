namespace PlaylistOrganizer.FakeYouTube.Errors;

/// <summary>One API error, as data. <see cref="GoogleErrorWriter"/> turns it into Google's envelope.</summary>
/// <param name="Message">errors[0].message; also the top-level message unless <paramref name="TopMessage"/> is set.</param>
/// <param name="GrpcStatus">The optional top-level <c>status</c> (e.g. <c>ABORTED</c>); left out when null, as most answers do.</param>
public sealed record GoogleError(
    int Status,
    string Reason,
    string Domain,
    string Message,
    string? Location = null,
    string? LocationType = null,
    string? TopMessage = null,
    string? GrpcStatus = null);
