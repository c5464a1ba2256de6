using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
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
/// the Watch Later clean-up. Start checks the plan and the account here; the journal applies each choice only where the
/// run's state allows it (the run's transitions say where), and refuses clearly otherwise. Every change that went through
/// wakes the background worker, so it acts on it at once.
/// </summary>
public sealed class SyncCommands(SyncJournal journal, AccountStatusStore accounts, QuotaLedger ledger, ISyncWorkerWake worker, TimeProvider time)
{
    /// <summary>What the report says of a removal the user confirmed without a Takeout.</summary>
    public const string ConfirmedNotVerified = "Confirmed by you, not verified: you removed it from Watch Later by hand (a newer Takeout would verify it).";

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
        if (!(await accounts.GetAsync(ct)).IsReady)
        {
            return SyncCommandResult.Refused("Connect your YouTube account before starting a sync.");
        }
        return Woken(await journal.StartAsync(plan, target, current.UnavailableVideoIds, ct) is { } run
            ? SyncCommandResult.Ok(run)
            : SyncCommandResult.Refused("A sync is already in progress. Finish or abort it before starting another."));
    }

    public async Task<SyncCommandResult> PauseAsync(long runId, CancellationToken ct) => Woken(await journal.PauseByUserAsync(runId, ct));

    /// <summary>
    /// Manual resume (there is no timer). After a crash, in-flight operations become unknown and are read back first.
    /// A sync paused for quota is refused while today's budget is still spent: it would only pause again at once, so
    /// the refusal says when it can go on.
    /// </summary>
    public async Task<SyncCommandResult> ResumeAsync(long runId, CancellationToken ct)
    {
        var quota = await ledger.GetStatusAsync(ct);
        var budgetStillSpent = quota.LeftForSyncUnits < QuotaCosts.Write
            ? $"Today's sync budget is still spent ({quota.UsedUnits.Grouped()} of {quota.DailyLimitUnits.Grouped()} units used, {quota.ReserveUnits.Grouped()} kept in reserve). "
              + $"Resume after the quota resets at midnight Pacific time ({Timestamps.Format(quota.NextReset, time.LocalTimeZone)}, in {Countdown.Format(quota.UntilNextReset)})."
            : null;
        return Woken(await journal.ResumeAsync(runId, budgetStillSpent, ct));
    }

    public async Task<SyncCommandResult> DecideAsync(long runId, FailureDecision decision, CancellationToken ct) => Woken(await journal.DecideAsync(runId, decision, ct));

    /// <summary>The user removed these videos from Watch Later by hand (null: all that are left). Honestly labelled:
    /// confirmed by the user, not verified, until a newer Takeout shows them gone.</summary>
    public async Task<SyncCommandResult> MarkWatchLaterRemovedAsync(long runId, IReadOnlyCollection<string>? videoIds, CancellationToken ct) =>
        Woken(await journal.SettleWatchLaterAsync(runId, videoIds, removed: true, ct));

    public async Task<SyncCommandResult> SkipWatchLaterAsync(long runId, CancellationToken ct) =>
        Woken(await journal.SettleWatchLaterAsync(runId, null, removed: false, ct));

    /// <summary>
    /// A Takeout exported after the sync began was compared with the checklist: removals of <paramref name="gone"/> are
    /// verified; <paramref name="stillThere"/> are open again (even if confirmed by hand before), for Watch Later still
    /// lists them. The stage ends when nothing is left open.
    /// </summary>
    public async Task<SyncCommandResult> RecordWatchLaterVerificationAsync(long runId, IReadOnlyCollection<string> gone, IReadOnlyCollection<string> stillThere,
        DateTimeOffset exportedAt, CancellationToken ct) =>
        Woken(await journal.RecordWatchLaterVerificationAsync(runId, gone, stillThere, exportedAt, ct));

    public async Task<SyncCommandResult> AbortAsync(long runId, CancellationToken ct) => Woken(await journal.AbortAsync(runId, ct));

    /// <summary>Wakes the worker when the command changed something; a refusal changed nothing, so nothing to see.</summary>
    private SyncCommandResult Woken(SyncCommandResult result)
    {
        if (result.Succeeded) worker.Wake();
        return result;
    }

    /// <summary>"sync #3" or "restore #4", as the log and the pages name a run.</summary>
    public static string NameOf(SyncRun run) => $"{(run.PlanKind == PlanKind.Restore ? "restore" : "sync")} #{run.Id}";
}
