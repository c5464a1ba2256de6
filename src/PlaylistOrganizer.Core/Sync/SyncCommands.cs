using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>The user's end-of-stage choice about collected failures.</summary>
public enum FailureDecision { Skip, Retry, Abort }

/// <summary>A command's answer: done (with the run), or refused with a message and nothing changed.</summary>
public sealed record SyncCommandResult(SyncRun? Run, string? Refusal)
{
    public bool Succeeded => Refusal is null;
    public static SyncCommandResult Ok(SyncRun run) => new(run, null);
    public static SyncCommandResult Refused(string why) => new(null, why);
}

/// <summary>
/// Everything a user can do to a sync: start it from a previewed plan, pause, resume, decide about failures, confirm
/// the Watch Later clean-up. Each command checks the run's current state and refuses clearly when it does not apply.
/// </summary>
public sealed class SyncCommands(IDbContextFactory<OrganizerDbContext> dbFactory, AccountStatusStore accounts, QuotaLedger ledger, TimeProvider time)
{
    /// <summary>Saves the plan as a new sync. Refused if a sync is active, the plan is stale or the account cannot write.</summary>
    public async Task<SyncCommandResult> StartAsync(SyncPlan plan, TargetStructure target, CurrentState current, CancellationToken ct)
    {
        if (current.OutdatedBecause is { } outdated)
        {
            return SyncCommandResult.Refused(outdated);
        }
        if (plan.IsStaleFor(target.VersionHash, current.Fingerprint))
        {
            return SyncCommandResult.Refused("The preview is out of date: the approved structure or the imported library changed since. Review the new preview.");
        }
        var account = await accounts.GetAsync(ct);
        if (!account.IsConnected || account.NeedsReconnect)
        {
            return SyncCommandResult.Refused("Connect your YouTube account before starting a sync.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SyncRuns.AnyAsync(r => r.ActiveSlot != null, ct))
        {
            return SyncCommandResult.Refused("A sync is already in progress. Finish or abort it before starting another.");
        }
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
            // The unique active-slot index: another start won the race.
            return SyncCommandResult.Refused("A sync is already in progress. Finish or abort it before starting another.");
        }
        var unavailable = current.UnavailableVideoIds;
        db.SyncTargetCategories.AddRange(target.Categories.Select(c => new SyncTargetCategory
        {
            RunId = run.Id, CategoryKey = c.Key, Title = c.Title, Description = c.Description, PrivacyStatus = c.PrivacyStatus,
        }));
        db.SyncTargetVideos.AddRange(target.Categories.SelectMany(c => c.VideoIds.Where(v => !unavailable.Contains(v)).Distinct()
            .Select(v => new SyncTargetVideo { RunId = run.Id, CategoryKey = c.Key, VideoId = v })));
        db.SyncCategoryPlaylists.AddRange(plan.Reuse.Select(r => new SyncCategoryPlaylist
        {
            RunId = run.Id, CategoryKey = r.Key, PlaylistId = r.Value, Title = target.Categories.Single(c => c.Key == r.Key).Title,
        }));
        db.SyncOperations.AddRange(plan.Operations.Select(o => SyncOperation.From(run.Id, o)));
        ActivityEntry.Record(db, run.StartedAt, ActivityArea.Sync, "you",
            $"Started {NameOf(run)} ({plan.Kind} plan, ≈ {plan.TotalUnits.Grouped()} units, {plan.WriteOperations.Grouped()} writes)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SyncCommandResult.Ok(run);
    }

    public Task<SyncCommandResult> PauseAsync(long runId, CancellationToken ct) =>
        ChangeAsync(runId, run => run.Status == SyncRunStatus.Running ? null : "The sync is not running.",
            (run, _) => run.Pause(SyncRunStatus.PausedByUser, "Paused by you. Press Resume to continue."), ct);

    /// <summary>Manual resume (there is no timer). After a crash, in-flight operations become unknown and are read back first.
    /// A sync paused for quota is refused while today's budget is still spent: it would only pause again at once, so
    /// the refusal says when it can go on.</summary>
    public async Task<SyncCommandResult> ResumeAsync(long runId, CancellationToken ct)
    {
        var quota = await ledger.GetStatusAsync(ct);
        return await ChangeAsync(runId, run => run.Status == SyncRunStatus.PausedForQuota && quota.LeftForSyncUnits < QuotaCosts.Write
            ? $"Today's sync budget is still spent ({quota.UsedUnits.Grouped()} of {quota.DailyLimitUnits.Grouped()} units used, {quota.ReserveUnits.Grouped()} kept in reserve). "
              + $"Resume after the quota resets at midnight Pacific time ({Timestamps.Format(quota.NextReset, time.LocalTimeZone)}, in {Countdown.Format(quota.UntilNextReset)})."
            : run.CanResume ? null : run.Status switch
            {
                SyncRunStatus.Running => "The sync is already running.",
                SyncRunStatus.AwaitingDecision => "Decide about the failed operations first: skip, retry or abort.",
                SyncRunStatus.AwaitingWatchLater => "Confirm or skip the Watch Later clean-up first.",
                _ => "The sync has ended.",
            },
            async (run, db) =>
            {
                // An in-flight row's answer was never recorded (the app stopped abruptly): the write may have landed, so
                // it is read back before anything is resent. Its cost is already booked: the ledger charged it when sent.
                await db.SyncOperations.Where(o => o.RunId == run.Id && o.Status == OperationStatus.InFlight)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Unknown), ct);
                run.Resume();
            }, ct);
    }

