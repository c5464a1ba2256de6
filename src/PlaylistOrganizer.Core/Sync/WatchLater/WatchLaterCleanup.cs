using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>The two orders YouTube's Watch Later page offers by time added.</summary>
public enum WatchLaterOrder { NewestFirst, OldestFirst }

/// <summary>One checklist row as the page shows it.</summary>
/// <param name="Ticked">The user ticked it as removed (saved).</param>
/// <param name="Status">Its RemoveFromWatchLater operation's status (null for rows to keep).</param>
public sealed record WatchLaterRow(
    string VideoId, string? Title, DateTimeOffset? AddedAt, WatchLaterRole Role, bool Ticked, WatchLaterCheck? LastCheck, OperationStatus? Status)
{
    /// <summary>Removed as far as the app knows: ticked by the user, or gone from a verification Takeout.</summary>
    public bool Removed => Role == WatchLaterRole.Remove && (Ticked || LastCheck == WatchLaterCheck.Gone);
}

/// <summary>Where the clean-up stands: "1,240 of 3,986 removed".</summary>
public sealed record WatchLaterSummary(
    int ToRemove, int Removed, int VerifiedGone, int StillThere, int KeepNoCategory, int KeepSkipped, int KeepUnavailable,
    WatchLaterVerification? LastVerification)
{
    public int Left => ToRemove - Removed;
    public int ToKeep => KeepNoCategory + KeepSkipped + KeepUnavailable;
    public string Progress => $"{Removed.Grouped()} of {ToRemove.Grouped()} removed";
}

