using System.Text;
using PlaylistOrganizer.Core.Safety;

namespace PlaylistOrganizer.App.Reports;

/// <summary>Backup downloads, as the versioned JSON file with its checksum.</summary>
public static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/backups/{id:long}.json", async (long id, BackupLibrary backups, CancellationToken ct) =>
            await backups.GetFileAsync(id, ct) is { } json
                ? Results.File(Encoding.UTF8.GetBytes(json), "application/json", $"playlist-organizer-backup-{id}.json")
                : Results.NotFound());
        return routes;
    }
}
