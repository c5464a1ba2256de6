using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>One request sent to YouTube and what it cost: a row of the ledger. Failures are charged too.</summary>
public sealed class QuotaCharge
{
    public long Id { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public QuotaDay Day { get; private set; }
    public YouTubeMethod Method { get; private set; }
    public int Units { get; private set; }
    /// <summary>Null when the call succeeded.</summary>
    public YouTubeErrorKind? ErrorKind { get; private set; }
    public string? ErrorReason { get; private set; }

    private QuotaCharge() { }

    /// <summary>
    /// The full method cost for every request that reached the API, failures included (a failed write may cost the full
    /// 50: reference/youtube-api-facts.md §1.3). Nothing for requests refused before the API did any work: a day already
    /// spent (§1.3 assumes those add no usage) and authentication refusals (the request was never accepted).
    /// </summary>
    public static int UnitsFor(YouTubeMethod method, YouTubeError? error) => error?.Kind switch
    {
        YouTubeErrorKind.QuotaExceeded or YouTubeErrorKind.AuthRevoked or YouTubeErrorKind.InsufficientScope => 0,
        _ => method.CostUnits(),
    };

    public static QuotaCharge For(YouTubeMethod method, DateTimeOffset sentAt, YouTubeError? error) => new()
    {
        SentAt = sentAt,
        Day = QuotaClock.DayOf(sentAt),
        Method = method,
        Units = UnitsFor(method, error),
        ErrorKind = error?.Kind,
        ErrorReason = error?.Reason,
    };
}

/// <summary>A quota day YouTube itself declared spent (quotaExceeded), whatever the ledger counted.</summary>
public sealed class SpentQuotaDay
{
    public QuotaDay Day { get; init; }
    public DateTimeOffset MarkedAt { get; init; }
}
