using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>
/// One request sent to YouTube and what it cost: a row of the ledger. Written at the method's full cost just before the
/// request goes out, then settled once with the answer. A row never settled is a request whose answer the app never saw
/// (it stopped abruptly): it keeps the full cost, since YouTube most likely received and charged it.
/// </summary>
public sealed class QuotaCharge
{
    public long Id { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public QuotaDay Day { get; private set; }
    public YouTubeMethod Method { get; private set; }
    public int Units { get; private set; }
    /// <summary>True from just before the request went out until its answer (or the failure to get one) was recorded.</summary>
    public bool AwaitingAnswer { get; private set; }
    /// <summary>Null when the call succeeded (or has not been answered).</summary>
    public YouTubeErrorKind? ErrorKind { get; private set; }
    public string? ErrorReason { get; private set; }

    private QuotaCharge() { }

    /// <summary>
    /// The full method cost for every request that reached the API, failures included (a failed write may cost the full
    /// 50: docs/youtube-facts.md §1.3). Nothing for requests refused before the API did any work: a day already
    /// spent (§1.3 assumes those add no usage) and authentication refusals (the request was never accepted), and nothing
    /// for requests that never reached YouTube at all.
    /// </summary>
    public static int UnitsFor(YouTubeMethod method, YouTubeError? error) =>
        error is { Kind: YouTubeErrorKind.QuotaExceeded or YouTubeErrorKind.Unreachable } or { NeedsReconnect: true } ? 0 : method.CostUnits();

    /// <summary>The charge of a request about to be sent: its full cost until the answer says otherwise.</summary>
    public static QuotaCharge Sending(YouTubeMethod method, DateTimeOffset sentAt) => new()
    {
        SentAt = sentAt,
        Day = QuotaClock.DayOf(sentAt),
        Method = method,
        Units = method.CostUnits(),
        AwaitingAnswer = true,
    };

    /// <summary>Records the answer; returns how many units that changed the charge by (zero or negative).</summary>
    internal int Settle(YouTubeError? error)
    {
        var before = Units;
        Units = UnitsFor(Method, error);
        ErrorKind = error?.Kind;
        ErrorReason = error?.Reason;
        AwaitingAnswer = false;
        return Units - before;
    }
}

/// <summary>A quota day YouTube itself declared spent (quotaExceeded), whatever the ledger counted.</summary>
public sealed class SpentQuotaDay
{
    public QuotaDay Day { get; init; }
    public DateTimeOffset MarkedAt { get; init; }
}