    /// <summary>
    /// A failure after which the write may have landed: it ran out of retries on a passing error, or the read-back of an
    /// earlier unknown outcome was the call refused for rate.
    /// </summary>
    private static readonly Expression<Func<SyncOperation, bool>> MayHaveLanded =
        o => o.ErrorKind == YouTubeErrorKind.Transient || o.ErrorKind == YouTubeErrorKind.RateLimited;

    public Task<SyncCommandResult> DecideAsync(long runId, FailureDecision decision, CancellationToken ct) =>
        ChangeAsync(runId, run => run.Status == SyncRunStatus.AwaitingDecision ? null : "There is no decision to make right now.",
            async (run, db) =>
            {
                var failed = db.SyncOperations.Where(o => o.RunId == run.Id && o.Status == OperationStatus.Failed);
                var now = time.GetUtcNow();
                switch (decision)
                {
                    case FailureDecision.Skip:
                        // One whose outcome is unknown may have landed: it is read back, and skipped only if it had not,
                        // so the report never calls skipped what YouTube did.
                        await failed.Where(MayHaveLanded).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Unknown)
                            .SetProperty(o => o.SkipIfNotApplied, true), ct);
                        await failed.ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Skipped)
                            .SetProperty(o => o.Message, o => "Skipped by your decision: " + (o.Message ?? o.ErrorReason ?? "failed")).SetProperty(o => o.UpdatedAt, now), ct);
                        run.Resume();
                        break;
                    case FailureDecision.Retry:
                        // Read back before resending what may have landed.
                        await failed.Where(MayHaveLanded).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Unknown)
                            .SetProperty(o => o.SkipIfNotApplied, false), ct);
                        await failed.ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Pending).SetProperty(o => o.SkipIfNotApplied, false), ct);
                        run.Resume();
                        break;
                    case FailureDecision.Abort:
                        run.Finish(SyncRunStatus.Aborted, now, "Aborted by you. Nothing already done was undone.");
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(decision), decision, null);
                }
            }, ct);

    /// <summary>What the report says of a removal the user confirmed without a Takeout.</summary>
    public const string ConfirmedNotVerified = "Confirmed by you, not verified: you removed it from Watch Later by hand (a newer Takeout would verify it).";

    /// <summary>The user removed these videos from Watch Later by hand (null: all that are left). Honestly labelled:
    /// confirmed by the user, not verified, until a newer Takeout shows them gone.</summary>
    public Task<SyncCommandResult> MarkWatchLaterRemovedAsync(long runId, IReadOnlyCollection<string>? videoIds, CancellationToken ct) =>
        WatchLaterAsync(runId, videoIds, OperationStatus.Succeeded, ConfirmedNotVerified, ct);

    /// <summary>
    /// A Takeout exported after the sync began was compared with the checklist: removals of <paramref name="gone"/> are
    /// verified; <paramref name="stillThere"/> are open again (even if confirmed by hand before), for Watch Later still
    /// lists them. The stage ends when nothing is left open.
    /// </summary>
    public Task<SyncCommandResult> RecordWatchLaterVerificationAsync(long runId, IReadOnlyCollection<string> gone, IReadOnlyCollection<string> stillThere,
        DateTimeOffset exportedAt, CancellationToken ct) =>
        ChangeAsync(runId, WatchLaterRefusal,
            async (run, db) =>
            {
                var now = time.GetUtcNow();
                var removals = db.SyncOperations.Where(o => o.RunId == run.Id && o.Kind == OperationKind.RemoveFromWatchLater
                    && (o.Status == OperationStatus.Pending || o.Status == OperationStatus.Succeeded));
                await removals.Where(o => gone.Contains(o.VideoId!)).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Succeeded)
                    .SetProperty(o => o.Message, $"Verified: the Takeout exported {exportedAt:yyyy-MM-dd HH:mm} UTC no longer lists it in Watch Later.")
                    .SetProperty(o => o.UpdatedAt, now), ct);
                await removals.Where(o => stillThere.Contains(o.VideoId!)).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OperationStatus.Pending)
                    .SetProperty(o => o.Message, $"Still in Watch Later in the Takeout exported {exportedAt:yyyy-MM-dd HH:mm} UTC.")
                    .SetProperty(o => o.UpdatedAt, now), ct);
                await ResumeIfNothingOpenAsync(run, db, ct);
            }, ct);

    public Task<SyncCommandResult> SkipWatchLaterAsync(long runId, CancellationToken ct) =>
        WatchLaterAsync(runId, null, OperationStatus.Skipped, "You skipped the Watch Later clean-up; it is still in Watch Later.", ct);

    public Task<SyncCommandResult> AbortAsync(long runId, CancellationToken ct) =>
        ChangeAsync(runId, run => run.IsFinished ? "The sync has already ended." : null,
            (run, _) => run.Finish(SyncRunStatus.Aborted, time.GetUtcNow(), "Aborted by you. Nothing already done was undone."), ct);

    private async Task<SyncCommandResult> WatchLaterAsync(long runId, IReadOnlyCollection<string>? videoIds, OperationStatus status, string message, CancellationToken ct) =>
        await ChangeAsync(runId, WatchLaterRefusal,
            async (run, db) =>
            {
                var now = time.GetUtcNow();
                var open = db.SyncOperations.Where(o => o.RunId == run.Id && o.Stage == SyncStage.WatchLaterCleanup && o.Status == OperationStatus.Pending);
                if (videoIds is not null) open = open.Where(o => videoIds.Contains(o.VideoId!));
                await open.ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status).SetProperty(o => o.Message, message).SetProperty(o => o.UpdatedAt, now), ct);
                await ResumeIfNothingOpenAsync(run, db, ct);
            }, ct);

    private static string? WatchLaterRefusal(SyncRun run) =>
        run.Stage == SyncStage.WatchLaterCleanup && run.Status == SyncRunStatus.AwaitingWatchLater
            ? null : "The sync is not waiting for the Watch Later clean-up.";

    private static async Task ResumeIfNothingOpenAsync(SyncRun run, OrganizerDbContext db, CancellationToken ct)
    {
        if (!await db.SyncOperations.AnyAsync(o => o.RunId == run.Id && o.Stage == SyncStage.WatchLaterCleanup && o.Status == OperationStatus.Pending, ct))
        {
            run.Resume();
        }
    }

    /// <summary>"sync #3" or "restore #4", as the log and the pages name a run.</summary>
    public static string NameOf(SyncRun run) => $"{(run.PlanKind == PlanKind.Restore ? "restore" : "sync")} #{run.Id}";

    private Task<SyncCommandResult> ChangeAsync(long runId, Func<SyncRun, string?> refusal, Action<SyncRun, OrganizerDbContext> change, CancellationToken ct) =>
        ChangeAsync(runId, refusal, (run, db) => { change(run, db); return Task.CompletedTask; }, ct);

    private async Task<SyncCommandResult> ChangeAsync(long runId, Func<SyncRun, string?> refusal, Func<SyncRun, OrganizerDbContext, Task> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = await db.SyncRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return SyncCommandResult.Refused($"There is no sync #{runId}.");
        if (refusal(run) is { } why) return SyncCommandResult.Refused(why);
        var before = run.Status;
        await change(run, db);
        ActivityEntry.Record(db, time.GetUtcNow(), ActivityArea.Sync, "you", $"{NameOf(run)}: {before} → {run.Status}");
        if (!await db.SaveUnlessStatusChangedAsync(ct))
        {
            return SyncCommandResult.Refused($"The sync changed meanwhile (it was {StatusNames.Title(before)}). Look at it again, then choose.");
        }
        await transaction.CommitAsync(ct);
        return SyncCommandResult.Ok(run);
    }
}
