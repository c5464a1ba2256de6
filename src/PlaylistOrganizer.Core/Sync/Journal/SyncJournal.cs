using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// The sync journal: the only writer of runs, their operations, their category playlists and their frozen targets.
/// Everyone else (the engine, the executor, the reconciler, the deletion guard, the user's commands) asks it.
/// </summary>
/// <remarks>
/// A change is a transition method of <see cref="SyncRun"/> or <see cref="SyncOperation"/>, applied here to the row as
/// read and saved as a compare-and-set on the status it was read with (both entities' status is their concurrency
/// token). A transition the row refuses, or a row someone else moved meanwhile, changes nothing: the caller learns it
/// from the result and must not act on it. Each method commits on its own; none leaves work half-saved.
/// The file is split by who asks: <c>.Operations</c> (the executor's attempts), <c>.Stages</c> (the engine's stages and
/// stops), <c>.Commands</c> (the user's choices), <c>.Lease</c> (which copy of the app works on a run).
/// </remarks>
public sealed partial class SyncJournal(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time)
{
    public async Task<SyncRun> GetRunAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
    }

    public async Task<SyncOperation> GetOperationAsync(long operationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.AsNoTracking().SingleAsync(o => o.Id == operationId, ct);
    }

    /// <summary>The open operations of a stage, in plan order.</summary>
    public async Task<List<SyncOperation>> OpenOperationsAsync(long runId, SyncStage stage, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncOperations.AsNoTracking().Where(o => o.RunId == runId && o.Stage == stage)
            .Where(OperationStatuses.IsOpenRow).OrderBy(o => o.Sequence).ToListAsync(ct);
    }

    /// <summary>The playlist that holds the category in this run, once created (or from the start, when reused).</summary>
    public async Task<SyncCategoryPlaylist?> CategoryPlaylistAsync(long runId, CategoryKey categoryKey, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncCategoryPlaylists.AsNoTracking().FirstOrDefaultAsync(c => c.RunId == runId && c.CategoryKey == categoryKey, ct);
    }

    /// <summary>The playlists the run's categories have so far (reused, or created by the sync), by category.</summary>
    public async Task<Dictionary<CategoryKey, PlaylistId>> CategoryPlaylistIdsAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SyncCategoryPlaylists.AsNoTracking().Where(c => c.RunId == runId).ToDictionaryAsync(c => c.CategoryKey, c => c.PlaylistId, ct);
    }

    /// <summary>What the playlist of the operation's category must look like (as the run froze it).</summary>
    public async Task<PlaylistDraft> DraftForAsync(SyncOperation op, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await db.SyncTargetCategories.AsNoTracking().SingleAsync(c => c.RunId == op.RunId && c.CategoryKey == op.CategoryKey, ct)).Draft;
    }

    /// <summary>Playlists a lost playlists.insert cannot have made: those on the account at import time, and those any
    /// sync gave a category.</summary>
    public async Task<HashSet<PlaylistId>> PlaylistsNotCreatedByALostRequestAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.Playlists.Select(p => p.Id).ToListAsync(ct);
        var claimed = await db.SyncCategoryPlaylists.Select(c => c.PlaylistId).ToListAsync(ct);
        return known.Select(id => new PlaylistId(id)).Concat(claimed).ToHashSet();
    }

    /// <summary>Books units the ledger charged, in the ledger's own transaction (<paramref name="db"/>): to the row, or
    /// with no row, to the run's reads.</summary>
    internal static async Task BookUnitsAsync(OrganizerDbContext db, long runId, long? operationId, int units, CancellationToken ct)
    {
        // An increment in the database, not a read-modify-write: it must never race with a transition of the row.
        if (operationId is { } id)
        {
            await db.SyncOperations.Where(o => o.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.UnitsCharged, o => o.UnitsCharged + units), ct);
        }
        else
        {
            await db.SyncRuns.Where(r => r.Id == runId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadUnits, r => r.ReadUnits + units), ct);
        }
    }

    /// <summary>Applies a transition to one operation. False when it refused, or the row was moved meanwhile.</summary>
    private async Task<bool> MoveAsync(long operationId, Func<SyncOperation, DateTimeOffset, bool> transition, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var op = await db.SyncOperations.SingleAsync(o => o.Id == operationId, ct);
        return transition(op, time.GetUtcNow()) && await db.SaveUnlessStatusChangedAsync(ct);
    }

    /// <summary>Applies a transition to the run, if it is still running. False when it refused or the run changed meanwhile.</summary>
    private async Task<bool> ChangeRunAsync(long runId, Func<SyncRun, string?> transition, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.SyncRuns.SingleAsync(r => r.Id == runId, ct);
        return transition(run) is null && await db.SaveUnlessStatusChangedAsync(ct);
    }
}
