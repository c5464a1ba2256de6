using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Sync;

public sealed class SyncLeaseTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-19T18:00:00Z"));
    private readonly AppInstance me = new("the web app");
    private readonly SyncLease lease;
    private readonly long runId;

    public SyncLeaseTests()
    {
        lease = new SyncLease(new SyncJournal(database, time), me, time);
        using var db = database.CreateDbContext();
        var run = new SyncRun { PlanKind = PlanKind.Plain, VersionHash = "v1", StateFingerprint = "yt:1|takeout:0", StartedAt = time.GetUtcNow() };
        db.SyncRuns.Add(run);
        db.SaveChanges();
        runId = run.Id;
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_live_process_on_this_machine_keeps_the_run_until_it_dies()
    {
        using var other = Process.Start("sleep", "60");
        await HeldByAsync(AppInstance.IdOf("the command line", Environment.MachineName, other.Id, other.StartTime.ToUniversalTime(), Guid.NewGuid()));

        Assert.Equal($"the command line (process {other.Id})", await lease.TryAcquireAsync(runId, CancellationToken.None));
        await lease.InterruptAbandonedAsync(includeUnclaimed: true, CancellationToken.None);
        Assert.Equal(SyncRunStatus.Running, (await RunAsync()).Status);

        other.Kill();
        await other.WaitForExitAsync();
        await lease.InterruptAbandonedAsync(includeUnclaimed: false, CancellationToken.None);

        var run = await RunAsync();
        Assert.Equal((SyncRunStatus.Interrupted, null), (run.Status, run.WorkedBy));
        Assert.Equal(SyncRun.StoppedWhileRunning, run.StatusDetail);
    }

    [Fact]
    public async Task A_process_that_reused_the_holders_id_is_not_the_holder()
    {
        using var newcomer = Process.Start("sleep", "60");
        var original = newcomer.StartTime.ToUniversalTime().AddHours(-1);
        await HeldByAsync(AppInstance.IdOf("the command line", Environment.MachineName, newcomer.Id, original, Guid.NewGuid()));

        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
        Assert.Equal(me.Id, (await RunAsync()).WorkedBy);
        newcomer.Kill();
    }

    [Fact]
    public void An_earlier_copy_of_the_app_in_this_process_has_stopped()
    {
        var earlier = new AppInstance("the web app");
        Assert.True(me.IsAlive(me.Id));
        Assert.False(me.IsAlive(earlier.Id));
    }

    [Fact]
    public async Task A_holder_on_another_machine_is_trusted_until_its_lease_runs_out()
    {
        await HeldByAsync(AppInstance.IdOf("the web app", "other-host", 77, DateTime.UtcNow, Guid.NewGuid()), time.GetUtcNow() + SyncLease.Duration);

        Assert.Equal("the web app (process 77 on other-host)", await lease.TryAcquireAsync(runId, CancellationToken.None));
        time.Advance(SyncLease.Duration + TimeSpan.FromSeconds(1));
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
    }

    [Fact]
    public async Task Keeping_the_run_renews_the_lease_when_half_spent_and_notices_losing_it()
    {
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
        time.Advance(SyncLease.Duration * 0.6);

        Assert.Equal(SyncRunStatus.Running, await lease.KeepAsync(runId, CancellationToken.None));
        Assert.Equal(time.GetUtcNow() + SyncLease.Duration, (await RunAsync()).WorkedUntil);

        await HeldByAsync(AppInstance.IdOf("the web app", "other-host", 77, DateTime.UtcNow, Guid.NewGuid()));
        Assert.Null(await lease.KeepAsync(runId, CancellationToken.None));
    }

    [Fact]
    public async Task Releasing_frees_the_run_and_an_unclaimed_run_is_interrupted_only_when_asked()
    {
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
        await lease.ReleaseAsync(runId, CancellationToken.None);
        await lease.InterruptAbandonedAsync(includeUnclaimed: false, CancellationToken.None);
        Assert.Equal((SyncRunStatus.Running, null), ((await RunAsync()).Status, (await RunAsync()).WorkedBy));

        await lease.InterruptAbandonedAsync(includeUnclaimed: true, CancellationToken.None);
        Assert.Equal(SyncRunStatus.Interrupted, (await RunAsync()).Status);
    }

    private async Task HeldByAsync(string holder, DateTimeOffset? until = null)
    {
        await using var db = database.CreateDbContext();
        await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, holder)
            .SetProperty(r => r.WorkedUntil, until ?? time.GetUtcNow() + SyncLease.Duration));
    }

    private async Task<SyncRun> RunAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
    }
}
