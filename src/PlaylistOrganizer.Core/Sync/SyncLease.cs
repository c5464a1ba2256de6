using Microsoft.Extensions.Options;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Which copy of the app works on a run, across processes: the web server's worker and command-line verbs share the
/// database, not memory. A pass holds the run's lease from start to end; no other copy works on the run while the
/// holder is alive (checked by process on this machine, by the lease's expiry for one on another machine).
/// </summary>
public sealed class SyncLease(SyncJournal journal, AppInstance me, TimeProvider time, IOptions<SyncEngineOptions> options)
{
    /// <summary>How long a lease lasts without renewal: what a copy on another machine waits for after a crash
    /// (<c>Sync:LeaseDuration</c>).</summary>
    public TimeSpan Duration { get; } = options.Value.LeaseDuration;

    /// <summary>Takes the run for this copy of the app. Null when taken; otherwise who has it ("the web app (process 12)").</summary>
    public async Task<string?> TryAcquireAsync(long runId, CancellationToken ct)
    {
        var (holder, holderUntil, _) = await journal.LeaseOfAsync(runId, ct);
        if (holder is { } other && other != me.Id && IsAlive(other, holderUntil)) return AppInstance.Describe(other);
        // Compare-and-set on the holder seen: of two copies taking a free run at once, one wins.
        return await journal.TakeLeaseAsync(runId, holder, me.Id, time.GetUtcNow() + Duration, ct) ? null : await TryAcquireAsync(runId, ct);
    }

    /// <summary>The run's status while this copy still holds it (renewing the lease when half spent); null once it lost it.</summary>
    public async Task<SyncRunStatus?> KeepAsync(long runId, CancellationToken ct)
    {
        var (holder, holderUntil, status) = await journal.LeaseOfAsync(runId, ct);
        if (holder != me.Id) return null;
        var now = time.GetUtcNow();
        if (holderUntil is not { } until || until - now < Duration / 2) await journal.RenewLeaseAsync(runId, me.Id, now + Duration, ct);
        return status;
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
                await journal.RenewLeaseAsync(runId, me.Id, time.GetUtcNow() + Duration, ct);
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
        var now = time.GetUtcNow();
        var taken = new List<long>();
        foreach (var run in await journal.RunningHeldByOthersAsync(me.Id, ct))
        {
            if (me.IsAlive(run.Holder) is not null || run.Until > now) continue;
            // Compare-and-set on the holder seen: of two survivors taking over at once, one wins.
            if (await journal.TakeOverAsync(run.Id, run.Holder, me.Id, now + Duration, ct)) taken.Add(run.Id);
        }
        return taken;
    }

    public Task ReleaseAsync(long runId, CancellationToken ct) => journal.ReleaseLeaseAsync(runId, me.Id, ct);

    /// <summary>
    /// Marks Interrupted the running runs whose worker died, so they wait for a manual resume that reads unknown outcomes
    /// back first. With <paramref name="includeUnclaimed"/> also those no worker has taken yet: for a web server that is
    /// starting, whose own worker is the one that would have taken them.
    /// </summary>
    public Task InterruptAbandonedAsync(bool includeUnclaimed, CancellationToken ct) =>
        journal.InterruptRunningAsync(run => run.WorkedBy is { } holder ? !IsAlive(holder, run.WorkedUntil) : includeUnclaimed, ct);

    /// <summary>Whether the copy of the app named by a lease still works on its run.</summary>
    public bool IsAlive(string holder, DateTimeOffset? until) => me.IsAlive(holder) ?? until > time.GetUtcNow();
}
