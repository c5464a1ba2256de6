using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Saving a run that may have changed since it was read. A run's status is its concurrency token: the engine, the user's
/// commands and other copies of the app all change it, and one must never overwrite another's change unseen (an engine
/// pass pausing for quota over the user's Abort would leave an aborted run resumable).
/// </summary>
internal static class SyncRunSaving
{
    /// <summary>Saves, or returns false and saves nothing when someone changed the run's status meanwhile.</summary>
    public static async Task<bool> SaveUnlessStatusChangedAsync(this OrganizerDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
