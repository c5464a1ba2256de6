using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>Finds a sync's report; reports live as long as the journal does (they are never trimmed).</summary>
public sealed class SyncReports(SyncProgress progress, WatchLaterCleanup watchLater)
{
    public async Task<SyncReport?> GetAsync(long runId, CancellationToken ct)
    {
        var snapshot = await progress.GetAsync(runId, ct);
        return snapshot is null ? null : SyncReport.Build(snapshot, await progress.OperationsAsync(runId, ct), await watchLater.VerifiedGoneAsync(runId, ct));
    }
}
