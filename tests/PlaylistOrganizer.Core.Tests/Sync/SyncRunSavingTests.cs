using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Sync;

public sealed class SyncRunSavingTests : IDisposable
{
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_pass_that_read_the_run_before_the_user_aborted_it_does_not_overwrite_the_abort()
    {
        long runId;
        await using (var setup = database.CreateDbContext())
        {
            var created = new SyncRun { PlanKind = PlanKind.Plain, VersionHash = "v1", StateFingerprint = "yt:1|takeout:0", StartedAt = DateTimeOffset.UnixEpoch };
            setup.SyncRuns.Add(created);
            await setup.SaveChangesAsync();
            runId = created.Id;
        }
        await using var pass = database.CreateDbContext();
        var seenByPass = await pass.SyncRuns.SingleAsync(r => r.Id == runId);

        await using (var user = database.CreateDbContext())
        {
            Assert.Null((await user.SyncRuns.SingleAsync(r => r.Id == runId)).Abort(DateTimeOffset.UnixEpoch));
            Assert.True(await user.SaveUnlessStatusChangedAsync(CancellationToken.None));
        }
        Assert.Null(seenByPass.Pause(SyncRunStatus.PausedForQuota, "Today's sync budget is spent."));

        Assert.False(await pass.SaveUnlessStatusChangedAsync(CancellationToken.None));
        await using var check = database.CreateDbContext();
        var run = await check.SyncRuns.SingleAsync(r => r.Id == runId);
        Assert.Equal((SyncRunStatus.Aborted, null), (run.Status, run.ActiveSlot));
    }
}
