using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using Polly;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Runs one journal operation against YouTube exactly once: reconcile an unknown outcome by reading back, check the
/// budget, commit "in flight", send, record the outcome. One switch maps each error kind to what happens next.
/// </summary>
public sealed class OperationExecutor
{
    private readonly IYouTubeGateway youTube;
    private readonly QuotaLedger ledger;
    private readonly SyncJournal journal;
    private readonly Reconciler reconciler;
    private readonly WritePacer pacer;
    private readonly ResiliencePipeline retry;
    private readonly int maxRetries;

    private readonly ListLag lag;

    public OperationExecutor(IYouTubeGateway youTube, QuotaLedger ledger, SyncJournal journal, Reconciler reconciler, WritePacer pacer,
        RetryPipelines retries, ListLag lag)
    {
        this.pacer = pacer;
        this.lag = lag;
        this.youTube = youTube;
        this.ledger = ledger;
        this.journal = journal;
        this.reconciler = reconciler;
        retry = retries.ForWriteAttempts(outcome => outcome is Attempt.Retry);
        maxRetries = retries.WriteRetries;
    }

    /// <summary>Outcome of one attempt, before retries are decided.</summary>
    private abstract record Attempt
    {
        public sealed record Final(StepResult Step) : Attempt;
        /// <summary>A passing failure: back off and try again (after reconciling, since a write may have landed).</summary>
        public sealed record Retry(YouTubeError Error) : Attempt;
    }

    /// <param name="into">For an add: the playlist it goes into (the reused one, or the one the sync created for its
    /// category). Every other kind names its own playlist, or creates it.</param>
    public async Task<StepResult> ExecuteAsync(SyncOperation operation, PlaylistId? into, CancellationToken ct)
    {
        if (operation.Kind == OperationKind.AddVideo && into is null) throw new ArgumentNullException(nameof(into), "An add needs its playlist.");
        var playlist = into ?? operation.PlaylistId;
        var outcome = await retry.ExecuteAsync(async token => await AttemptAsync(operation, playlist, token), ct);
        if (outcome is Attempt.Retry gaveUp)
        {
            // Retries ran out: a failure for the end-of-stage decision. It keeps its Transient kind, so a "retry"
            // decision turns it back to Unknown and it is reconciled (the last write may have landed) before resending.
            await journal.FailAsync(operation.Id, gaveUp.Error, $"Gave up after {maxRetries + 1} attempts: {gaveUp.Error.Message}");
            return StepResult.Next;
        }
        return ((Attempt.Final)outcome).Step;
    }

