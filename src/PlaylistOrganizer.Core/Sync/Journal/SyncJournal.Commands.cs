using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.ActivityLog;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

// The user's side: starting a run and the choices that move it. Each choice is logged with the change it makes.
public sealed partial class SyncJournal
{
    /// <summary>
    /// Saves a plan as a new run, with its frozen target (less unavailable videos), the playlists it reuses and its
    /// operations, in one transaction. Null when another sync is active (the database's unique active slot decides a race).
    /// </summary>
    public async Task<SyncRun?> StartAsync(SyncPlan plan, TargetStructure target, IReadOnlySet<string> unavailable, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SyncRuns.AnyAsync(r => r.ActiveSlot != null, ct)) return null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new SyncRun
        {
            PlanKind = plan.Kind, VersionHash = plan.VersionHash, StateFingerprint = plan.StateFingerprint, StartedAt = time.GetUtcNow(),
            EstimatedUnits = plan.TotalUnits,
        };
        db.SyncRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return null; // the unique active-slot index: another start won the race
        }
        db.SyncTargetCategories.AddRange(target.Categories.Select(c => new SyncTargetCategory
        {
            RunId = run.Id, CategoryKey = c.Key, Title = c.Title, Description = c.Description, Privacy = c.Privacy,
        }));
        db.SyncTargetVideos.AddRange(target.Categories.SelectMany(c => c.VideoIds.Where(v => !unavailable.Contains(v)).Distinct()
            .Select(v => new SyncTargetVideo { RunId = run.Id, CategoryKey = c.Key, VideoId = new VideoId(v) })));
        db.SyncCategoryPlaylists.AddRange(plan.Reuse.Select(r => new SyncCategoryPlaylist
        {
            RunId = run.Id, CategoryKey = r.Key, PlaylistId = r.Value, Title = target.Categories.Single(c => c.Key == r.Key).Title,
        }));
        db.SyncOperations.AddRange(plan.Operations.Select(o => SyncOperation.From(run.Id, o)));
        ActivityEntry.Record(db, run.StartedAt, ActivityArea.Sync, "you",
            $"Started {SyncCommands.NameOf(run)} ({plan.Kind} plan, ≈ {plan.TotalUnits.Grouped()} units, {plan.WriteOperations.Grouped()} writes)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run;
    }

    public Task<SyncCommandResult> PauseByUserAsync(long runId, CancellationToken ct) =>
        CommandAsync(runId, (run, _, _) => Task.FromResult(run.Pause(SyncRunStatus.PausedByUser, "Paused by you. Press Resume to continue.")), ct);

    /// <summary>After a stop, in-flight operations become unknown: they are read back before anything is resent. A run
    /// paused for quota stays paused while <paramref name="budgetStillSpent"/> says why it cannot go on yet.</summary>
    public Task<SyncCommandResult> ResumeAsync(long runId, string? budgetStillSpent, CancellationToken ct) =>
        CommandAsync(runId, async (run, db, now) =>
        {
            if (run.Resume(budgetStillSpent) is { } refused) return refused;
            // An in-flight row's answer was never recorded (the app stopped abruptly): the write may have landed.
            foreach (var op in await db.SyncOperations.Where(o => o.RunId == run.Id && o.Status == OperationStatus.InFlight).ToListAsync(ct))
            {
                op.MarkAnswerNeverRecorded(now);
            }
            return null;
        }, ct);

    /// <summary>The end-of-stage choice about the stage's failures: skip them, retry them, or abort the run.</summary>
    public Task<SyncCommandResult> DecideAsync(long runId, FailureDecision decision, CancellationToken ct) =>
        CommandAsync(runId, async (run, db, now) =>
        {
            if (run.RefusalToDecide is { } refused) return refused;
            if (decision == FailureDecision.Abort) return run.Abort(now);
            Func<SyncOperation, DateTimeOffset, bool> choice = decision switch
            {
                FailureDecision.Skip => (op, at) => op.SkipByDecision(at),
                FailureDecision.Retry => (op, at) => op.RetryByDecision(at),
                _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
            };
            foreach (var op in await db.SyncOperations.Where(o => o.RunId == run.Id && o.Status == OperationStatus.Failed).ToListAsync(ct))
            {
                choice(op, now);
            }
            return run.ContinueAfterDecision();
        }, ct);

    /// <summary>
    /// The user's word on Watch Later entries (null: all that are left): removed by hand, or skipped. The run goes on
    /// once none is left.
    /// </summary>
    public Task<SyncCommandResult> SettleWatchLaterAsync(long runId, IReadOnlyCollection<string>? videoIds, bool removed, CancellationToken ct) =>
        CommandAsync(runId, async (run, db, now) =>
        {
            if (run.RefusalOfWatchLater is { } refused) return refused;
            var open = db.SyncOperations.Where(o => o.RunId == run.Id && o.Stage == SyncStage.WatchLaterCleanup && o.Status == OperationStatus.Pending);
            var all = await open.ToListAsync(ct);
            var chosen = videoIds is null ? all : all.Where(o => videoIds.Contains(o.VideoId!.Value.Value)).ToList();
            foreach (var op in chosen)
            {
                _ = removed
                    ? op.ConfirmDoneByHand(now, SyncCommands.ConfirmedNotVerified)
                    : op.Skip(now, "You skipped the Watch Later clean-up; it is still in Watch Later.");
            }
            return chosen.Count == all.Count ? run.ContinueAfterWatchLater() : null;
        }, ct);

    /// <summary>
    /// A newer Takeout's word on Watch Later: entries it no longer lists are verified removed; entries it still lists are
    /// open again, even if the user had confirmed them by hand. The run goes on once none is left open.
    /// </summary>
    public Task<SyncCommandResult> RecordWatchLaterVerificationAsync(long runId, IReadOnlyCollection<string> gone,
        IReadOnlyCollection<string> stillThere, DateTimeOffset exportedAt, CancellationToken ct) =>
        CommandAsync(runId, async (run, db, now) =>
        {
            if (run.RefusalOfWatchLater is { } refused) return refused;
            var export = exportedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var removals = await db.SyncOperations.Where(o => o.RunId == run.Id && o.Stage == SyncStage.WatchLaterCleanup).ToListAsync(ct);
            var goneSet = gone.ToHashSet();
            var stillSet = stillThere.ToHashSet();
            foreach (var op in removals)
            {
                var video = op.VideoId!.Value.Value;
                if (goneSet.Contains(video)) op.VerifyRemovedByTakeout(now, $"Verified: the Takeout exported {export} UTC no longer lists it in Watch Later.");
                else if (stillSet.Contains(video)) op.ReopenStillListed(now, $"Still in Watch Later in the Takeout exported {export} UTC.");
            }
            return removals.Any(o => o.Status == OperationStatus.Pending) ? null : run.ContinueAfterWatchLater();
        }, ct);

    public Task<SyncCommandResult> AbortAsync(long runId, CancellationToken ct) =>
        CommandAsync(runId, (run, _, now) => Task.FromResult(run.Abort(now)), ct);

    /// <summary>
    /// Loads the run, applies the command (which returns null, or why it does not apply), logs the change and saves it
    /// all in one transaction, unless the run's status changed since it was read: then nothing is saved.
    /// </summary>
    private async Task<SyncCommandResult> CommandAsync(long runId,
        Func<SyncRun, OrganizerDbContext, DateTimeOffset, Task<string?>> command, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = await db.SyncRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return SyncCommandResult.Refused($"There is no sync #{runId}.");
        var before = run.Status;
        var now = time.GetUtcNow();
        if (await command(run, db, now) is { } why) return SyncCommandResult.Refused(why);
        ActivityEntry.Record(db, now, ActivityArea.Sync, "you", $"{SyncCommands.NameOf(run)}: {before} → {run.Status}");
        if (!await db.SaveUnlessStatusChangedAsync(ct))
        {
            return SyncCommandResult.Refused($"The sync changed meanwhile (it was {StatusNames.Title(before)}). Look at it again, then choose.");
        }
        await transaction.CommitAsync(ct);
        return SyncCommandResult.Ok(run);
    }
}
