using System.Text.Json;
using CsvHelper;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>Downloads of a report: CSV (one row per operation) and JSON (the run, stage totals and every row).</summary>
public static class SyncReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteCsvAsync(SyncReport report, Stream destination, CancellationToken ct)
    {
        await using var writer = new StreamWriter(destination, leaveOpen: true);
        await using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            await csv.WriteRecordsAsync(report.Rows, ct);
        }
        await writer.FlushAsync(ct);
    }

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
