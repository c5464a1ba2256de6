using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.Core.YouTube;
using Polly;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Applies a saved plan to YouTube, stage by stage, until it completes or must stop (quota, reconnect, a decision, the
/// user's pause). Runs in the server's background worker; every step is journalled, so stopping anywhere loses nothing.
/// </summary>
/// <remarks>Stage order, safest first: backup → preflight → create playlists → add videos → verify → Watch Later
/// clean-up (guided) → delete originals. Nothing is deleted before the new structure is verified on YouTube.</remarks>
public sealed class SyncEngine(
    SyncJournal journal, IYouTubeGateway youTube, QuotaLedger ledger, SyncBackups backups,
    OperationExecutor executor, SyncLease lease, WatchLaterCleanup watchLater, LibraryRefresh library, ListLag lag, RetryPipelines retries)
{
    private const int PageSize = 50;
    // Reads back off like writes do, by the configured policy (tests set the delay to zero: a delay on the injected
    // clock would wait for someone to move it).
    private readonly ResiliencePipeline readRetry = retries.ForReads();
    // One journal, one writer: the background worker and a caller that drives the engine directly must never work on a
    // run at the same time (two writers could both send the same pending operation). There is one active run at most.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>Works on the run while it is Running. Returns when it completed or stopped for a reason the run records,
    /// or at once, saying why, when another pass (in this process or another copy of the app) works on it.</summary>
    /// <returns>Null, or why this call did not work on the run.</returns>
    public async Task<string?> RunAsync(long runId, CancellationToken ct)
    {
        if (!await oneAtATime.WaitAsync(0, ct)) return "This app is already working on the sync.";
        try
        {
            await lease.InterruptAbandonedAsync(includeUnclaimed: false, ct);
            if (await lease.TryAcquireAsync(runId, ct) is { } holder) return $"The sync is being run by {holder}.";
            using var holding = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var renewal = lease.HoldAsync(runId, holding.Token);
            try
            {
                await RunStagesAsync(runId, ct);
            }
            finally
            {
                await holding.CancelAsync();
                await renewal;
                // Shut down mid-pass: the run waits for a manual resume rather than for a worker that is gone.
                if (ct.IsCancellationRequested) await journal.InterruptAsync(runId);
                await lease.ReleaseAsync(runId, CancellationToken.None);
            }
            return null;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task RunStagesAsync(long runId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var run = await journal.GetRunAsync(runId, ct);
            if (run.Status != SyncRunStatus.Running) return;
            var stop = run.Stage switch
            {
                SyncStage.Backup => await BackupAsync(run, ct),
                SyncStage.Preflight => await PreflightAsync(run, ct),
                SyncStage.CreatePlaylists or SyncStage.AddVideos => await WriteStageAsync(run, ct),
                SyncStage.Verify => await VerifyAsync(run, ct),
                SyncStage.WatchLaterCleanup => await WatchLaterAsync(run, ct),
                SyncStage.DeleteOriginals => await DeleteOriginalsAsync(run, ct),
                SyncStage.Completed => null,
                _ => throw new InvalidOperationException($"Unknown stage {run.Stage}."),
            };
            if (stop is not null)
            {
                await ApplyStopAsync(runId, stop, ct);
                return;
            }
            if (await journal.EndStageAsync(runId, ct) is StageEnd.NotRunning or StageEnd.AwaitingDecision or StageEnd.Completed) return;
        }
    }

    private async Task<StepResult?> BackupAsync(SyncRun run, CancellationToken ct)
    {
        await backups.TakeForSyncAsync(run.Id, ct);
        return null;
    }

    /// <summary>Cheap reads before any write: videos still available, playlists still there. A doomed write still costs 50 units.</summary>
    /// <remarks>What each batch found is recorded at once: a later batch that stops the run cannot lose what was paid for.</remarks>
    private async Task<StepResult?> PreflightAsync(SyncRun run, CancellationToken ct)
    {
        var adds = await journal.PendingAsync(run.Id, o => o.Kind == OperationKind.AddVideo, ct);
        foreach (var batch in adds.Select(o => o.VideoId!.Value).Distinct().Chunk(PageSize))
        {
            var found = await ReadAsync(run.Id, YouTubeMethod.VideosList, () => youTube.GetVideosAsync(batch, ct), ct);
            if (!found.IsSuccess) return StopFor(found.Error);
            var available = found.Value.Select(v => v.Id).ToHashSet();
            await journal.SkipUnavailableAsync(adds.Where(o => batch.Contains(o.VideoId!.Value) && !available.Contains(o.VideoId!.Value)).Select(o => o.Id), ct);
        }
        var targets = await journal.PendingAsync(run.Id, o => o.PlaylistId != null && o.PlaylistId != PlaylistId.WatchLater
            && (o.Kind == OperationKind.DeletePlaylist || o.Kind == OperationKind.UpdatePlaylist || o.Kind == OperationKind.RemoveItem || o.Kind == OperationKind.AddVideo), ct);
        foreach (var batch in targets.Select(o => o.PlaylistId!.Value).Distinct().Chunk(PageSize))
        {
            var found = await ReadAsync(run.Id, YouTubeMethod.PlaylistsList, () => youTube.GetPlaylistsAsync(batch, ct), ct);
            if (!found.IsSuccess) return StopFor(found.Error);
            var present = found.Value.Select(p => p.Id).ToHashSet();
            await journal.RecordMissingPlaylistAsync(targets.Where(o => batch.Contains(o.PlaylistId!.Value) && !present.Contains(o.PlaylistId!.Value)).Select(o => o.Id), ct);
        }
        return null;
    }

    /// <summary>Create/update playlists, or add videos: every open operation of the stage, one at a time.</summary>
    /// <remarks>When YouTube's daily limit on playlist creation stops the creates, the rest of the stage goes on (renames)
    /// and then the day goes to adding videos to the playlists that exist (<see cref="AddWhileCreatesWaitAsync"/>): the
    /// two stages overlap, and the creates go on after the reset.</remarks>
    private async Task<StepResult?> WriteStageAsync(SyncRun run, CancellationToken ct)
    {
        var createsWait = false;
        foreach (var op in await journal.OpenOperationsAsync(run.Id, run.Stage, ct))
        {
            if (createsWait && op.Kind == OperationKind.CreatePlaylist) continue;
            if (await IsNoLongerRunningAsync(run.Id, ct)) return null;
            PlaylistId? into = null;
            if (op.Planned is PlannedOperation.AddVideo add && (into = await PlaylistOfAsync(op.RunId, add, ct)) is null)
            {
                await journal.SkipAsync(op.Id, "Its category's playlist could not be created, so the video was not added.", ct);
                continue;
            }
            var step = await executor.ExecuteAsync(op, into, ct);
            if (step is StepResult.CreationWaits) createsWait = true;
            else if (step is not StepResult.Continue) return step;
        }
        return createsWait ? await AddWhileCreatesWaitAsync(run.Id, ct) : null;
    }

    /// <summary>
    /// While the creates wait for the next quota day: the adds (next stage's operations, in plan order) into playlists
    /// that exist already, until the day's budget is spent or none is left; then the run pauses until the reset. An add
    /// whose playlist does not exist yet stays pending for its stage, never skipped. Each goes through the executor as
    /// in its own stage (exactly once, journalled); a failure among them waits for the end of the add stage's decision.
    /// </summary>
    private async Task<StepResult?> AddWhileCreatesWaitAsync(long runId, CancellationToken ct)
    {
        var playlists = await journal.CategoryPlaylistIdsAsync(runId, ct);
        foreach (var op in await journal.OpenOperationsAsync(runId, SyncStage.AddVideos, ct))
        {
            if (op.Planned is not PlannedOperation.AddVideo add) continue;
            var into = add.Into.ExistingId ?? (playlists.TryGetValue(add.Category, out var created) ? created : null);
            if (into is null) continue;
            if (await IsNoLongerRunningAsync(runId, ct)) return null;
            var step = await executor.ExecuteAsync(op, into, ct);
            if (step is not StepResult.Continue) return step;
        }
        return new StepResult.PauseForQuota(CreationLimitReached);
    }

    private const string CreationLimitReached = "YouTube lets a channel create only so many playlists a day; the rest are "
        + "created after the reset. Meanwhile videos went into the playlists that exist.";

    /// <summary>
    /// Reads every category playlist back, adds what is missing and removes accidental duplicates; after repairs it reads
    /// the playlist again (once lists can show them) and removes any duplicate they made before it counts as verified.
    /// </summary>
    private async Task<StepResult?> VerifyAsync(SyncRun run, CancellationToken ct)
    {
        foreach (var playlist in await journal.UnverifiedPlaylistsAsync(run.Id, ct))
        {
            if (await IsNoLongerRunningAsync(run.Id, ct)) return null;
            // Repairs journalled by an earlier pass that a pause or stop cut off are finished first, not found and
            // journalled again: a second row would repeat the write, and the first would stay open for ever.
            var repairs = (await journal.OpenOperationsAsync(run.Id, SyncStage.Verify, ct)).Where(o => o.CategoryKey == playlist.CategoryKey).ToList();
            if (repairs.Count == 0)
            {
                var found = await FindRepairsAsync(playlist, onlyDuplicates: false, ct);
                if (found.Error is not null) return StopFor(found.Error);
                repairs = found.Repairs;
            }
            if (await RunRepairsAsync(repairs, playlist, ct) is { } stopped) return stopped;
            if (repairs.Count > 0)
            {
                // A repair whose answer was lost may have landed twice; what is still missing was added (or failed) and
                // is not sent again on one lagging read.
                var found = await FindRepairsAsync(playlist, onlyDuplicates: true, ct);
                if (found.Error is not null) return StopFor(found.Error);
                if (await RunRepairsAsync(found.Repairs, playlist, ct) is { } again) return again;
                repairs.AddRange(found.Repairs);
            }
            await journal.RecordVerifiedAsync(playlist, repairs.Select(r => r.Id).ToList(), ct);
        }
        // Verify also runs the stage decision: repairs that failed are collected like any other failure.
        return null;
    }

    /// <summary>Reads the playlist back and journals the repairs it needs: the category's missing videos (unless only
    /// duplicates are wanted) and repeated items of its videos that the plan does not remove itself.</summary>
    private async Task<(List<SyncOperation> Repairs, YouTubeError? Error)> FindRepairsAsync(SyncCategoryPlaylist playlist, bool onlyDuplicates, CancellationToken ct)
    {
        await lag.WaitForListsAsync(ct);
        var items = await ReadAllItemsAsync(playlist.RunId, playlist.PlaylistId, ct);
        if (items.Error is not null) return ([], items.Error);
        var expected = await journal.ExpectedVideosAsync(playlist.RunId, playlist.CategoryKey, ct);
        var present = items.Items.GroupBy(i => i.VideoId).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToList());
        // Duplicates a reused playlist already had are removed by the plan's own last stage; repair only new ones.
        var plannedRemovals = await journal.PlannedRemovalsAsync(playlist.RunId, playlist.PlaylistId, ct);
        var missing = onlyDuplicates ? [] : expected.Where(v => !present.ContainsKey(v)).ToList();
        var duplicates = present.Where(p => expected.Contains(p.Key) && p.Value.Count > 1)
            .SelectMany(p => p.Value.Skip(1).Where(item => !plannedRemovals.Contains(item)).Select(item => (p.Key, item)))
            .ToList();
        return (await journal.AddRepairsAsync(playlist, missing, duplicates, ct), null);
    }

    private async Task<StepResult?> RunRepairsAsync(IEnumerable<SyncOperation> repairs, SyncCategoryPlaylist playlist, CancellationToken ct)
    {
        foreach (var repair in repairs)
        {
            var step = await executor.ExecuteAsync(repair, playlist.PlaylistId, ct);
            if (step is not StepResult.Continue) return step;
        }
        return null;
    }

    /// <summary>Watch Later can only be cleaned up by hand: freeze the checklist, keep what reached no playlist, and
    /// wait for the user's confirmation, a verification Takeout, or a skip.</summary>
    private async Task<StepResult?> WatchLaterAsync(SyncRun run, CancellationToken ct)
    {
        foreach (var (operationId, why) in await watchLater.PrepareAsync(run.Id, ct)) await journal.SkipAsync(operationId, why, ct);
        var waiting = await journal.CountPendingAsync(run.Id, SyncStage.WatchLaterCleanup, ct);
        return waiting == 0 ? null : new StepResult.AwaitWatchLater(waiting);
    }

    /// <summary>
    /// Removals from reused playlists, then deletes of originals, each only if the deletion guard allows it. Each playlist
    /// is read back first (once per pass): the guard judges what YouTube holds now, videos the user added during the sync
    /// included, not what the import saw; the same read brings the library up to date.
    /// </summary>
    private async Task<StepResult?> DeleteOriginalsAsync(SyncRun run, CancellationToken ct)
    {
        var heldAtStart = await backups.PlaylistsAtStartAsync(run.Id, ct);
        var readBack = new Dictionary<PlaylistId, List<PlaylistItemInfo>>();
        foreach (var op in (await journal.OpenOperationsAsync(run.Id, SyncStage.DeleteOriginals, ct)).OrderBy(o => o.Kind == OperationKind.DeletePlaylist))
        {
            if (await IsNoLongerRunningAsync(run.Id, ct)) return null;
            var playlist = op.PlaylistId!.Value;
            if (!readBack.TryGetValue(playlist, out var onYouTube))
            {
                var read = await ReadAllItemsAsync(run.Id, playlist, ct);
                // Gone already: the delete (or removal) is then recorded as done without a write that would fail.
                if (read.Error is { Kind: not YouTubeErrorKind.PlaylistNotFound }) return StopFor(read.Error);
                onYouTube = read.Items;
                if (read.Error is null) await library.ReplaceItemsAsync(playlist, onYouTube, ct);
                readBack[playlist] = onYouTube;
            }
            var keptBecause = DeletionGuard.WhyKeep(await journal.DeletionFactsAsync(op, onYouTube, heldAtStart.GetValueOrDefault(playlist), ct));
            if (keptBecause is not null)
            {
                await journal.SkipAsync(op.Id, keptBecause, ct);
                continue;
            }
            var step = await executor.ExecuteAsync(op, null, ct);
            if (step is not StepResult.Continue) return step;
        }
        return null;
    }

    private async Task ApplyStopAsync(long runId, StepResult stop, CancellationToken ct)
    {
        var (status, detail, resumesAt) = stop switch
        {
            StepResult.PauseForQuota quota => (SyncRunStatus.PausedForQuota,
                $"{quota.Detail} Resume after the quota resets at midnight Pacific time.", (await ledger.GetStatusAsync(ct)).NextReset),
            StepResult.NeedsReconnect reconnect => (SyncRunStatus.NeedsReconnect,
                $"Reconnect your YouTube account to continue ({reconnect.Error.Reason}). Nothing was lost.", (DateTimeOffset?)null),
            StepResult.AwaitWatchLater waiting => (SyncRunStatus.AwaitingWatchLater,
                $"Remove {waiting.Videos} video{(waiting.Videos == 1 ? "" : "s")} from Watch Later by hand (YouTube's API cannot), then confirm, or skip this step.", null),
            StepResult.Failed failed => (SyncRunStatus.AwaitingDecision, failed.Detail, null),
            // Only the create stage meets the creation limit, and it turns it into a pause once the adds ran out.
            _ => throw new InvalidOperationException($"Unexpected stop {stop}."),
        };
        await journal.PauseAsync(runId, status, detail, resumesAt, ct);
    }

    private static StepResult StopFor(YouTubeError error) => error.Kind switch
    {
        // The engine's own budget check stops reads with a local "syncBudgetSpent"; only a real answer is YouTube's word.
        YouTubeErrorKind.QuotaExceeded => new StepResult.PauseForQuota(error.HttpStatus is null
            ? "Today's sync budget is spent." : "YouTube reports today's quota as spent."),
        _ when error.NeedsReconnect => new StepResult.NeedsReconnect(error),
        _ => new StepResult.Failed($"Reading YouTube failed ({error}). Retry to try again, or abort."),
    };

    private async Task<YouTubeResult<T>> ReadAsync<T>(long runId, YouTubeMethod method, Func<Task<YouTubeResult<T>>> call, CancellationToken ct)
    {
        if (!await ledger.CanSpendForSyncAsync(method.CostUnits(), ct))
        {
            return new YouTubeError(YouTubeErrorKind.QuotaExceeded, null, "syncBudgetSpent", "Today's sync budget is spent.");
        }
        using (SyncQuotaBooking.ForRunReads(runId))
        {
            return await readRetry.ExecuteAsync(async _ => await call(), ct);
        }
    }

    private async Task<(List<PlaylistItemInfo> Items, YouTubeError? Error)> ReadAllItemsAsync(long runId, PlaylistId playlistId, CancellationToken ct)
    {
        var items = new List<PlaylistItemInfo>();
        string? token = null;
        do
        {
            var page = await ReadAsync(runId, YouTubeMethod.PlaylistItemsList, () => youTube.ListPlaylistItemsAsync(playlistId, token, ct), ct);
            if (!page.IsSuccess) return (items, page.Error);
            items.AddRange(page.Value.Items);
            token = page.Value.NextPageToken;
        }
        while (token is not null);
        return (items, null);
    }

    /// <summary>The playlist an add goes into: the reused one, or the one the sync created for its category (null
    /// while there is none, e.g. its creation was skipped).</summary>
    private async Task<PlaylistId?> PlaylistOfAsync(long runId, PlannedOperation.AddVideo add, CancellationToken ct) =>
        add.Into.ExistingId ?? (await journal.CategoryPlaylistAsync(runId, add.Category, ct))?.PlaylistId;

    /// <summary>Paused, ended, or taken over by another copy of the app (after this one's lease ran out).</summary>
    private async Task<bool> IsNoLongerRunningAsync(long runId, CancellationToken ct) =>
        await lease.KeepAsync(runId, ct) != SyncRunStatus.Running;
}
