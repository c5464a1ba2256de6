using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>What ending a stage did to the run.</summary>
public enum StageEnd
{
    /// <summary>Paused, ended or taken over meanwhile: nothing changed.</summary>
    NotRunning,
    /// <summary>Operations of the stage failed: the run waits for the user's decision.</summary>
    AwaitingDecision,
    /// <summary>The stage still has open operations (e.g. a repair was added): run it again.</summary>
    WorkRemains,
    NextStage,
    Completed,
}

// The engine's side: what the stages read and record, and how the run moves between stages and stops.
public sealed partial class SyncJournal
{
    /// <summary>Moves the run to the next stage (or completes it) when the current stage has nothing open and nothing
    /// failed; with failures it waits for the user's decision.</summary>
    public async Task<StageEnd> EndStageAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.SyncRuns.SingleAsync(r => r.Id == runId, ct);
        if (run.Status != SyncRunStatus.Running) return StageEnd.NotRunning;
        var stageOps = db.SyncOperations.Where(o => o.RunId == runId && o.Stage == run.Stage);
        var failed = await stageOps.CountAsync(o => o.Status == OperationStatus.Failed, ct);
        if (failed > 0)
        {
            run.Pause(SyncRunStatus.AwaitingDecision,
                $"{failed} operation{(failed == 1 ? "" : "s")} failed while {StageNames.Doing(run.Stage)}. Skip them and continue, retry them, or abort the sync.");
            await db.SaveUnlessStatusChangedAsync(ct);
            return StageEnd.AwaitingDecision;
        }
        if (await stageOps.AnyAsync(OperationStatuses.IsOpenRow, ct)) return StageEnd.WorkRemains;
        var completing = run.Stage == SyncStage.DeleteOriginals;
        if ((completing ? run.Complete(time.GetUtcNow()) : run.AdvanceStage()) is not null) return StageEnd.NotRunning;
        // Paused or aborted meanwhile: the stage moves on when the run is resumed.
        if (!await db.SaveUnlessStatusChangedAsync(ct)) return StageEnd.NotRunning;
        return completing ? StageEnd.Completed : StageEnd.NextStage;
    }

    /// <summary>Stops a running run in a waiting state. False when it was no longer running.</summary>
    public Task<bool> PauseAsync(long runId, SyncRunStatus status, string detail, DateTimeOffset? resumesAt, CancellationToken ct) =>
        ChangeRunAsync(runId, run => run.Pause(status, detail, resumesAt), ct);

    /// <summary>Its worker stopped mid-pass: the run waits for a manual resume. Not cancellable (it runs as the worker stops).</summary>
    public Task<bool> InterruptAsync(long runId) =>
        ChangeRunAsync(runId, run => run.Interrupt(), CancellationToken.None);

    /// <summary>Pending operations of the run matching <paramref name="filter"/>, in plan order.</summary>
    public async Task<List<SyncOperation>> PendingAsync(long runId, System.Linq.Expressions.Expression<Func<SyncOperation, bool>> filter, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.AsNoTracking().Where(o => o.RunId == runId && o.Status == OperationStatus.Pending)
            .Where(filter).OrderBy(o => o.Sequence).ToListAsync(ct);
    }

    /// <summary>Preflight found these videos unavailable: their adds are skipped, never sent.</summary>
    public Task SkipUnavailableAsync(IEnumerable<long> addIds, CancellationToken ct) =>
        MoveAllAsync(addIds, (op, at) => op.Skip(at, "No longer available on YouTube (found by the preflight check); not sent.", YouTubeErrorKind.VideoUnavailable), ct);

    /// <summary>Preflight found these operations' playlist gone: a delete has nothing left to do, anything else fails.</summary>
    public Task RecordMissingPlaylistAsync(IEnumerable<long> operationIds, CancellationToken ct) =>
        MoveAllAsync(operationIds, (op, at) => op.Kind == OperationKind.DeletePlaylist
            ? op.Skip(at, "Already gone from YouTube; nothing to delete.")
            : op.Fail(at, null, "The playlist no longer exists on YouTube."), ct);

    /// <summary>Category playlists the verify stage has not confirmed yet.</summary>
    public async Task<List<SyncCategoryPlaylist>> UnverifiedPlaylistsAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncCategoryPlaylists.AsNoTracking().Where(c => c.RunId == runId && !c.Verified).ToListAsync(ct);
    }

    /// <summary>Videos the category's playlist must hold: its target, less videos the sync skipped (unavailable, or the user's decision).</summary>
    public async Task<HashSet<VideoId>> ExpectedVideosAsync(long runId, CategoryKey categoryKey, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var skipped = await db.SyncOperations.Where(o => o.RunId == runId && o.CategoryKey == categoryKey && o.Kind == OperationKind.AddVideo
            && (o.Status == OperationStatus.Skipped || o.Status == OperationStatus.Failed)).Select(o => o.VideoId!.Value).ToListAsync(ct);
        var target = await db.SyncTargetVideos.Where(t => t.RunId == runId && t.CategoryKey == categoryKey).Select(t => t.VideoId).ToListAsync(ct);
        return target.Except(skipped).ToHashSet();
    }

    /// <summary>Items of the playlist the plan itself removes in its last stage.</summary>
    public async Task<List<PlaylistItemId>> PlannedRemovalsAsync(long runId, PlaylistId playlistId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.Where(o => o.RunId == runId && o.Kind == OperationKind.RemoveItem && o.PlaylistId == playlistId)
            .Select(o => o.ItemId!.Value).ToListAsync(ct);
    }

    /// <summary>Journals the repairs verify found necessary (adds of the missing videos, then removals of accidental
    /// duplicates), numbered after every existing operation.</summary>
    public async Task<List<SyncOperation>> AddRepairsAsync(SyncCategoryPlaylist playlist, IReadOnlyList<VideoId> missing,
        IReadOnlyList<(VideoId Video, PlaylistItemId Item)> duplicates, CancellationToken ct)
    {
        if (missing.Count + duplicates.Count == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var next = await db.SyncOperations.Where(o => o.RunId == playlist.RunId).MaxAsync(o => o.Sequence, ct) + 1;
        var into = new PlaylistRef.Existing(playlist.PlaylistId);
        var planned = missing.Select(PlannedOperation (video) => new PlannedOperation.AddVideo(next++, playlist.CategoryKey, into, video, playlist.Title, IsRepair: true))
            .Concat(duplicates.Select(d => new PlannedOperation.RemoveItem(next++, playlist.CategoryKey, playlist.PlaylistId, d.Video, d.Item, playlist.Title, IsRepair: true)))
            .ToList();
        var repairs = planned.Select(p => SyncOperation.From(playlist.RunId, p)).ToList();
        db.SyncOperations.AddRange(repairs);
        await db.SaveChangesAsync(ct);
        return repairs;
    }

    /// <summary>Records the verify read-back: the playlist matches its category once all its repairs succeeded.</summary>
    public async Task<bool> RecordVerifiedAsync(SyncCategoryPlaylist playlist, IReadOnlyCollection<long> repairIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.SyncCategoryPlaylists.SingleAsync(c => c.RunId == playlist.RunId && c.CategoryKey == playlist.CategoryKey, ct);
        var verified = !await db.SyncOperations.AnyAsync(o => repairIds.Contains(o.Id) && o.Status != OperationStatus.Succeeded, ct);
        row.MarkVerified(verified);
        await db.SaveChangesAsync(ct);
        return verified;
    }

    /// <summary>How many operations of the stage wait (e.g. Watch Later entries to remove by hand).</summary>
    public async Task<int> CountPendingAsync(long runId, SyncStage stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.CountAsync(o => o.RunId == runId && o.Stage == stage && o.Status == OperationStatus.Pending, ct);
    }

    /// <summary>What the deletion guard needs to judge a delete or removal: see <see cref="DeletionFacts"/>.</summary>
    /// <param name="onYouTube">The playlist's items as just read back from YouTube.</param>
    /// <param name="heldAtStart">The videos it held when the sync began (null: unknown, so every video no category takes
    /// counts as added since).</param>
    public async Task<DeletionFacts> DeletionFactsAsync(SyncOperation op, IReadOnlyList<PlaylistItemInfo> onYouTube,
        IReadOnlySet<VideoId>? heldAtStart, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var videos = op.Kind == OperationKind.DeletePlaylist ? onYouTube.Select(i => i.VideoId).Distinct().ToList() : [op.VideoId!.Value];
        var homes = await db.SyncTargetVideos.Where(t => t.RunId == op.RunId && videos.Contains(t.VideoId))
            .Select(t => new DeletionFacts.Home(t.VideoId, t.CategoryKey)).ToListAsync(ct);
        var categories = await db.SyncTargetCategories.Where(c => c.RunId == op.RunId).ToListAsync(ct);
        var verified = await db.SyncCategoryPlaylists.Where(c => c.RunId == op.RunId && c.Verified).Select(c => c.CategoryKey).ToListAsync(ct);
        var adds = await db.SyncOperations.Where(o => o.RunId == op.RunId && o.Kind == OperationKind.AddVideo && videos.Contains(o.VideoId!.Value))
            .Select(o => new DeletionFacts.Add(o.CategoryKey!.Value, o.VideoId!.Value, o.Status, o.ErrorKind)).ToListAsync(ct);
        var homed = homes.Select(h => h.VideoId).ToHashSet();
        var addedSinceStart = op.Kind != OperationKind.DeletePlaylist ? [] : onYouTube
            .Where(i => !homed.Contains(i.VideoId) && heldAtStart?.Contains(i.VideoId) != true).DistinctBy(i => i.VideoId)
            .Select(i => new DeletionFacts.NewVideo(i.VideoId, i.Title)).ToList();
        return new DeletionFacts(homes, verified.ToHashSet(), categories.ToDictionary(c => c.CategoryKey, c => c.Title), adds, addedSinceStart);
    }

    /// <summary>Applies one transition to each of the operations, in one commit (none if any row was moved meanwhile).</summary>
    private async Task MoveAllAsync(IEnumerable<long> operationIds, Func<SyncOperation, DateTimeOffset, bool> transition, CancellationToken ct)
    {
        var ids = operationIds.ToList();
        if (ids.Count == 0) return;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        foreach (var op in await db.SyncOperations.Where(o => ids.Contains(o.Id)).ToListAsync(ct)) transition(op, now);
        await db.SaveUnlessStatusChangedAsync(ct);
    }
}
