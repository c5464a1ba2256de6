namespace PlaylistOrganizer.FakeYouTube;

/// <summary>Settings of one emulator instance. Every default mirrors the real service for a new Cloud project.</summary>
/// <remarks>Bound from the <c>FakeYouTube</c> configuration section when standalone (e.g. <c>--FakeYouTube:DailyQuotaUnits=500</c>).</remarks>
public sealed class FakeYouTubeOptions
{
    /// <summary>Units per Pacific day for each account. Default 10,000, YouTube's default allocation.</summary>
    public int DailyQuotaUnits { get; set; } = 10_000;

    /// <summary>Lifetime of access tokens on the emulator clock. Default 3,600 s, like Google's.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>
    /// Refresh tokens stop working this many days after they were issued; null (the default) means never, as for a
    /// published app. Set 7 to mimic an app whose consent screen is in "Testing" status.
    /// </summary>
    public int? RefreshTokenLifetimeDays { get; set; }

    /// <summary>
    /// Maximum successful playlists.insert calls per account per Pacific day, answered beyond that with 429
    /// rateLimitExceeded. Null (the default) means no cap; about 10 is what users report (docs/youtube-facts.md §1.5).
    /// </summary>
    public int? PlaylistCreateCapPerDay { get; set; }

    /// <summary>
    /// The HTTP status of a refusal by <see cref="PlaylistCreateCapPerDay"/>: 429 (the default, what the Data API is
    /// reported to answer) or 400, the variant with the same message that users of other tools have seen.
    /// </summary>
    public int PlaylistCreateCapStatusCode { get; set; } = 429;

    /// <summary>
    /// Read lag: a write (a new playlist, an added or removed item) shows in list answers only this many milliseconds
    /// of emulator time later; the write itself is applied at once. Null (the default) means lists show writes at once.
    /// YouTube promises no read-your-writes (facts §8).
    /// </summary>
    public int? ReadLagMs { get; set; }

    /// <summary>
    /// 409 bursts: a playlistItems.insert into a playlist that had an insert less than this many milliseconds of
    /// emulator time before is refused with a 409 (aborted, SERVICE_UNAVAILABLE or a CoreErrorDomain conflict, in
    /// turn), nothing applied, with probability <see cref="InsertConflictRate"/>. Null (the default) means no bursts.
    /// </summary>
    public int? InsertConflictWindowMs { get; set; }

    /// <summary>The share of rapid inserts refused with a 409 (0–1, default 1), drawn from a generator seeded by <see cref="IdSeed"/>.</summary>
    public double InsertConflictRate { get; set; } = 1.0;

    /// <summary>Seed for generated playlist and item ids, so runs are reproducible. Default 1.</summary>
    public int IdSeed { get; set; } = 1;
}
