using PlaylistOrganizer.Core.ActivityLog;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>One line of the operation log.</summary>
public sealed record LogLine(DateTimeOffset At, string Area, string Actor, string What);

/// <summary>
/// The operation log: every change the app made to YouTube (each write a sync or restore completed, from its journal)
/// and to the local data (imports, structure edits, approvals, account, syncs, backups, from the activity log), newest first.
/// </summary>
public sealed class OperationLog(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<IReadOnlyList<LogLine>> ReadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var local = await db.ActivityLog.AsNoTracking().ToListAsync(ct);
        var kinds = await db.SyncRuns.ToDictionaryAsync(r => r.Id, r => r.PlanKind, ct);
        var writes = await db.SyncOperations.AsNoTracking()
            .Where(o => o.Status == OperationStatus.Succeeded && o.Kind != OperationKind.RemoveFromWatchLater && o.UpdatedAt != null)
            .ToListAsync(ct);
        var titles = await VideoTitles.ReadAsync(db, ct);
        return local.Select(a => new LogLine(a.At, a.Area.ToString(), a.Actor, a.What))
            .Concat(writes.Select(o => new LogLine(o.UpdatedAt!.Value, nameof(ActivityArea.YouTube),
                $"{(kinds.GetValueOrDefault(o.RunId) == PlanKind.Restore ? "restore" : "sync")} #{o.RunId}", Describe(o, titles))))
            .OrderByDescending(l => l.At).ToList();
    }

    public static Task WriteCsvAsync(IReadOnlyList<LogLine> lines, Stream destination, CancellationToken ct) =>
        CsvTable.WriteAsync(destination, ["At", "Area", "Actor", "What"],
            lines.Select(l => new[] { l.At.ToString("O"), l.Area, l.Actor, l.What }), ct);

    /// <summary>A write in words, titles first and ids after them (to search YouTube or the report for).</summary>
    private static string Describe(SyncOperation o, VideoTitles titles) => o.Kind switch
    {
        OperationKind.CreatePlaylist => $"Created playlist '{o.Title}' ({o.ResultId})",
        // The plan wrote the playlist's old title into the detail ("Reuses 'Old title'"); the library may have the new one by now.
        OperationKind.UpdatePlaylist => $"Renamed/updated playlist {o.PlaylistId} to '{o.Title}'" + (o.Detail is { } was ? $" ({was})" : ""),
        OperationKind.AddVideo => $"Added video {titles.Quoted(o.VideoId!.Value.Value)} to '{o.Title}'",
        OperationKind.RemoveItem => $"Removed video {titles.Quoted(o.VideoId!.Value.Value)} from '{o.Title}' (item {o.ItemId})",
        OperationKind.DeletePlaylist => $"Deleted playlist '{o.Title}' ({o.PlaylistId})",
        _ => o.VideoId is { } video ? $"{OperationNames.Of(o.Kind)} {titles.Quoted(video.Value)}" : OperationNames.Of(o.Kind),
    };
}
