using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using static PlaylistOrganizer.Core.Sync.SyncRunStatus;

namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>Every transition of a run, from every status: where it applies, what a refusal says, and that it changes nothing.</summary>
public sealed class RunTransitionTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-19T18:00:00Z");

    /// <summary>A transition and the statuses it applies from.</summary>
    public sealed record Case(string Name, Func<SyncRun, string?> Apply, SyncRunStatus[] From)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] Cases =
    [
        new("advance the stage", r => r.AdvanceStage(), [Running]),
        new("pause for quota", r => r.Pause(PausedForQuota, "Today's sync budget is spent.", At.AddHours(8)), [Running]),
        new("pause for a decision", r => r.Pause(AwaitingDecision, "2 operations failed."), [Running]),
        new("interrupt", r => r.Interrupt(), [Running]),
        new("resume", r => r.Resume(), [PausedForQuota, PausedByUser, Interrupted, NeedsReconnect]),
        new("continue after a decision", r => r.ContinueAfterDecision(), [AwaitingDecision]),
        new("abort", r => r.Abort(At), [Running, PausedForQuota, PausedByUser, Interrupted, NeedsReconnect, AwaitingDecision, AwaitingWatchLater]),
    ];

    public static TheoryData<Case, SyncRunStatus> EveryTransitionFromEveryStatus() => TransitionTable.FromEveryStatus<Case, SyncRunStatus>(Cases);

    [Theory]
    [MemberData(nameof(EveryTransitionFromEveryStatus))]
    public void A_transition_applies_only_from_its_statuses_and_a_refused_one_says_why_and_changes_nothing(Case transition, SyncRunStatus from)
    {
        var run = Run(from, SyncStage.AddVideos);
        var before = Snapshot(run);

        var refusal = transition.Apply(run);

        if (transition.From.Contains(from))
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal));
            Assert.Equal(before, Snapshot(run));
        }
    }

    [Theory]
    [InlineData(Running, "The sync is already running.")]
    [InlineData(AwaitingDecision, "Decide about the failed operations first: skip, retry or abort.")]
    [InlineData(AwaitingWatchLater, "Confirm or skip the Watch Later clean-up first.")]
    [InlineData(Completed, "The sync has ended.")]
    [InlineData(Aborted, "The sync has ended.")]
    public void Resume_says_what_to_do_instead(SyncRunStatus from, string refusal) =>
        Assert.Equal(refusal, Run(from, SyncStage.AddVideos).Resume());

    [Fact]
    public void A_quota_pause_is_not_resumed_while_the_budget_is_still_spent_and_says_so()
    {
        var run = Run(PausedForQuota, SyncStage.AddVideos);
        var before = Snapshot(run);

        Assert.Equal("Today's sync budget is still spent.", run.Resume(budgetStillSpent: "Today's sync budget is still spent."));
        Assert.Equal(before, Snapshot(run));
    }

    [Theory]
    [InlineData(PausedByUser)]
    [InlineData(Interrupted)]
    [InlineData(NeedsReconnect)]
    public void A_spent_budget_does_not_hold_back_a_run_paused_for_another_reason(SyncRunStatus from)
    {
        var run = Run(from, SyncStage.AddVideos);

        Assert.Null(run.Resume(budgetStillSpent: "Today's sync budget is still spent."));
        Assert.Equal(Running, run.Status);
    }

    [Fact]
    public void Resuming_clears_the_pause_and_its_reset_time()
    {
        var run = Run(PausedForQuota, SyncStage.AddVideos);

        Assert.Null(run.Resume());

        Assert.Equal((Running, null, null), (run.Status, run.StatusDetail, run.ResumesAt));
    }

    [Fact]
    public void The_last_stage_completes_the_run_and_frees_the_active_slot_instead_of_advancing()
    {
        var run = Run(Running, SyncStage.DeleteOriginals);

        Assert.NotNull(run.AdvanceStage());
        Assert.Null(run.Complete(At));

        Assert.Equal((Completed, SyncStage.Completed, At, (int?)null), (run.Status, run.Stage, run.FinishedAt, run.ActiveSlot));
        Assert.True(run.IsFinished);
    }

    [Theory]
    [InlineData(Running, true)]
    [InlineData(PausedForQuota, false)]
    [InlineData(PausedByUser, false)]
    [InlineData(Interrupted, false)]
    [InlineData(NeedsReconnect, false)]
    [InlineData(AwaitingDecision, false)]
    [InlineData(AwaitingWatchLater, false)]
    [InlineData(Completed, false)]
    [InlineData(Aborted, false)]
    public void Only_a_running_run_at_its_last_stage_completes(SyncRunStatus from, bool applies)
    {
        var run = Run(from, SyncStage.DeleteOriginals);
        var before = Snapshot(run);

        Assert.Equal(applies, run.Complete(At) is null);
        if (!applies) Assert.Equal(before, Snapshot(run));
    }

    [Fact]
    public void A_run_cannot_complete_before_its_last_stage()
    {
        var run = Run(Running, SyncStage.Verify);

        Assert.Equal("The sync is still verifying playlists.", run.Complete(At));
        Assert.Equal(Running, run.Status);
    }

    [Fact]
    public void Stages_advance_one_at_a_time_in_the_safe_order()
    {
        var run = Run(Running, SyncStage.Backup);
        var seen = new List<SyncStage> { run.Stage };
        while (run.AdvanceStage() is null) seen.Add(run.Stage);

        Assert.Equal([SyncStage.Backup, SyncStage.Preflight, SyncStage.CreatePlaylists, SyncStage.AddVideos, SyncStage.Verify,
            SyncStage.WatchLaterCleanup, SyncStage.DeleteOriginals], seen);
    }

    [Fact]
    public void An_interrupted_run_is_held_by_no_copy_of_the_app()
    {
        var run = Run(Running, SyncStage.AddVideos);

        run.Interrupt();

        Assert.Equal((Interrupted, SyncRun.StoppedWhileRunning, null), (run.Status, run.StatusDetail, run.WorkedBy));
    }

    [Fact]
    public void An_abort_keeps_the_stage_it_stopped_in_and_says_nothing_was_undone()
    {
        var run = Run(AwaitingDecision, SyncStage.Verify);

        Assert.Null(run.Abort(At));

        Assert.Equal((Aborted, SyncStage.Verify, SyncRun.AbortedByYou, (int?)null), (run.Status, run.Stage, run.StatusDetail, run.ActiveSlot));
    }

    [Fact]
    public void A_decision_is_refused_unless_the_run_awaits_one()
    {
        Assert.Null(Run(AwaitingDecision, SyncStage.AddVideos).RefusalToDecide);
        Assert.Equal("There is no decision to make right now.", Run(PausedByUser, SyncStage.AddVideos).RefusalToDecide);
    }

    [Theory]
    [InlineData(AwaitingWatchLater, SyncStage.WatchLaterCleanup, true)]
    [InlineData(AwaitingWatchLater, SyncStage.AddVideos, false)]
    [InlineData(Running, SyncStage.WatchLaterCleanup, false)]
    public void Watch_later_choices_apply_only_while_the_clean_up_waits(SyncRunStatus from, SyncStage stage, bool applies)
    {
        var run = Run(from, stage);

        Assert.Equal(applies, run.RefusalOfWatchLater is null);
        Assert.Equal(applies, run.ContinueAfterWatchLater() is null);
        Assert.Equal(applies ? Running : from, run.Status);
    }

    [Theory]
    [InlineData(Running)]
    [InlineData(Interrupted)]
    [InlineData(Completed)]
    [InlineData(Aborted)]
    public void Pause_is_only_for_waiting_states(SyncRunStatus notAPause) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(Running, SyncStage.AddVideos).Pause(notAPause, "…"));

    /// <summary>A run brought to <paramref name="status"/> at <paramref name="stage"/> the way the engine and the user bring it there.</summary>
    private static SyncRun Run(SyncRunStatus status, SyncStage stage)
    {
        var run = new SyncRun { PlanKind = PlanKind.Plain, VersionHash = "v1", StateFingerprint = "yt:1|takeout:0", StartedAt = At };
        while (run.Stage < stage) Assert.Null(run.AdvanceStage());
        var refusal = status switch
        {
            Running => null,
            PausedForQuota or PausedByUser or NeedsReconnect or AwaitingDecision or AwaitingWatchLater => run.Pause(status, "waiting"),
            Interrupted => run.Interrupt(),
            Completed => FinishAtLastStage(run),
            Aborted => run.Abort(At),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        Assert.Null(refusal);
        Assert.Equal(status, run.Status);
        return run;
    }

    private static string? FinishAtLastStage(SyncRun run)
    {
        while (run.AdvanceStage() is null) { }
        return run.Complete(At);
    }

    private static object Snapshot(SyncRun r) => (r.Status, r.Stage, r.StatusDetail, r.ResumesAt, r.FinishedAt, r.ActiveSlot, r.WorkedBy);
}
