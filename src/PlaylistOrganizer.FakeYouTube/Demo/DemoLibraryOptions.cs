namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>
/// What <see cref="DemoLibraryGenerator"/> should produce. Counts are targets: the generator lands close to them,
/// and <see cref="DemoLibraryTruth"/> reports what it actually produced.
/// </summary>
/// <remarks>
/// Defaults (= <see cref="Upstream"/>) mirror the library in DESIGN.md: 87 playlists, ≈5,500 entries, 4,000 Watch
/// Later videos. The same options always give the same library; nothing reads the clock.
/// </remarks>
public sealed record DemoLibraryOptions
{
    /// <summary>Seed for <see cref="System.Random"/>. Default 20261101.</summary>
    public int Seed { get; init; } = 20261101;

    /// <summary>The emulator account id of the snapshot. Default "demo".</summary>
    public string AccountId { get; init; } = "demo";

    /// <summary>
    /// The instant the library is "as of": every timestamp lies before it. Default 2026-11-01T00:00:00Z.
    /// </summary>
    public DateTimeOffset ReferenceInstant { get; init; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Regular (user-made) playlists. Default 87.</summary>
    public int RegularPlaylistCount { get; init; } = 87;

    /// <summary>Entries over all regular playlists, accidental duplicates included. Default 5,500.</summary>
    public int TargetPlaylistEntries { get; init; } = 5_500;

    /// <summary>Watch Later entries (distinct videos). Default 4,000.</summary>
    public int WatchLaterCount { get; init; } = 4_000;

    /// <summary>Share of new videos that are Private or Deleted (roughly the share of entries). Default 0.02.</summary>
    public double UnavailableRatio { get; init; } = 0.02;

    /// <summary>Target share of distinct playlist videos that sit in two or more playlists. Default 0.20.</summary>
    public double OverlapRatio { get; init; } = 0.20;

    /// <summary>Share of Watch Later entries whose video is also in a regular playlist. Default 0.10.</summary>
    public double WatchLaterOverlapRatio { get; init; } = 0.10;

    /// <summary>Entries that repeat a video already in the same playlist (a user adding it twice). Default 6.</summary>
    public int AccidentalDuplicateEntries { get; init; } = 6;

    /// <summary>Items in the Likes list ("LL…"). Default 350.</summary>
    public int LikesCount { get; init; } = 350;

    /// <summary>Items in the deprecated Favorites list ("FL…"). Default 18.</summary>
    public int FavoritesCount { get; init; } = 18;

    /// <summary>The account's own uploads ("UU…"). Default 4; 0 gives an empty uploads list.</summary>
    public int UploadsCount { get; init; } = 4;

    /// <summary>How many years back Watch Later additions and playlist creation reach. Default 7.</summary>
    public int HistoryYears { get; init; } = 7;

    /// <summary>The library DESIGN.md describes: 87 playlists, ≈5,500 entries, 4,000 Watch Later.</summary>
    public static DemoLibraryOptions Upstream { get; } = new();

    /// <summary>The presets by name ("small", "upstream", "large"), for configuration and command lines.</summary>
    /// <remarks>Built on each read: a stored field here would be initialised before <see cref="Small"/> and <see cref="Large"/>.</remarks>
    public static IReadOnlyDictionary<string, DemoLibraryOptions> Presets =>
        new Dictionary<string, DemoLibraryOptions>(StringComparer.OrdinalIgnoreCase)
        {
            ["small"] = Small, ["upstream"] = Upstream, ["large"] = Large,
        };

    /// <summary>For fast tests: 10 playlists, ≈300 entries, 200 Watch Later.</summary>
    public static DemoLibraryOptions Small { get; } = new()
    {
        RegularPlaylistCount = 10,
        TargetPlaylistEntries = 300,
        WatchLaterCount = 200,
        AccidentalDuplicateEntries = 2,
        LikesCount = 40,
        FavoritesCount = 5,
        UploadsCount = 0,
    };

    /// <summary>For the benchmark: ≈20,000 distinct videos (≈15,000 in 240 playlists, 5,000 in Watch Later).</summary>
    public static DemoLibraryOptions Large { get; } = new()
    {
        RegularPlaylistCount = 240,
        TargetPlaylistEntries = 18_000,
        WatchLaterCount = 5_500,
        AccidentalDuplicateEntries = 20,
        LikesCount = 900,
        FavoritesCount = 40,
        UploadsCount = 12,
    };

    internal IEnumerable<string> Validate()
    {
        if (RegularPlaylistCount < 1) yield return "RegularPlaylistCount must be at least 1.";
        if (TargetPlaylistEntries < RegularPlaylistCount) yield return "TargetPlaylistEntries must be at least RegularPlaylistCount.";
        if (WatchLaterCount < 0) yield return "WatchLaterCount must not be negative.";
        if (UnavailableRatio is < 0 or > 1) yield return "UnavailableRatio must be between 0 and 1.";
        if (OverlapRatio is < 0 or >= 1) yield return "OverlapRatio must be in [0, 1).";
        if (WatchLaterOverlapRatio is < 0 or > 1) yield return "WatchLaterOverlapRatio must be between 0 and 1.";
        if (AccidentalDuplicateEntries < 0 || LikesCount < 0 || FavoritesCount < 0 || UploadsCount < 0)
            yield return "Counts must not be negative.";
        if (HistoryYears < 1) yield return "HistoryYears must be at least 1.";
    }
}
