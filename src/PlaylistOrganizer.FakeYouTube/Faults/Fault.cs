using System.Text.Json.Serialization;

namespace PlaylistOrganizer.FakeYouTube.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>500 backendError, nothing applied.</summary>
    ServerError,
    /// <summary>503 backendError ("The service is currently unavailable."), nothing applied.</summary>
    ServiceUnavailable,
    /// <summary>429 rateLimitExceeded, nothing applied.</summary>
    RateLimited,
    /// <summary>403 forbidden, nothing applied: a refusal retrying the same request cannot fix (a permanent failure).</summary>
    Forbidden,
    /// <summary>The request waits <see cref="Fault.LatencyMs"/> and then runs normally.</summary>
    Latency,
    /// <summary>
    /// The request runs and its write is committed, then the client gets a 503 instead of the answer, or the
    /// connection is dropped when <see cref="Fault.AbortConnection"/> is set. This is how retried inserts duplicate items.
    /// </summary>
    LostResponse,
    /// <summary>
    /// A playlistItems.insert is applied, and the client is told 404 videoNotFound all the same: users report exactly
    /// this, sporadically, for videos that exist (porjo/youtubeuploader#88: "Despite the error, the videos are added to
    /// the playlist"; docs/youtube-facts.md §8). Other methods run normally.
    /// </summary>
    SpuriousVideoNotFound,
}

/// <summary>One injected failure. Faulted requests have already passed auth and been charged, like real failures.</summary>
public sealed record Fault(FaultKind Kind, int LatencyMs = 0, bool AbortConnection = false);
