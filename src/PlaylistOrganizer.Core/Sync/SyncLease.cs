using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Which copy of the app works on a run, across processes: the web server's worker and command-line verbs share the
/// database, not memory. A pass holds the run's lease from start to end; no other copy works on the run while the
/// holder is alive (checked by process on this machine, by the lease's expiry for one on another machine).
/// </summary>
public sealed class SyncLease(IDbContextFactory<OrganizerDbContext> dbFactory, AppInstance me, TimeProvider time, IOptions<SyncEngineOptions> options)
{
    /// <summary>How long a lease lasts without renewal: what a copy on another machine waits for after a crash
    /// (<c>Sync:LeaseDuration</c>).</summary>
    public TimeSpan Duration { get; } = options.Value.LeaseDuration;

    /// <summary>Takes the run for this copy of the app. Null when taken; otherwise who has it ("the web app (process 12)").</summary>
    public async Task<string?> TryAcquireAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var holder = await db.SyncRuns.Where(r => r.Id == runId).Select(r => new { r.WorkedBy, r.WorkedUntil }).SingleAsync(ct);
        if (holder.WorkedBy is { } other && other != me.Id && IsAlive(other, holder.WorkedUntil)) return AppInstance.Describe(other);
        var until = time.GetUtcNow() + Duration;
        // Compare-and-set on the holder seen: of two copies taking a free run at once, one wins.
        var taken = await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == holder.WorkedBy)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, me.Id).SetProperty(r => r.WorkedUntil, until), ct);
        return taken == 1 ? null : await TryAcquireAsync(runId, ct);
    }

    /// <summary>The run's status while this copy still holds it (renewing the lease when half spent); null once it lost it.</summary>
    public async Task<SyncRunStatus?> KeepAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.SyncRuns.Where(r => r.Id == runId).Select(r => new { r.Status, r.WorkedBy, r.WorkedUntil }).SingleAsync(ct);
        if (run.WorkedBy != me.Id) return null;
        var now = time.GetUtcNow();
        if (run.WorkedUntil is not { } until || until - now < Duration / 2)
        {
            await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == me.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedUntil, now + Duration), ct);
        }
        return run.Status;
    }

    /// <summary>
    /// Keeps this copy's lease on the run fresh until <paramref name="ct"/> is cancelled: renewed every third of its
    /// duration whatever the pass is doing, so a long call (a slow answer, a back-off) cannot let it lapse.
    /// </summary>
    public async Task HoldAsync(long runId, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Duration / 3, time, ct);
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var until = time.GetUtcNow() + Duration;
                await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == me.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedUntil, until), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Takes over the running runs whose holder, a copy of the app on another machine, let its lease expire (it died, or
    /// lost the database): this copy's worker goes on with them. What the holder left in flight may have reached YouTube,
    /// so those rows are read back before anything is resent, as at a resume. Returns the runs taken.
    /// </summary>
    public async Task<IReadOnlyList<long>> TakeOverExpiredAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var held = await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running && r.WorkedBy != null && r.WorkedBy != me.Id)
            .Select(r => new { r.Id, r.WorkedBy, r.WorkedUntil }).ToListAsync(ct);
        var taken = new List<long>();
        foreach (var run in held.Where(r => me.IsAlive(r.WorkedBy!) is null && !(r.WorkedUntil > now)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var until = now + Duration;
            // Compare-and-set on the holder seen: of two survivors taking over at once, one wins.
            if (await db.SyncRuns.Where(r => r.Id == run.Id && r.WorkedBy == run.WorkedBy && r.Status == SyncRunStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, me.Id).SetProperty(r => r.WorkedUntil, until), ct) == 1)
            {
                await db.SyncOperations.Where(o => o.RunId == run.Id && o.Status == OperationStatus.InFlight)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Unknown), ct);
                taken.Add(run.Id);
            }
            await transaction.CommitAsync(ct);
        }
        return taken;
    }

    public async Task ReleaseAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SyncRuns.Where(r => r.Id == runId && r.WorkedBy == me.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, (string?)null).SetProperty(r => r.WorkedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>
    /// Marks Interrupted the running runs whose worker died, so they wait for a manual resume that reads unknown outcomes
    /// back first. With <paramref name="includeUnclaimed"/> also those no worker has taken yet: for a web server that is
    /// starting, whose own worker is the one that would have taken them.
    /// </summary>
    public async Task InterruptAbandonedAsync(bool includeUnclaimed, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var run in await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running).ToListAsync(ct))
        {
            var abandoned = run.WorkedBy is { } holder ? !IsAlive(holder, run.WorkedUntil) : includeUnclaimed;
            if (abandoned) run.Interrupt();
        }
        await db.SaveUnlessStatusChangedAsync(ct); // changed meanwhile: then it is not abandoned
    }

    /// <summary>Whether the copy of the app named by a lease still works on its run.</summary>
    public bool IsAlive(string holder, DateTimeOffset? until) => me.IsAlive(holder) ?? until > time.GetUtcNow();
}
