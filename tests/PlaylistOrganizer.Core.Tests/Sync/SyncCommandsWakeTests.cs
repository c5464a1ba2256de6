using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>The commands wake the background worker themselves after a change it must act on, and not after a refusal
/// (which changed nothing): the pages only call the commands.</summary>
public sealed class SyncCommandsWakeTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-19T18:00:00Z"));
    private readonly CountingWake worker = new();
    private readonly SyncCommands commands;
    private readonly long runId;

    public SyncCommandsWakeTests()
    {
        commands = new SyncCommands(new SyncJournal(database, time), new AccountStatusStore(database, time),
            new QuotaLedger(database, new QuotaClock(time), new StaticOptions<QuotaOptions>(new QuotaOptions())), worker, time);
        using var db = database.CreateDbContext();
        var run = new SyncRun { PlanKind = PlanKind.Plain, VersionHash = "v1", StateFingerprint = "yt:1|takeout:0", StartedAt = time.GetUtcNow() };
        db.SyncRuns.Add(run);
        db.SaveChanges();
        runId = run.Id;
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Each_change_wakes_the_worker_once_and_a_refusal_does_not()
    {
        Assert.True((await commands.PauseAsync(runId, CancellationToken.None)).Succeeded);
        Assert.Equal(1, worker.Wakes);

        Assert.False((await commands.PauseAsync(runId, CancellationToken.None)).Succeeded); // paused already
        Assert.Equal(1, worker.Wakes);

        Assert.True((await commands.AbortAsync(runId, CancellationToken.None)).Succeeded);
        Assert.Equal(2, worker.Wakes);

        Assert.False((await commands.ResumeAsync(runId, CancellationToken.None)).Succeeded); // aborted: over
        Assert.Equal(2, worker.Wakes);
    }

    private sealed class CountingWake : ISyncWorkerWake
    {
        public int Wakes { get; private set; }
        public void Wake() => Wakes++;
    }
}
