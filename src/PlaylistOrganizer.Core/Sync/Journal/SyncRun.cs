using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Where a sync stands. Only <see cref="Running"/> is worked on by the background worker.</summary>
public enum SyncRunStatus
{
    Running,
    /// <summary>The day's sync budget is spent (or YouTube said so); <see cref="SyncRun.ResumesAt"/> is the next Pacific reset. Resume is manual.</summary>
    PausedForQuota,
    /// <summary>The user pressed Pause.</summary>
    PausedByUser,
    /// <summary>The app working on it stopped or died mid-pass (shutdown, Ctrl+C, crash). Resume reconciles in-flight operations first.</summary>
    Interrupted,
    /// <summary>YouTube refused the app's credentials; continue after reconnecting.</summary>
    NeedsReconnect,
    /// <summary>A stage ended with failures; the user chooses skip, retry or abort.</summary>
    AwaitingDecision,
    /// <summary>Watch Later must be cleaned up by hand (the API cannot); the user confirms or skips.</summary>
    AwaitingWatchLater,
    Completed,
    Aborted,
}

/// <summary>One sync: a saved plan being applied to YouTube, possibly over many days.</summary>
public sealed class SyncRun
{
    /// <summary>Set while the run is unfinished; a unique index on it lets the database refuse a second active sync.</summary>
    public const int ActiveSlotValue = 1;

