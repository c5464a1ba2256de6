using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.Reporting;

namespace PlaylistOrganizer.App.Reports;

/// <summary>Report downloads: every operation of a sync with its outcome, as CSV or JSON.</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/reports/{runId:long}.csv", CsvAsync);
        routes.MapGet("/reports/{runId:long}.json", JsonAsync);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> CsvAsync(long runId, SyncReports reports, CancellationToken ct)
    {
        if (await reports.GetAsync(runId, ct) is not { } report) return TypedResults.NotFound();
        return await CsvDownload.FileAsync(csv => SyncReportWriter.WriteCsvAsync(report, csv, ct), $"sync-{runId}-report.csv");
    }

    private static async Task<Results<PushStreamHttpResult, NotFound>> JsonAsync(long runId, SyncReports reports, TimeProvider time, CancellationToken ct) =>
        await reports.GetAsync(runId, ct) is { } report
            ? TypedResults.Stream(stream => SyncReportWriter.WriteJsonAsync(report, time.GetUtcNow(), stream, ct), "application/json", $"sync-{runId}-report.json")
            : TypedResults.NotFound();
}
