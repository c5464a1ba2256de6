using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.Reporting;

namespace PlaylistOrganizer.App.ActivityLog;

/// <summary>The operation log as CSV: every change the app made, on YouTube and locally, newest first (the Log page's download).</summary>
public static class ActivityLogEndpoints
{
    public static IEndpointRouteBuilder MapActivityLog(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/log.csv", CsvAsync);
        return routes;
    }

    private static async Task<FileContentHttpResult> CsvAsync(OperationLog log, CancellationToken ct)
    {
        var lines = await log.ReadAsync(ct);
        return await CsvDownload.FileAsync(csv => OperationLog.WriteCsvAsync(lines, csv, ct), "playlist-organizer-log.csv");
    }
}
