using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

// The executor's side: one attempt at one operation, recorded before its request goes out and with its answer.
public sealed partial class SyncJournal
{
    /// <summary>Marks the row in flight, committed before its request goes out. False if it was no longer pending.</summary>
    public Task<bool> BeginAttemptAsync(long operationId, CancellationToken ct) =>
        MoveAsync(operationId, (op, at) => op.BeginAttempt(at), ct);

    /// <summary>
    /// Records a write YouTube applied (its answer, or a read-back that found it). A created playlist becomes its
    /// category's playlist in the same commit, so a stop can never leave a created playlist unrecorded.
    /// Not cancellable: it happened, whatever stops the run meanwhile.
    /// </summary>
    public async Task<bool> SucceedAsync(SyncOperation operation, string? resultId, PlaylistItemId? itemId, string? message)
    {
        var ct = CancellationToken.None;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var op = await db.SyncOperations.SingleAsync(o => o.Id == operation.Id, ct);
        if (!op.Succeed(time.GetUtcNow(), resultId, itemId, message)) return false;
        if (op.Kind == OperationKind.CreatePlaylist && resultId is { Length: > 0 }
            && !await db.SyncCategoryPlaylists.AnyAsync(c => c.RunId == op.RunId && c.CategoryKey == op.CategoryKey, ct))
        {
            db.SyncCategoryPlaylists.Add(new SyncCategoryPlaylist
            {
                RunId = op.RunId, CategoryKey = op.CategoryKey!.Value, PlaylistId = new PlaylistId(resultId), Title = op.Title!,
            });
        }
        return await db.SaveUnlessStatusChangedAsync(ct);
    }

    /// <summary>The answer was lost, or the read-back failed: the outcome stays unknown, to be read back before any resend.</summary>
    public Task<bool> MarkUnknownAsync(long operationId, YouTubeError? error) =>
        MoveAsync(operationId, (op, at) => op.MarkUnknown(at, error), CancellationToken.None);

    /// <summary>YouTube refused the request, or the read-back showed it had not landed: it may be sent again.</summary>
    public Task<bool> MarkNotAppliedAsync(long operationId, YouTubeError? error) =>
        MoveAsync(operationId, (op, at) => op.MarkNotApplied(at, error), CancellationToken.None);

    /// <summary>Collected for the end-of-stage decision.</summary>
    public Task<bool> FailAsync(long operationId, YouTubeError? error, string? message = null) =>
        MoveAsync(operationId, (op, at) => op.Fail(at, error, message), CancellationToken.None);

    /// <summary>Not sent, on purpose (its playlist could not be created, or the deletion guard keeps what it would delete).</summary>
    public Task<bool> SkipAsync(long operationId, string why, CancellationToken ct) =>
        MoveAsync(operationId, (op, at) => op.Skip(at, why), ct);

    /// <summary>The user chose to skip it unless it had landed, and the read-back showed it had not.</summary>
    public Task<bool> SkipNotAppliedAsync(long operationId) =>
        MoveAsync(operationId, (op, at) => op.SkipNotApplied(at), CancellationToken.None);
}
