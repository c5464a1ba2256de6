using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>One operation's line in the report: what was meant, what happened, why, and what it cost.</summary>
/// <param name="Playlist">The playlist's title ("Watch Later" for the clean-up); <paramref name="PlaylistId"/> is its id.</param>
/// <param name="VideoTitle">The video's title from the library as it is now, "(unavailable)" or "(title not looked up)"
/// when it has none (<see cref="VideoTitles"/>); null when the operation is about no video.</param>
public sealed record ReportRow(
    int Sequence, string Stage, string Operation, string Outcome, string? Playlist, string? PlaylistId, string? VideoId,
    string? VideoTitle, string? ResultId, string? Reason, int Attempts, int Units, DateTimeOffset? At);

/// <summary>The persistent report of one sync, built from its journal: totals per stage and every operation.</summary>
public sealed record SyncReport(SyncRun Run, IReadOnlyList<StageCounts> Stages, IReadOnlyList<ReportRow> Rows)
{
    public int WriteUnits => Rows.Sum(r => r.Units);
    public int TotalUnits => WriteUnits + Run.ReadUnits;

    /// <summary>Pacific quota days the sync spanned, from its start to its end (or to now while it runs).</summary>
    public int DaysTaken(DateTimeOffset now) =>
        QuotaClock.DayOf(Run.FinishedAt ?? now).Date.DayNumber - QuotaClock.DayOf(Run.StartedAt).Date.DayNumber + 1;

    /// <summary>What a Watch Later removal the user confirmed without a Takeout is called.</summary>
    public const string ConfirmedNotVerified = "succeeded — confirmed by you, not verified";

    /// <summary>What a Watch Later removal a newer Takeout showed is called.</summary>
    public const string VerifiedByTakeout = "succeeded — verified by a newer Takeout";

    /// <summary>Watch Later removals by how they are known: (verified by a Takeout, confirmed by you only).</summary>
    public (int Verified, int ConfirmedOnly) WatchLaterRemovals =>
        (Rows.Count(r => r.Outcome == VerifiedByTakeout), Rows.Count(r => r.Outcome == ConfirmedNotVerified));

    /// <param name="watchLaterVerified">Videos a verification Takeout showed gone from Watch Later.</param>
    /// <param name="categoryPlaylists">The playlist holding each category in this sync (category key → playlist id).</param>
    public static SyncReport Build(SyncSnapshot snapshot, IReadOnlyList<SyncOperation> operations, IReadOnlySet<string> watchLaterVerified,
        VideoTitles titles, IReadOnlyDictionary<string, string> categoryPlaylists) =>
        new(snapshot.Run, snapshot.Stages, operations.Select(o => new ReportRow(
            o.Sequence, StageNames.Title(o.Stage), OperationNames.Of(o.Kind), OutcomeOf(o, watchLaterVerified), PlaylistOf(o),
            PlaylistIdOf(o, categoryPlaylists), o.VideoId?.Value, o.VideoId is { } video ? titles.Of(video.Value) : null,
            o.ResultId, ReasonOf(o), o.Attempts, o.UnitsCharged, o.UpdatedAt)).ToList());

    /// <summary>
    /// An add into a playlist this sync created has no playlist id of its own (the playlist did not exist when it was
    /// planned) and its result id is the new playlist item's; the category's playlist is the one it went into.
    /// </summary>
    private static string? PlaylistIdOf(SyncOperation o, IReadOnlyDictionary<string, string> categoryPlaylists) =>
        o.PlaylistId?.Value
        ?? (o.Kind == OperationKind.CreatePlaylist ? o.ResultId : null)
        ?? (o.CategoryKey is { } key ? categoryPlaylists.GetValueOrDefault(key.Value) : null);

    private static string? PlaylistOf(SyncOperation o) =>
        o.Title ?? (o.PlaylistId == PlaylistId.WatchLater ? "Watch Later" : null);

    private static string OutcomeOf(SyncOperation o, IReadOnlySet<string> watchLaterVerified) => o.Status switch
    {
        // YouTube's API cannot touch Watch Later: a removal is the user's word until a newer Takeout shows it.
        OperationStatus.Succeeded when o.Kind == OperationKind.RemoveFromWatchLater =>
            watchLaterVerified.Contains(o.VideoId!.Value.Value) ? VerifiedByTakeout : ConfirmedNotVerified,
        OperationStatus.Succeeded => "succeeded",
        OperationStatus.Failed => "failed",
        OperationStatus.Skipped => "skipped",
        OperationStatus.Unknown or OperationStatus.InFlight => "unknown (will be checked before any retry)",
        _ => "pending",
    };

    private static string? ReasonOf(SyncOperation o) =>
        o.ErrorReason is { } reason && o.Message is { } message && !message.Contains(reason, StringComparison.Ordinal)
            ? $"{message} ({reason})"
            : o.Message ?? o.ErrorReason ?? o.Detail;
}
