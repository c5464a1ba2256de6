using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Sync;

// Which copy of the app works on a run (see SyncLease for the rules): the lease columns of the run.
public sealed partial class SyncJournal
{
    /// <summary>Who holds the run's lease, and until when.</summary>
    public async Task<(string? Holder, DateTimeOffset? Until, SyncRunStatus Status)> LeaseOfAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.SyncRuns.Where(r => r.Id == runId).Select(r => new { r.WorkedBy, r.WorkedUntil, r.Status }).SingleAsync(ct);
        return (run.WorkedBy, run.WorkedUntil, run.Status);
    }

    /// <summary>Gives the lease to <paramref name="holder"/> if it is still held by <paramref name="seen"/> (compare-and-set:
    /// of two copies taking a free run at once, one wins).</summary>
    public async Task<bool> TakeLeaseAsync(long runId, string? seen, string holder, DateTimeOffset until, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, holder).SetProperty(r => r.WorkedUntil, until), ct) == 1;
    }

    /// <summary>Extends the lease, if <paramref name="holder"/> still holds it.</summary>
    public async Task RenewLeaseAsync(long runId, string holder, DateTimeOffset until, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedUntil, until), ct);
    }

    /// <summary>Running runs whose lease another copy of the app holds: who, and until when.</summary>
    public async Task<List<(long Id, string Holder, DateTimeOffset? Until)>> RunningHeldByOthersAsync(string me, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var held = await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running && r.WorkedBy != null && r.WorkedBy != me)
            .Select(r => new { r.Id, r.WorkedBy, r.WorkedUntil }).ToListAsync(ct);
        return held.Select(r => (r.Id, r.WorkedBy!, r.WorkedUntil)).ToList();
    }

    /// <summary>
    /// Takes a running run from <paramref name="seen"/>, whose lease expired, for <paramref name="holder"/>; in the same
    /// commit its in-flight rows become unknown (the old holder's writes may have landed). False when someone else
    /// changed the run first.
    /// </summary>
    public async Task<bool> TakeOverAsync(long runId, string seen, string holder, DateTimeOffset until, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == seen && r.Status == SyncRunStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, holder).SetProperty(r => r.WorkedUntil, until), ct) != 1)
        {
            return false;
        }
        var now = time.GetUtcNow();
        foreach (var op in await db.SyncOperations.Where(o => o.RunId == runId && o.Status == OperationStatus.InFlight).ToListAsync(ct))
        {
            op.MarkAnswerNeverRecorded(now);
        }
        if (!await db.SaveUnlessStatusChangedAsync(ct)) return false;
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task ReleaseLeaseAsync(long runId, string holder, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, (string?)null).SetProperty(r => r.WorkedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>Marks Interrupted the running runs <paramref name="abandoned"/> picks (their worker died), in one commit;
    /// none if any changed meanwhile (then it is not abandoned).</summary>
    public async Task InterruptRunningAsync(Func<SyncRun, bool> abandoned, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var run in await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running).ToListAsync(ct))
        {
            if (abandoned(run)) run.Interrupt();
        }
        await db.SaveUnlessStatusChangedAsync(ct);
    }
}