    public long Id { get; private set; }
    public PlanKind PlanKind { get; init; }
    public required string VersionHash { get; init; }
    public required string StateFingerprint { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public SyncStage Stage { get; private set; } = SyncStage.Backup;
    public SyncRunStatus Status { get; private set; } = SyncRunStatus.Running;
    /// <summary>When a quota pause ends (the next Pacific midnight).</summary>
    public DateTimeOffset? ResumesAt { get; private set; }
    /// <summary>Words for the user about the current status (why it paused, what failed).</summary>
    public string? StatusDetail { get; private set; }
    public int? ActiveSlot { get; private set; } = ActiveSlotValue;
    /// <summary>Estimated units of the plan as previewed, for the report's estimate-vs-actual line.</summary>
    public int EstimatedUnits { get; init; }
    /// <summary>Units spent on reads the engine made for the run (preflight, verify, reconciliation of lost answers).</summary>
    public int ReadUnits { get; private set; }
    /// <summary>The copy of the app working on the run right now (<see cref="AppInstance.Id"/>), if any: see <see cref="SyncLease"/>.</summary>
    public string? WorkedBy { get; private set; }
    /// <summary>When <see cref="WorkedBy"/>'s lease ends unless renewed.</summary>
    public DateTimeOffset? WorkedUntil { get; private set; }

    public bool IsFinished => Status is SyncRunStatus.Completed or SyncRunStatus.Aborted;

    /// <summary>Paused states the user may resume from.</summary>
    public bool CanResume => Status is SyncRunStatus.PausedForQuota or SyncRunStatus.PausedByUser or SyncRunStatus.Interrupted
        or SyncRunStatus.NeedsReconnect;

    /// <summary>What an interrupted run says, whether its worker was shut down or died.</summary>
    public const string StoppedWhileRunning =
        "The sync stopped while it ran (the app or command was stopped, or crashed). Press Resume to continue; nothing is repeated or lost.";

    /// <summary>What an aborted run says: the user's Abort, whenever they chose it.</summary>
    public const string AbortedByYou = "Aborted by you. Nothing already done was undone.";

    // Transitions. Each returns null when it applied, or, changing nothing, why it does not apply now (in the user's
    // words, since the user's commands show it). SyncJournal saves them as a compare-and-set on the status read.

    /// <summary>Running → the next stage, once the current one has nothing open and nothing failed.</summary>
    internal string? AdvanceStage()
    {
        if (Status != SyncRunStatus.Running) return NotRunning;
        if (Stage >= SyncStage.DeleteOriginals) return "The last stage has no next one: the sync completes instead.";
        Stage++;
        return null;
    }

    /// <summary>Running at the last stage → Completed.</summary>
    internal string? Complete(DateTimeOffset at)
    {
        if (Status != SyncRunStatus.Running) return NotRunning;
        if (Stage != SyncStage.DeleteOriginals) return $"The sync is still {StageNames.Doing(Stage)}.";
        Finish(SyncRunStatus.Completed, at, null);
        Stage = SyncStage.Completed;
        return null;
    }

    /// <summary>Running → a waiting state: quota spent (until <paramref name="resumesAt"/>), reconnect needed, a decision
    /// or the Watch Later clean-up awaited, or paused by the user.</summary>
    internal string? Pause(SyncRunStatus status, string detail, DateTimeOffset? resumesAt = null)
    {
        if (status is SyncRunStatus.Running or SyncRunStatus.Interrupted or SyncRunStatus.Completed or SyncRunStatus.Aborted)
            throw new ArgumentOutOfRangeException(nameof(status), status, "Not a pause.");
        if (Status != SyncRunStatus.Running) return NotRunning;
        Status = status;
        StatusDetail = detail;
        ResumesAt = resumesAt;
        return null;
    }

    /// <summary>Running → Interrupted: its worker stopped or died mid-pass. It waits for a manual resume, and no copy of
    /// the app holds it.</summary>
    internal string? Interrupt()
    {
        if (Status != SyncRunStatus.Running) return NotRunning;
        Status = SyncRunStatus.Interrupted;
        StatusDetail = StoppedWhileRunning;
        ResumesAt = null;
        WorkedBy = null;
        WorkedUntil = null;
        return null;
    }

    /// <summary>
    /// A manual resume (there is no timer) from a pause, an interruption or a reconnect → Running. A quota pause is not
    /// left while <paramref name="budgetStillSpent"/> says today's budget is still spent: it would only pause again.
    /// </summary>
    internal string? Resume(string? budgetStillSpent = null) =>
        Status == SyncRunStatus.PausedForQuota && budgetStillSpent is not null ? budgetStillSpent
        : CanResume ? Run() : Status switch
    {
        SyncRunStatus.Running => "The sync is already running.",
        SyncRunStatus.AwaitingDecision => "Decide about the failed operations first: skip, retry or abort.",
        SyncRunStatus.AwaitingWatchLater => "Confirm or skip the Watch Later clean-up first.",
        _ => "The sync has ended.",
    };

    /// <summary>AwaitingDecision → Running, once the user chose to skip or retry the stage's failures.</summary>
    internal string? ContinueAfterDecision() => Status == SyncRunStatus.AwaitingDecision ? Run() : NoDecision;

    /// <summary>Why a failure decision does not apply now, or null when the run awaits one.</summary>
    internal string? RefusalToDecide => Status == SyncRunStatus.AwaitingDecision ? null : NoDecision;

    /// <summary>AwaitingWatchLater → Running, once every Watch Later entry is confirmed or skipped.</summary>
    internal string? ContinueAfterWatchLater() => RefusalOfWatchLater ?? Run();

    /// <summary>Why a Watch Later choice does not apply now, or null when the run waits for it.</summary>
    internal string? RefusalOfWatchLater => Stage == SyncStage.WatchLaterCleanup && Status == SyncRunStatus.AwaitingWatchLater
        ? null : "The sync is not waiting for the Watch Later clean-up.";

    /// <summary>Any unfinished state → Aborted, by the user. Nothing already done is undone.</summary>
    internal string? Abort(DateTimeOffset at)
    {
        if (IsFinished) return "The sync has already ended.";
        Finish(SyncRunStatus.Aborted, at, AbortedByYou);
        return null;
    }

    private const string NotRunning = "The sync is not running.";
    private const string NoDecision = "There is no decision to make right now.";

    private string? Run()
    {
        Status = SyncRunStatus.Running;
        StatusDetail = null;
        ResumesAt = null;
        return null;
    }

    private void Finish(SyncRunStatus status, DateTimeOffset at, string? detail)
    {
        Status = status;
        StatusDetail = detail;
        FinishedAt = at;
        ResumesAt = null;
        ActiveSlot = null;
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> e)
    {
        e.HasKey(r => r.Id);
        e.Property(r => r.PlanKind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Stage).HasConversion<string>().HasMaxLength(30);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(30).IsConcurrencyToken(); // see SyncRunSaving
        e.Property(r => r.VersionHash).HasMaxLength(100);
        e.Property(r => r.StateFingerprint).HasMaxLength(100);
        e.Property(r => r.StatusDetail).HasMaxLength(2000);
        e.Property(r => r.WorkedBy).HasMaxLength(400);
        // One sync at a time, enforced by the database: unfinished runs all hold slot 1 (finished ones hold NULL).
        e.HasIndex(r => r.ActiveSlot).IsUnique();
    }
}
