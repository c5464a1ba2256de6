using Microsoft.AspNetCore.Http.HttpResults;
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
        // Written to memory first: CsvHelper flushes synchronously on dispose, which Kestrel's body stream refuses.
        using var buffer = new MemoryStream();
        await OperationLog.WriteCsvAsync(await log.ReadAsync(ct), buffer, ct);
        return TypedResults.File(buffer.ToArray(), "text/csv", "playlist-organizer-log.csv");
    }
}
