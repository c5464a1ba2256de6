using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// State transitions of journal rows, each a compare-and-set on the expected status, committed at once. Zero rows
/// changed means someone else moved the row, and the caller must not act on it.
/// </summary>
public sealed class Journal(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Marks the row in flight before its request goes out. False if it was no longer pending or unknown.</summary>
    public async Task<bool> BeginAttemptAsync(long operationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var changed = await db.SyncOperations
            .Where(o => o.Id == operationId && (o.Status == OperationStatus.Pending || o.Status == OperationStatus.Unknown))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.InFlight)
                .SetProperty(o => o.Attempts, o => o.Attempts + 1)
                .SetProperty(o => o.UpdatedAt, now), ct);
        return changed == 1;
    }

    /// <summary>Records how an attempt (or a reconciliation) ended. Its cost is booked by the ledger, not here.</summary>
    public async Task EndAsync(long operationId, OperationStatus status, CancellationToken ct,
        string? resultId = null, string? itemId = null, YouTubeError? error = null, string? message = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var errorKind = error?.Kind;
        var errorReason = error?.Reason;
        var text = message ?? error?.Message;
        await db.SyncOperations
            .Where(o => o.Id == operationId && o.Status != OperationStatus.Succeeded && o.Status != OperationStatus.Skipped)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status)
                .SetProperty(o => o.ResultId, o => resultId ?? o.ResultId)
                .SetProperty(o => o.ItemId, o => itemId ?? o.ItemId)
                .SetProperty(o => o.ErrorKind, errorKind)
                .SetProperty(o => o.ErrorReason, errorReason)
                .SetProperty(o => o.Message, o => text ?? o.Message)
                .SetProperty(o => o.UpdatedAt, now), ct);
    }
}
