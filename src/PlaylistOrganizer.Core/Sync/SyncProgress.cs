using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Counts of one stage's operations, straight from the journal.</summary>
/// <param name="Kinds">The kinds of operation the stage holds, so its name can say all it does.</param>
public sealed record StageCounts(SyncStage Stage, int Total, int Succeeded, int Failed, int Skipped, int Open, IReadOnlySet<OperationKind> Kinds)
{
    public int Finished => Succeeded + Failed + Skipped;
    /// <summary>"Adding videos 1,234 / 4,410", "Deleting originals and removing extras 79 / 79".</summary>
    public string Label => $"{StageNames.Title(Stage, Kinds)} {Finished.Grouped()} / {Total.Grouped()}";
}

/// <summary>A sync as the page shows it: stage, counts, units, and why it waits if it does.</summary>
/// <param name="Remaining">Its open operations as the days count them (the days left: <see cref="Quota.QuotaStatus.DaysFor(QuotaWork)"/>).</param>
public sealed record SyncSnapshot(SyncRun Run, IReadOnlyList<StageCounts> Stages, int WriteUnits, QuotaWork Remaining)
{
    public int RemainingWriteUnits => Remaining.TotalUnits;

    public int UnitsSpent => WriteUnits + Run.ReadUnits;
    public StageCounts? Current => Stages.FirstOrDefault(s => s.Stage == Run.Stage);

    /// <summary>The add stage while it overlaps the create stage: while creates wait for YouTube's daily limit, videos go
    /// into the playlists that exist. Null when the stages do not overlap (nothing added yet, or creates are done).</summary>
    public StageCounts? Overlapping => Run.Stage == SyncStage.CreatePlaylists
        ? Stages.FirstOrDefault(s => s.Stage == SyncStage.AddVideos && s.Succeeded + s.Failed > 0) : null;

    /// <summary>What the sync is doing: "Creating playlists 3 / 7 · Adding videos 12 / 40" while they overlap, else the
    /// current stage's label (null for a stage with no operations).</summary>
    public string? Headline => Current is null ? null : Overlapping is { } adding ? $"{Current.Label} · {adding.Label}" : Current.Label;

    /// <summary>Whether the page marks the stage as under way.</summary>
    public bool IsUnderWay(SyncStage stage) => stage == Run.Stage || stage == Overlapping?.Stage;
}

/// <summary>An operation that failed, with the title of its video (null: no video, or one the library has no title
/// for) so the user can tell what failed.</summary>
public sealed record FailedOperation(SyncOperation Operation, string? VideoTitle);

/// <summary>Read-only queries over sync runs and their journals (progress, history, report rows).</summary>
public sealed class SyncProgress(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<SyncSnapshot?> GetAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.SyncRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return null;
        var rows = await db.SyncOperations.Where(o => o.RunId == runId)
            .GroupBy(o => new { o.Stage, o.Status, o.Kind })
            .Select(g => new { g.Key.Stage, g.Key.Status, g.Key.Kind, Count = g.Count(), Units = g.Sum(o => o.UnitsCharged) })
            .ToListAsync(ct);
        var remaining = await db.SyncOperations.Where(o => o.RunId == runId).Where(OperationStatuses.IsOpenRow)
            .Select(o => new { o.Kind, o.CategoryKey, o.Sequence }).ToListAsync(ct);
        var stages = rows.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g => new StageCounts(g.Key,
            g.Sum(r => r.Count),
            g.Where(r => r.Status == OperationStatus.Succeeded).Sum(r => r.Count),
            g.Where(r => r.Status == OperationStatus.Failed).Sum(r => r.Count),
            g.Where(r => r.Status == OperationStatus.Skipped).Sum(r => r.Count),
            g.Where(r => OperationStatuses.IsOpen(r.Status)).Sum(r => r.Count),
            g.Select(r => r.Kind).ToHashSet())).ToList();
        // An open add waits for its category's playlist while that playlist's create is still open.
        var adds = remaining.Where(o => o.Kind == OperationKind.AddVideo).ToList();
        var waiting = remaining.Where(o => o.Kind == OperationKind.CreatePlaylist).OrderBy(o => o.Sequence)
            .Select(c => adds.Count(a => a.CategoryKey == c.CategoryKey)).ToList();
        var work = new QuotaWork(waiting, adds.Count - waiting.Sum(), remaining.Sum(o => o.Kind.CostUnits()));
        return new SyncSnapshot(run, stages, rows.Sum(r => r.Units), work);
    }

    /// <summary>The unfinished sync, if any (there is at most one).</summary>
    public async Task<long?> ActiveRunIdAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncRuns.Where(r => r.ActiveSlot != null).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Runs the worker should work on now.</summary>
    public async Task<IReadOnlyList<long>> RunningRunIdsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running).Select(r => r.Id).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SyncRun>> HistoryAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.Id).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SyncOperation>> OperationsAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.AsNoTracking().Where(o => o.RunId == runId).OrderBy(o => o.Sequence).ToListAsync(ct);
    }

    /// <summary>The run's failed operations in plan order: what the end-of-stage decision is about.</summary>
    public async Task<IReadOnlyList<FailedOperation>> FailuresAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var failed = await db.SyncOperations.AsNoTracking().Where(o => o.RunId == runId && o.Status == OperationStatus.Failed)
            .OrderBy(o => o.Sequence).ToListAsync(ct);
        var videoIds = failed.Where(o => o.VideoId is not null).Select(o => o.VideoId!.Value.Value).Distinct().ToList();
        var titles = await db.Videos.AsNoTracking().Where(v => videoIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        return failed.Select(o => new FailedOperation(o, o.VideoId is { } video ? titles.GetValueOrDefault(video.Value) : null)).ToList();
    }
}
