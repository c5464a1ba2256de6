using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using static PlaylistOrganizer.Core.Sync.OperationStatus;

namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>Every transition of a journal row, from every status: where it applies, and that it changes nothing elsewhere.</summary>
public sealed class OperationTransitionTests
{
    private static readonly DateTimeOffset Before = DateTimeOffset.Parse("2026-11-19T18:00:00Z");
    private static readonly DateTimeOffset At = Before.AddMinutes(5);
    private static readonly YouTubeError Lost = new(YouTubeErrorKind.Transient, null, "timeout", "No answer within 30 s.");
    private static readonly YouTubeError RateLimited = new(YouTubeErrorKind.RateLimited, 429, "rateLimitExceeded", "Slow down.");
    private static readonly YouTubeError Full = new(YouTubeErrorKind.PlaylistFull, 403, "playlistContainsMaximumNumberOfVideos", "The playlist is full.");

    /// <summary>A transition, the statuses it applies from, and the status it leaves (null: depends, tested below).</summary>
    public sealed record Case(string Name, Func<SyncOperation, bool> Apply, OperationStatus[] From, OperationStatus? To)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] Cases =
    [
        new("begin an attempt", o => o.BeginAttempt(At), [Pending], InFlight),
        new("succeed", o => o.Succeed(At, "PLnew", null, null), [InFlight, Unknown], Succeeded),
        new("mark unknown", o => o.MarkUnknown(At, Lost), [InFlight, Unknown], Unknown),
        new("mark not applied", o => o.MarkNotApplied(At, RateLimited), [InFlight, Unknown], Pending),
        new("fail", o => o.Fail(At, Full, null), [Pending, InFlight, Unknown], Failed),
        new("skip", o => o.Skip(At, "Kept: not confirmed yet."), [Pending], Skipped),
        new("skip by decision", o => o.SkipByDecision(At), [Failed], Skipped),
        new("retry by decision", o => o.RetryByDecision(At), [Failed], Pending),
        new("mark the answer never recorded", o => o.MarkAnswerNeverRecorded(At), [InFlight], Unknown),
    ];

    public static TheoryData<Case, OperationStatus> EveryTransitionFromEveryStatus() => TransitionTable.FromEveryStatus<Case, OperationStatus>(Cases);

    [Theory]
    [MemberData(nameof(EveryTransitionFromEveryStatus))]
    public void A_transition_applies_only_from_its_statuses_and_a_refused_one_changes_nothing(Case transition, OperationStatus from)
    {
        var op = Row(from);
        var before = Snapshot(op);

        var applied = transition.Apply(op);

        Assert.Equal(transition.From.Contains(from), applied);
        if (applied)
        {
            Assert.Equal(transition.To, op.Status);
            Assert.Equal(At, op.UpdatedAt);
        }
        else
        {
            Assert.Equal(before, Snapshot(op));
        }
    }

    [Fact]
    public void Only_pending_unknown_and_in_flight_rows_are_open()
    {
        Assert.Equal([Pending, InFlight, Unknown], Enum.GetValues<OperationStatus>().Where(s => Row(s).IsOpen));
        Assert.Equal(OperationStatuses.Open, Enum.GetValues<OperationStatus>().Where(OperationStatuses.IsOpen));
        var isOpenRow = OperationStatuses.IsOpenRow.Compile();
        Assert.All(Enum.GetValues<OperationStatus>(), s => Assert.Equal(OperationStatuses.IsOpen(s), isOpenRow(Row(s))));
    }

    [Fact]
    public void An_unknown_outcome_is_never_resent_before_it_is_read_back()
    {
        var op = Row(Unknown);

        Assert.False(op.BeginAttempt(At));
        Assert.True(op.MarkNotApplied(At, null)); // the read-back found nothing
        Assert.True(op.BeginAttempt(At));
        Assert.Equal(2, op.Attempts);
    }

    [Fact]
    public void An_attempt_that_ends_records_its_error_and_a_later_answer_clears_it()
    {
        var op = Row(InFlight);

        op.MarkUnknown(At, Lost);
        Assert.Equal((YouTubeErrorKind.Transient, "timeout", "No answer within 30 s."), (op.ErrorKind!.Value, op.ErrorReason, op.Message));

        op.Succeed(At, "PLitem", new PlaylistItemId("PLitem"), "Done (confirmed by reading YouTube back).");
        Assert.Equal((null, null, "Done (confirmed by reading YouTube back).", "PLitem"), (op.ErrorKind, op.ErrorReason, op.Message, op.ItemId?.Value));
    }

    [Fact]
    public void A_failure_keeps_the_message_it_is_given_over_the_errors_own()
    {
        var op = Row(Pending);

        op.Fail(At, RateLimited, "Gave up after 5 attempts: Slow down.");

        Assert.Equal(("Gave up after 5 attempts: Slow down.", "rateLimitExceeded"), (op.Message, op.ErrorReason));
    }

    [Fact]
    public void Skipping_a_failure_that_may_have_landed_reads_it_back_first_and_skips_only_if_it_had_not()
    {
        var op = FailedWith(Lost);
        Assert.True(op.MayHaveLanded);

        Assert.True(op.SkipByDecision(At));
        Assert.Equal((Unknown, true), (op.Status, op.SkipIfNotApplied));

        Assert.True(op.SkipNotApplied(At));
        Assert.Equal(Skipped, op.Status);
        Assert.Contains("had not been applied", op.Message);
    }

    [Fact]
    public void Skipping_a_refused_failure_says_it_was_the_users_decision_and_why_it_failed()
    {
        var op = FailedWith(Full);
        Assert.False(op.MayHaveLanded);

        op.SkipByDecision(At);

        Assert.Equal((Skipped, "Skipped by your decision: The playlist is full."), (op.Status, op.Message));
    }

    [Fact]
    public void Retrying_a_failure_that_may_have_landed_reads_it_back_and_a_refused_one_is_sent_again()
    {
        var maybe = FailedWith(RateLimited);
        var refused = FailedWith(Full);

        maybe.RetryByDecision(At);
        refused.RetryByDecision(At);

        Assert.Equal((Unknown, false), (maybe.Status, maybe.SkipIfNotApplied));
        Assert.Equal(Pending, refused.Status);
    }

    [Fact]
    public void Only_a_row_the_user_chose_to_skip_is_skipped_when_its_read_back_finds_nothing()
    {
        var op = Row(Unknown);
        Assert.False(op.SkipNotApplied(At));
        Assert.Equal(Unknown, op.Status);
    }

    [Fact]
    public void A_preflight_skip_names_the_unavailable_video_and_keeps_any_earlier_error_kind_otherwise()
    {
        var unavailable = Row(Pending);
        unavailable.Skip(At, "No longer available on YouTube.", YouTubeErrorKind.VideoUnavailable);
        Assert.Equal(YouTubeErrorKind.VideoUnavailable, unavailable.ErrorKind);

        var retried = FailedWith(Full);
        retried.RetryByDecision(At);
        retried.Skip(At, "Kept: not confirmed yet.");
        Assert.Equal(YouTubeErrorKind.PlaylistFull, retried.ErrorKind);
    }

    [Theory]
    [InlineData(OperationKind.RemoveFromWatchLater, Pending, true)]
    [InlineData(OperationKind.RemoveFromWatchLater, Skipped, false)]
    [InlineData(OperationKind.AddVideo, Pending, false)]
    public void Only_a_pending_watch_later_entry_can_be_confirmed_removed_by_hand(OperationKind kind, OperationStatus from, bool applies)
    {
        var op = Row(from, kind);

        Assert.Equal(applies, op.ConfirmDoneByHand(At, "You marked it removed."));
        Assert.Equal(applies ? Succeeded : from, op.Status);
    }

    [Theory]
    [InlineData(Pending, true)]
    [InlineData(Succeeded, true)]
    [InlineData(Skipped, false)]
    [InlineData(Failed, false)]
    public void A_newer_takeout_verifies_a_watch_later_removal_whether_or_not_it_was_confirmed_by_hand(OperationStatus from, bool applies)
    {
        var op = WatchLaterRow(from);

        Assert.Equal(applies, op.VerifyRemovedByTakeout(At, "Verified."));
        Assert.Equal((applies ? Succeeded : from, applies), (op.Status, op.Message == "Verified."));
    }

    [Theory]
    [InlineData(Pending, true)]
    [InlineData(Succeeded, true)]
    [InlineData(Skipped, false)]
    public void A_newer_takeout_that_still_lists_a_video_opens_its_removal_again(OperationStatus from, bool applies)
    {
        var op = WatchLaterRow(from);

        Assert.Equal(applies, op.ReopenStillListed(At, "Still there."));
        Assert.Equal(applies ? Pending : from, op.Status);
    }

    [Fact]
    public void Only_watch_later_removals_are_checked_against_a_takeout()
    {
        var add = Row(Pending);

        Assert.False(add.VerifyRemovedByTakeout(At, "Verified."));
        Assert.False(add.ReopenStillListed(At, "Still there."));
        Assert.Equal(Pending, add.Status);
    }

    /// <summary>A Watch Later removal brought to <paramref name="status"/> as the clean-up brings it there.</summary>
    private static SyncOperation WatchLaterRow(OperationStatus status)
    {
        var op = Row(Pending, OperationKind.RemoveFromWatchLater);
        var reached = status switch
        {
            Pending => true,
            Succeeded => op.ConfirmDoneByHand(Before, "You marked it removed."),
            Skipped => op.Skip(Before, "You skipped the Watch Later clean-up."),
            Failed => op.Fail(Before, Full, null),
            _ => false,
        };
        Assert.True(reached, $"A Watch Later row cannot be brought to {status}.");
        return op;
    }

    [Fact]
    public void A_planned_skip_of_an_unavailable_video_starts_skipped_with_its_reason()
    {
        var op = SyncOperation.From(1, new PlannedOperation.SkipUnavailableVideo(3, new CategoryKey("c1"), PlaylistRef.Created, new VideoId("v1"), "Music"));

        Assert.Equal((Skipped, PlannedOperation.SkipUnavailableVideo.Reason), (op.Status, op.Message));
    }

    private static SyncOperation FailedWith(YouTubeError error)
    {
        var op = Row(InFlight);
        op.Fail(Before, error, null);
        return op;
    }

    /// <summary>A row brought to <paramref name="status"/> the way the engine brings it there.</summary>
    private static SyncOperation Row(OperationStatus status, OperationKind kind = OperationKind.AddVideo)
    {
        var op = SyncOperation.From(1, kind == OperationKind.RemoveFromWatchLater
            ? new PlannedOperation.RemoveFromWatchLater(7, new VideoId("v1"))
            : new PlannedOperation.AddVideo(7, new CategoryKey("c1"), new PlaylistRef.Existing(new PlaylistId("PLcat")), new VideoId("v1"), "Music"));
        var reached = status switch
        {
            Pending => true,
            InFlight => op.BeginAttempt(Before),
            Succeeded => op.BeginAttempt(Before) && op.Succeed(Before, "item1", new PlaylistItemId("item1"), null),
            Failed => op.Fail(Before, Full, null),
            Unknown => op.BeginAttempt(Before) && op.MarkUnknown(Before, Lost),
            Skipped => op.Skip(Before, "Not needed."),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        Assert.True(reached && op.Status == status);
        return op;
    }

    private static object Snapshot(SyncOperation o) =>
        (o.Status, o.Attempts, o.ResultId, o.ItemId, o.ErrorKind, o.ErrorReason, o.Message, o.SkipIfNotApplied, o.UpdatedAt);
}