/// <summary>
/// The Watch Later clean-up's own state, beside the sync journal: the checklist (every Watch Later video in Takeout's
/// order, to remove or to keep), the user's ticks, and what verification Takeouts found. YouTube's API cannot touch Watch
/// Later (docs/youtube-facts.md §3), so this is the user's checklist, never a record of API calls.
/// </summary>
public sealed class WatchLaterCleanup(IDbContextFactory<OrganizerDbContext> dbFactory, SyncCommands commands, TimeProvider time)
{
    /// <summary>
    /// Freezes the checklist when the stage begins (once; later calls change nothing) and returns the planned removals
    /// that must not happen: a video every add of which was skipped reached no category playlist, so Watch Later is
    /// still its only home. The engine skips those operations with the reason given.
    /// </summary>
    public async Task<IReadOnlyList<(long OperationId, string Why)>> PrepareAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var removals = (await db.SyncOperations
            .Where(o => o.RunId == runId && o.Kind == OperationKind.RemoveFromWatchLater)
            .Select(o => new { o.Id, Video = o.VideoId!.Value, o.Status }).ToListAsync(ct))
            .Select(o => new { o.Id, VideoId = o.Video.Value, o.Status }).ToList();
        // Nothing to clean up (a restore, or no synced video in Watch Later): no checklist either.
        if (removals.Count == 0) return [];
        if (!await db.WatchLaterChecklist.AnyAsync(w => w.RunId == runId, ct))
        {
            var unreached = await UnreachedAsync(db, runId, removals.Select(r => r.VideoId).ToList(), ct);
            db.WatchLaterChecklist.AddRange(await BuildAsync(db, runId, removals.Select(r => r.VideoId).ToHashSet(), unreached, ct));
            await db.SaveChangesAsync(ct);
        }
        var kept = await db.WatchLaterChecklist.Where(w => w.RunId == runId && w.Role != WatchLaterRole.Remove)
            .ToDictionaryAsync(w => w.VideoId, w => w.Role, ct);
        return removals.Where(r => r.Status == OperationStatus.Pending && kept.ContainsKey(r.VideoId))
            .Select(r => (r.Id, kept[r.VideoId] == WatchLaterRole.KeepUnavailable
                ? "Kept in Watch Later: YouTube reports the video unavailable, so no playlist took it."
                : "Kept in Watch Later: its add to every category playlist was skipped, so Watch Later is still its only home."))
            .ToList();
    }

    /// <summary>One window of the checklist in YouTube's order (rows without an added time last), optionally only the
    /// rows whose title or id contains <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<WatchLaterRow>> GetRowsAsync(long runId, WatchLaterOrder order, int skip, int take, CancellationToken ct, string? search = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Matching(db, runId, search).AsNoTracking().OrderBy(w => w.AddedAt == null);
        var ordered = order == WatchLaterOrder.NewestFirst
            ? rows.ThenByDescending(w => w.AddedAt).ThenBy(w => w.Position)
            : rows.ThenBy(w => w.AddedAt).ThenByDescending(w => w.Position);
        var page = await ordered.Skip(skip).Take(take).ToListAsync(ct);
        var ids = page.Select(w => w.VideoId).ToList();
        var titles = await db.Videos.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        var videoIds = ids.Select(id => new VideoId(id)).ToList();
        var statuses = (await db.SyncOperations
            .Where(o => o.RunId == runId && o.Kind == OperationKind.RemoveFromWatchLater && videoIds.Contains(o.VideoId!.Value))
            .Select(o => new { Video = o.VideoId!.Value, o.Status }).ToListAsync(ct))
            .ToDictionary(o => o.Video.Value, o => o.Status);
        return page.Select(w => new WatchLaterRow(w.VideoId, titles.GetValueOrDefault(w.VideoId), w.AddedAt, w.Role, w.TickedAt is not null,
            w.LastCheck, statuses.TryGetValue(w.VideoId, out var s) ? s : null)).ToList();
    }

    public async Task<int> CountAsync(long runId, CancellationToken ct, string? search = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Matching(db, runId, search).CountAsync(ct);
    }

    private static IQueryable<WatchLaterChecklistEntry> Matching(OrganizerDbContext db, long runId, string? search)
    {
        var rows = db.WatchLaterChecklist.Where(w => w.RunId == runId);
        if (string.IsNullOrWhiteSpace(search)) return rows;
        var text = search.Trim().ToLower();
        return rows.Where(w => w.VideoId == search.Trim() || db.Videos.Any(v => v.Id == w.VideoId && v.Title != null && v.Title.ToLower().Contains(text)));
    }

    public async Task<WatchLaterSummary> GetSummaryAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.WatchLaterChecklist.Where(w => w.RunId == runId)
            .GroupBy(w => new { w.Role, Ticked = w.TickedAt != null, w.LastCheck })
            .Select(g => new { g.Key.Role, g.Key.Ticked, g.Key.LastCheck, Count = g.Count() }).ToListAsync(ct);
        var remove = counts.Where(c => c.Role == WatchLaterRole.Remove).ToList();
        var last = await db.WatchLaterVerifications.AsNoTracking().Where(v => v.RunId == runId).OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        return new WatchLaterSummary(
            remove.Sum(c => c.Count),
            remove.Where(c => c.Ticked || c.LastCheck == WatchLaterCheck.Gone).Sum(c => c.Count),
            remove.Where(c => c.LastCheck == WatchLaterCheck.Gone).Sum(c => c.Count),
            remove.Where(c => c.LastCheck == WatchLaterCheck.StillThere).Sum(c => c.Count),
            counts.Where(c => c.Role == WatchLaterRole.KeepNoCategory).Sum(c => c.Count),
            counts.Where(c => c.Role == WatchLaterRole.KeepSkipped).Sum(c => c.Count),
            counts.Where(c => c.Role == WatchLaterRole.KeepUnavailable).Sum(c => c.Count),
            last);
    }

    /// <summary>
    /// Saves a tick (or un-tick) the moment it is made. Refused, changing nothing, for a video that is not on the
    /// checklist to remove, or when the sync no longer waits for the clean-up.
    /// </summary>
    public async Task<string?> TickAsync(long runId, IReadOnlyCollection<string> videoIds, bool ticked, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await WhyNotWaitingAsync(db, runId, ct) is { } why) return why;
        var ids = videoIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await db.WatchLaterChecklist.Where(w => w.RunId == runId && ids.Contains(w.VideoId)).ToListAsync(ct);
        var unknown = ids.Except(found.Select(w => w.VideoId)).ToList();
        if (unknown.Count > 0)
            return $"{Listed(unknown)} {(unknown.Count == 1 ? "is" : "are")} not on this sync's Watch Later checklist; nothing was ticked.";
        var keep = found.Where(w => w.Role != WatchLaterRole.Remove).Select(w => w.VideoId).ToList();
        if (keep.Count > 0)
            return $"{Listed(keep)} must stay in Watch Later (not synced into any playlist), so {(keep.Count == 1 ? "it has" : "they have")} no tick; nothing was ticked.";
        var now = time.GetUtcNow();
        foreach (var entry in found) entry.TickedAt = ticked ? entry.TickedAt ?? now : null;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Confirms without a Takeout that the user removed the ticked videos (<paramref name="all"/>: every video left),
    /// recorded as "confirmed by you, not verified". The stage ends when nothing is left open.
    /// </summary>
    public async Task<SyncCommandResult> ConfirmAsync(long runId, bool all, CancellationToken ct)
    {
        var ticked = all ? null : await TickedAsync(runId, ct);
        if (ticked is { Count: 0 }) return SyncCommandResult.Refused("Tick the videos you removed from Watch Later first.");
        var confirmed = await commands.MarkWatchLaterRemovedAsync(runId, ticked, ct);
        if (confirmed.Succeeded && all)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var now = time.GetUtcNow();
            await db.WatchLaterChecklist.Where(w => w.RunId == runId && w.Role == WatchLaterRole.Remove && w.TickedAt == null && w.LastCheck != WatchLaterCheck.Gone)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.TickedAt, now), ct);
        }
        return confirmed;
    }

    /// <summary>Every video still to remove (not ticked, not found gone), oldest added first: what the browser helper gets.</summary>
    public async Task<IReadOnlyList<string>> VideosToRemoveAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await PendingRemovalsAsync(db, runId, ct);
        var untouched = await db.WatchLaterChecklist
            .Where(w => w.RunId == runId && w.Role == WatchLaterRole.Remove && w.TickedAt == null && w.LastCheck != WatchLaterCheck.Gone)
            .OrderBy(w => w.AddedAt == null).ThenBy(w => w.AddedAt).ThenBy(w => w.Position).Select(w => w.VideoId).ToListAsync(ct);
        return untouched.Where(pending.Contains).ToList();
    }

    /// <summary>Videos ticked as removed whose operation is still open: what "I removed the ticked videos" confirms.</summary>
    public async Task<IReadOnlyList<string>> TickedAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await PendingRemovalsAsync(db, runId, ct);
        var ticked = await db.WatchLaterChecklist.Where(w => w.RunId == runId && w.Role == WatchLaterRole.Remove && w.TickedAt != null)
            .Select(w => w.VideoId).ToListAsync(ct);
        return ticked.Where(pending.Contains).ToList();
    }

    /// <summary>Videos a verification Takeout found gone from Watch Later: the report calls their removal verified.</summary>
    public async Task<IReadOnlySet<string>> VerifiedGoneAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.WatchLaterChecklist.Where(w => w.RunId == runId && w.LastCheck == WatchLaterCheck.Gone)
            .Select(w => w.VideoId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The videos whose removal is still open (read whole: a run has at most a few thousand).</summary>
    private static async Task<HashSet<string>> PendingRemovalsAsync(OrganizerDbContext db, long runId, CancellationToken ct) =>
        (await db.SyncOperations.Where(o => o.RunId == runId && o.Kind == OperationKind.RemoveFromWatchLater && o.Status == OperationStatus.Pending)
            .Select(o => o.VideoId!.Value).ToListAsync(ct)).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);

    internal static async Task<string?> WhyNotWaitingAsync(OrganizerDbContext db, long runId, CancellationToken ct)
    {
        var run = await db.SyncRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Stage, r.Status }).SingleOrDefaultAsync(ct);
        if (run is null) return $"There is no sync #{runId}.";
        return run.Stage == SyncStage.WatchLaterCleanup && run.Status == SyncRunStatus.AwaitingWatchLater
            ? null : "The sync is not waiting for the Watch Later clean-up.";
    }

    private static string Listed(IReadOnlyList<string> ids) =>
        ids.Count <= 5 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(5))} and {(ids.Count - 5).Grouped()} more";

    /// <summary>Videos with planned removals whose every add to a category playlist was skipped, with whether YouTube
    /// called them unavailable (found by the preflight).</summary>
    private static async Task<Dictionary<string, bool>> UnreachedAsync(OrganizerDbContext db, long runId, List<string> videos, CancellationToken ct)
    {
        var typed = videos.Select(v => new VideoId(v)).ToList();
        var adds = (await db.SyncOperations.Where(o => o.RunId == runId && o.Kind == OperationKind.AddVideo && typed.Contains(o.VideoId!.Value))
            .Select(o => new { Video = o.VideoId!.Value, o.Status, o.ErrorKind }).ToListAsync(ct))
            .Select(o => new { VideoId = o.Video.Value, o.Status, o.ErrorKind });
        // A video already in a reused playlist has no add at all: it reached its playlist without one.
        return adds.GroupBy(a => a.VideoId)
            .Where(g => g.All(a => a.Status is OperationStatus.Skipped or OperationStatus.Failed))
            .ToDictionary(g => g.Key, g => g.Any(a => a.ErrorKind == YouTubeErrorKind.VideoUnavailable));
    }

    private static async Task<List<WatchLaterChecklistEntry>> BuildAsync(
        OrganizerDbContext db, long runId, HashSet<string> toRemove, Dictionary<string, bool> unreached, CancellationToken ct)
    {
        var watchLater = await db.WatchLater.AsNoTracking().OrderBy(w => w.Position).ToListAsync(ct);
        var ids = watchLater.Select(w => w.VideoId).ToList();
        var unavailable = (await db.Videos.Where(v => ids.Contains(v.Id) && v.Availability == VideoAvailability.Unavailable)
            .Select(v => v.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        WatchLaterRole RoleOf(string video) =>
            unreached.TryGetValue(video, out var gone) ? (gone ? WatchLaterRole.KeepUnavailable : WatchLaterRole.KeepSkipped)
            : toRemove.Contains(video) ? WatchLaterRole.Remove
            : unavailable.Contains(video) ? WatchLaterRole.KeepUnavailable
            : WatchLaterRole.KeepNoCategory;
        var entries = watchLater.Select(w => new WatchLaterChecklistEntry
        {
            RunId = runId, VideoId = w.VideoId, Position = w.Position, AddedAt = w.AddedAt, Role = RoleOf(w.VideoId),
        }).ToList();
        // A planned removal whose video a later Takeout import no longer lists: still on the checklist, placed last.
        var listed = ids.ToHashSet(StringComparer.Ordinal);
        var position = entries.Count;
        entries.AddRange(toRemove.Where(v => !listed.Contains(v)).Order(StringComparer.Ordinal).Select(v => new WatchLaterChecklistEntry
        {
            RunId = runId, VideoId = v, Position = position++, Role = RoleOf(v),
        }));
        return entries;
    }
}
