using System.Text;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.Reporting;
namespace PlaylistOrganizer.App.Reports;

/// <summary>Backup downloads (the versioned JSON file with its checksum) and the operation log as CSV.</summary>
public static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/backups/{id:long}.json", async (long id, BackupLibrary backups, CancellationToken ct) =>
            await backups.GetFileAsync(id, ct) is { } json
                ? Results.File(Encoding.UTF8.GetBytes(json), "application/json", $"playlist-organizer-backup-{id}.json")
                : Results.NotFound());
        routes.MapGet("/log.csv", async (OperationLog log, CancellationToken ct) =>
        {
            // Written to memory first: CsvHelper flushes synchronously on dispose, which Kestrel's body stream refuses.
            using var buffer = new MemoryStream();
            await OperationLog.WriteCsvAsync(await log.ReadAsync(ct), buffer, ct);
            return Results.File(buffer.ToArray(), "text/csv", "playlist-organizer-log.csv");
        });
        return routes;
    }
}
