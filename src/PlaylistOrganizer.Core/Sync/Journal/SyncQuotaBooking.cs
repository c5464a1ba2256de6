using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Quota;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Books the ledger's charges for a sync: to a journal row (its writes and the reads that reconcile it) or to the run's
/// own reads (preflight, verify). Written in the ledger's transaction, so the report's units are the ledger's, always.
/// </summary>
public sealed class SyncQuotaBooking : IQuotaBooking
{
    private readonly long runId;
    private readonly long? operationId;

    private SyncQuotaBooking(long runId, long? operationId)
    {
        this.runId = runId;
        this.operationId = operationId;
    }

    /// <summary>Calls made for this journal row from now until the returned scope ends.</summary>
    public static IDisposable ForOperation(SyncOperation operation) => QuotaAttribution.To(new SyncQuotaBooking(operation.RunId, operation.Id));

    /// <summary>Reads the engine makes for the run itself, until the returned scope ends.</summary>
    public static IDisposable ForRunReads(long runId) => QuotaAttribution.To(new SyncQuotaBooking(runId, null));

    public Task BookAsync(OrganizerDbContext db, int units, CancellationToken ct) => SyncJournal.BookUnitsAsync(db, runId, operationId, units, ct);
}