    /// <param name="playlistId">The playlist it writes to; null for a playlist it creates.</param>
    private async Task<Attempt> AttemptAsync(SyncOperation operation, PlaylistId? playlistId, CancellationToken ct)
    {
        var current = await journal.GetOperationAsync(operation.Id, ct);
        if (!current.IsOpen)
        {
            return new Attempt.Final(StepResult.Next);
        }
        // Every call from here on, the read-back included, is this row's cost.
        using var booking = SyncQuotaBooking.ForOperation(current);
        if (current.Status is OperationStatus.InFlight or OperationStatus.Unknown)
        {
            // The last request may have been applied: read back before sending anything again, once lists can show it,
            // and a second time before believing it did not land (one lagging read is weak evidence).
            await lag.WaitForListsAsync(ct);
            var check = await reconciler.CheckAsync(current, playlistId, ct);
            if (check is { Error: null, Applied: false })
            {
                await lag.WaitOnceMoreAsync(ct);
                check = await reconciler.CheckAsync(current, playlistId, ct);
            }
            // The read-back failed: the write's outcome is still unknown, whatever stops the run meanwhile.
            if (check.Error is { } readError) return await OnErrorAsync(current, readError, readBack: true);
            if (check.Applied)
            {
                await CompleteAsync(current, playlistId, check.ResultId, "Done (confirmed by reading YouTube back).");
                return new Attempt.Final(StepResult.Next);
            }
            if (current.SkipIfNotApplied)
            {
                await journal.SkipNotAppliedAsync(current.Id);
                return new Attempt.Final(StepResult.Next);
            }
            await journal.MarkNotAppliedAsync(current.Id, null); // YouTube answered: record it
        }

        var cost = current.Kind.CostUnits();
        if (current.Kind == OperationKind.CreatePlaylist && await ledger.PlaylistCreatesLeftTodayAsync(ct) == 0)
        {
            return new Attempt.Final(new StepResult.CreationWaits());
        }
        if (!await ledger.CanSpendForSyncAsync(cost, ct))
        {
            return new Attempt.Final(new StepResult.PauseForQuota("Today's sync budget is spent."));
        }
        // Still pending while it waits its turn: a stop now leaves nothing in flight.
        await pacer.WaitTurnAsync(current.Kind, ct);
        if (!await journal.BeginAttemptAsync(current.Id, ct))
        {
            return new Attempt.Final(StepResult.Next); // someone else moved it
        }
        YouTubeError? error;
        string? resultId;
        try
        {
            (error, resultId) = await SendAsync(current, playlistId, ct);
        }
        finally
        {
            pacer.Answered(current.Kind);
        }
        if (error is null)
        {
            await CompleteAsync(current, playlistId, resultId, null);
            return new Attempt.Final(StepResult.Next);
        }
        return await OnErrorAsync(current, error, readBack: false);
    }

    /// <summary>The one place that decides what a YouTube error means for an operation and for the run.</summary>
    /// <param name="readBack">Whether the refused call was the read-back of an earlier write: when the error says "not
    /// now" (quota, rate limit, credentials) the operation then stays Unknown, to be read back again, never resent blindly;
    /// when it was the write itself it was refused, so not applied, and goes back to Pending.</param>
    private async Task<Attempt> OnErrorAsync(SyncOperation operation, YouTubeError error, bool readBack)
    {
        // An answer arrived: the journal records it even if the run is stopping (its writes are not cancellable).
        Task NotDone(YouTubeError? recorded) => readBack
            ? journal.MarkUnknownAsync(operation.Id, recorded)
            : journal.MarkNotAppliedAsync(operation.Id, recorded);
        switch (error.Kind)
        {
            case YouTubeErrorKind.QuotaExceeded:
                await NotDone(null);
                return new Attempt.Final(new StepResult.PauseForQuota("YouTube reports today's quota as spent."));
            case YouTubeErrorKind.RateLimited when operation.Kind == OperationKind.CreatePlaylist:
                // Playlist creation has its own daily limit (docs/youtube-facts.md §1.5), refused as 429 or 400 (the
                // classifier knows it by its message); hammering it risks the account. No create until the reset: the
                // ledger remembers the refusal. The operation stays pending, never failed.
                await NotDone(null);
                return new Attempt.Final(new StepResult.CreationWaits());
            case var _ when error.NeedsReconnect:
                await NotDone(null);
                return new Attempt.Final(new StepResult.NeedsReconnect(error));
            case YouTubeErrorKind.Transient:
                // No answer, or a server error after which the write may have landed: unknown, reconciled before a retry.
                await journal.MarkUnknownAsync(operation.Id, error);
                return new Attempt.Retry(error);
            case YouTubeErrorKind.RateLimited or YouTubeErrorKind.Unreachable:
                // Refused or never sent: not applied, so resent as it is (after reconciling if it was unknown before).
                await NotDone(error);
                return new Attempt.Retry(error);
            case YouTubeErrorKind.VideoUnavailable when operation.Planned is PlannedOperation.AddVideo add:
                return await RecheckVideoAsync(operation, add.Video, error);
            case YouTubeErrorKind.PlaylistNotFound when operation.Kind == OperationKind.DeletePlaylist:
            case YouTubeErrorKind.PlaylistItemNotFound when operation.Kind == OperationKind.RemoveItem:
                await journal.SucceedAsync(operation, null, null, "Already gone from YouTube.");
                return new Attempt.Final(StepResult.Next);
            default:
                // Permanent: video gone, playlist full, invalid, forbidden, missing playlist. Collected for the stage decision.
                await journal.FailAsync(operation.Id, error);
                return new Attempt.Final(StepResult.Next);
        }
    }

