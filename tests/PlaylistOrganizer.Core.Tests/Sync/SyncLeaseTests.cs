using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

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
        lease = new SyncLease(new SyncJournal(database, time), me, time, Options.Create(new SyncEngineOptions()));
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
        await HeldByAsync(AppInstance.IdOf("the web app", "other-host", 77, DateTime.UtcNow, Guid.NewGuid()), time.GetUtcNow() + lease.Duration);

        Assert.Equal("the web app (process 77 on other-host)", await lease.TryAcquireAsync(runId, CancellationToken.None));
        time.Advance(lease.Duration + TimeSpan.FromSeconds(1));
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
    }

    [Fact]
    public async Task Keeping_the_run_renews_the_lease_when_half_spent_and_notices_losing_it()
    {
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
        time.Advance(lease.Duration * 0.6);

        Assert.Equal(SyncRunStatus.Running, await lease.KeepAsync(runId, CancellationToken.None));
        Assert.Equal(time.GetUtcNow() + lease.Duration, (await RunAsync()).WorkedUntil);

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

    [Fact]
    public async Task A_survivor_takes_over_a_run_whose_holder_on_another_machine_let_its_lease_expire_and_reads_its_writes_back()
    {
        var gone = AppInstance.IdOf("the web app", "machine-a", 77, DateTime.UtcNow, Guid.NewGuid());
        await HeldByAsync(gone, time.GetUtcNow() + lease.Duration);
        long inFlight;
        await using (var db = database.CreateDbContext())
        {
            var op = SyncOperation.From(runId, new PlannedOperation.AddVideo(1, new CategoryKey("c1"), new PlaylistRef.Existing(new PlaylistId("PLcat")),
                new VideoId("vvvvvvvvvvv"), "Music"));
            Assert.True(op.BeginAttempt(time.GetUtcNow()));
            db.SyncOperations.Add(op);
            await db.SaveChangesAsync();
            inFlight = op.Id;
        }

        Assert.Empty(await lease.TakeOverExpiredAsync(CancellationToken.None)); // still within its lease
        time.Advance(lease.Duration + TimeSpan.FromSeconds(1));
        Assert.Equal([runId], await lease.TakeOverExpiredAsync(CancellationToken.None));

        var run = await RunAsync();
        Assert.Equal((SyncRunStatus.Running, me.Id), (run.Status, run.WorkedBy));
        await using var check = database.CreateDbContext();
        Assert.Equal(OperationStatus.Unknown, (await check.SyncOperations.SingleAsync(o => o.Id == inFlight)).Status);
        Assert.Empty(await lease.TakeOverExpiredAsync(CancellationToken.None)); // ours now
    }

    [Fact]
    public async Task A_dead_holder_on_this_machine_is_not_taken_over_but_left_for_an_interrupt()
    {
        await HeldByAsync(AppInstance.IdOf("the command line", Environment.MachineName, 1, DateTime.UtcNow.AddYears(-1), Guid.NewGuid()), time.GetUtcNow() - TimeSpan.FromSeconds(1));

        Assert.Empty(await lease.TakeOverExpiredAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Holding_the_run_renews_its_lease_on_a_timer_until_the_pass_ends()
    {
        Assert.Null(await lease.TryAcquireAsync(runId, CancellationToken.None));
        var taken = (await RunAsync()).WorkedUntil;
        using var pass = new CancellationTokenSource();
        var holding = lease.HoldAsync(runId, pass.Token);

        time.Advance(lease.Duration / 3);
        for (var i = 0; i < 200 && (await RunAsync()).WorkedUntil == taken; i++) await Task.Delay(10);
        Assert.Equal(time.GetUtcNow() + lease.Duration, (await RunAsync()).WorkedUntil);

        await pass.CancelAsync();
        await holding;
        var last = (await RunAsync()).WorkedUntil;
        time.Advance(lease.Duration);
        await Task.Delay(50);
        Assert.Equal(last, (await RunAsync()).WorkedUntil);
    }

    private async Task HeldByAsync(string holder, DateTimeOffset? until = null)
    {
        await using var db = database.CreateDbContext();
        await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkedBy, holder)
            .SetProperty(r => r.WorkedUntil, until ?? time.GetUtcNow() + lease.Duration));
    }

    private async Task<SyncRun> RunAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
    }
}
