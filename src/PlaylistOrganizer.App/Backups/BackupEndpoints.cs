using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.Core.Safety;

namespace PlaylistOrganizer.App.Backups;

/// <summary>Backup downloads: the versioned JSON file with its checksum, as the Backups page lists them.</summary>
public static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackups(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/backups/{id:long}.json", DownloadAsync);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(long id, BackupLibrary backups, CancellationToken ct) =>
        await backups.GetFileAsync(id, ct) is { } json
            ? TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"playlist-organizer-backup-{id}.json")
            : TypedResults.NotFound();
}