    /// <summary>
    /// One "video not found" is not proof: YouTube has answered it for videos that exist, and even after applying the
    /// insert (docs/youtube-facts.md §8). videos.list decides: a video it does not return is unavailable (the only way
    /// a row is recorded so, which the deletion guard relies on); a video it returns makes the write's outcome unknown,
    /// so it is read back before anything is resent.
    /// </summary>
    private async Task<Attempt> RecheckVideoAsync(SyncOperation operation, VideoId video, YouTubeError notFound)
    {
        if (!await ledger.CanSpendForSyncAsync(YouTubeMethod.VideosList.CostUnits(), CancellationToken.None))
        {
            await journal.MarkUnknownAsync(operation.Id, notFound);
            return new Attempt.Final(new StepResult.PauseForQuota("Today's sync budget is spent."));
        }
        var found = await youTube.GetVideosAsync([video], CancellationToken.None);
        if (found.IsSuccess && found.Value.Count == 0)
        {
            await journal.FailAsync(operation.Id, notFound, $"{notFound.Message} (confirmed: YouTube no longer lists the video)");
            return new Attempt.Final(StepResult.Next);
        }
        // The video exists, or the check itself failed: whether the insert landed is unknown until it is read back. It is
        // recorded as a passing failure, never as unavailable: if retries run out, the deletion guard must not count
        // the video as one no playlist could take.
        var unsure = notFound with
        {
            Kind = YouTubeErrorKind.Transient,
            Message = found.IsSuccess
                ? "YouTube said the video was not found, but still lists it; the insert is read back before it is sent again."
                : $"YouTube said the video was not found, and checking it failed ({found.Error!.Message}).",
        };
        await journal.MarkUnknownAsync(operation.Id, unsure);
        return new Attempt.Retry(unsure);
    }

    private async Task<(YouTubeError? Error, string? ResultId)> SendAsync(SyncOperation op, PlaylistId? into, CancellationToken ct)
    {
        switch (op.Planned)
        {
            case PlannedOperation.CreatePlaylist:
            {
                var created = await youTube.InsertPlaylistAsync(await journal.DraftForAsync(op, ct), ct);
                return (created.Error, created.IsSuccess ? created.Value.Id.Value : null);
            }
            case PlannedOperation.UpdatePlaylist update:
                return ((await youTube.UpdatePlaylistAsync(update.Playlist, await journal.DraftForAsync(op, ct), ct)).Error, null);
            case PlannedOperation.AddVideo add:
            {
                var added = await youTube.InsertPlaylistItemAsync(into!.Value, add.Video, ct);
                return (added.Error, added.IsSuccess ? added.Value.Id.Value : null);
            }
            case PlannedOperation.RemoveItem remove:
                return ((await youTube.DeletePlaylistItemAsync(remove.Item, ct)).Error, null);
            case PlannedOperation.DeletePlaylist delete:
                return ((await youTube.DeletePlaylistAsync(delete.Playlist, ct)).Error, null);
            default:
                throw new InvalidOperationException($"{op.Kind} is not sent to YouTube.");
        }
    }

    /// <summary>Records a write YouTube applied: a created playlist's id, an added item's id, else the playlist written to.</summary>
    private Task CompleteAsync(SyncOperation op, PlaylistId? playlistId, string? resultId, string? message) =>
        journal.SucceedAsync(op, resultId ?? playlistId?.Value,
            op.Kind == OperationKind.AddVideo && resultId is not null ? new PlaylistItemId(resultId) : null, message);
}
