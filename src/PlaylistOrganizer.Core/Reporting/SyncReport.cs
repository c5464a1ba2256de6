using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>One operation's line in the report: what was meant, what happened, why, and what it cost.</summary>
public sealed record ReportRow(
    int Sequence, string Stage, string Operation, string Outcome, string? Playlist, string? PlaylistId, string? VideoId,
    string? ResultId, string? Reason, int Attempts, int Units, DateTimeOffset? At);

/// <summary>The persistent report of one sync, built from its journal: totals per stage and every operation.</summary>
public sealed record SyncReport(SyncRun Run, IReadOnlyList<StageCounts> Stages, IReadOnlyList<ReportRow> Rows)
{
    public int WriteUnits => Rows.Sum(r => r.Units);
    public int TotalUnits => WriteUnits + Run.ReadUnits;

    /// <summary>Pacific quota days the sync spanned, from its start to its end (or to now while it runs).</summary>
    public int DaysTaken(DateTimeOffset now) =>
        QuotaClock.DayOf(Run.FinishedAt ?? now).Date.DayNumber - QuotaClock.DayOf(Run.StartedAt).Date.DayNumber + 1;

    public static SyncReport Build(SyncSnapshot snapshot, IReadOnlyList<SyncOperation> operations) =>
        new(snapshot.Run, snapshot.Stages, operations.Select(o => new ReportRow(
            o.Sequence, StageNames.Title(o.Stage), OperationNames.Of(o.Kind), OutcomeOf(o), o.Title, o.PlaylistId?.Value ?? o.ResultId, o.VideoId?.Value,
            o.ResultId, ReasonOf(o), o.Attempts, o.UnitsCharged, o.UpdatedAt)).ToList());

    private static string OutcomeOf(SyncOperation o) => o.Status switch
    {
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
