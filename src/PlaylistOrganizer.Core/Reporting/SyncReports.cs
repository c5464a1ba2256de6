using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>Finds a sync's report; reports live as long as the journal does (they are never trimmed).</summary>
public sealed class SyncReports(SyncProgress progress, WatchLaterCleanup watchLater, IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<SyncReport?> GetAsync(long runId, CancellationToken ct)
    {
        var snapshot = await progress.GetAsync(runId, ct);
        if (snapshot is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return SyncReport.Build(snapshot, await progress.OperationsAsync(runId, ct), await watchLater.VerifiedGoneAsync(runId, ct),
            await VideoTitles.ReadAsync(db, ct),
            (await db.SyncCategoryPlaylists.Where(c => c.RunId == runId).Select(c => new { c.CategoryKey, c.PlaylistId }).ToListAsync(ct)).ToDictionary(c => c.CategoryKey.Value, c => c.PlaylistId.Value));
    }
}
