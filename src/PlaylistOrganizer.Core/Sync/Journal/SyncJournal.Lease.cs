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
