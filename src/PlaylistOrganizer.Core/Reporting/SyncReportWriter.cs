using System.Text.Json;
using System.Globalization;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>
/// Downloads of a report: CSV (one row per operation) and JSON (the run, stage totals and every row), described in
/// docs/report-format.md. New columns go at the end of the CSV, so a consumer that reads columns by position keeps working.
/// </summary>
public static class SyncReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteCsvAsync(SyncReport report, Stream destination, CancellationToken ct) =>
        CsvTable.WriteAsync(destination,
            ["Sequence", "Stage", "Operation", "Outcome", "Playlist", "PlaylistId", "VideoId", "ResultId", "Reason", "Attempts", "Units", "At", "VideoTitle"],
            report.Rows.Select(r => new[]
            {
                r.Sequence.ToString(CultureInfo.InvariantCulture), r.Stage, r.Operation, r.Outcome, r.Playlist, r.PlaylistId, r.VideoId,
                r.ResultId, r.Reason, r.Attempts.ToString(CultureInfo.InvariantCulture), r.Units.ToString(CultureInfo.InvariantCulture), r.At?.ToString("O"),
                r.VideoTitle,
            }), ct);

    public static Task WriteJsonAsync(SyncReport report, DateTimeOffset now, Stream destination, CancellationToken ct) =>
        JsonSerializer.SerializeAsync(destination, new
        {
            format = "playlist-organizer.sync-report",
            version = 1,
            run = new
            {
                report.Run.Id, plan = report.Run.PlanKind.ToString(), status = report.Run.Status.ToString(), stage = report.Run.Stage.ToString(),
                report.Run.StartedAt, report.Run.FinishedAt, report.Run.StatusDetail, estimatedUnits = report.Run.EstimatedUnits,
                writeUnits = report.WriteUnits, readUnits = report.Run.ReadUnits, totalUnits = report.TotalUnits, daysTaken = report.DaysTaken(now),
            },
            stages = report.Stages.Select(s => new { stage = s.Stage.ToString(), s.Total, s.Succeeded, s.Failed, s.Skipped, s.Open }),
            operations = report.Rows,
        }, Json, ct);
}
