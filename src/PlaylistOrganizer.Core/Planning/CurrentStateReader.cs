using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>
/// Reads the library tables (what the last imports saw) into the <see cref="CurrentState"/> the planner compares the
/// approved structure with.
/// </summary>
/// <remarks>
/// The fingerprint names the last completed YouTube import and the last Takeout import ("yt:12|takeout:3", 0 for none):
/// any newer import changes it, so a plan previewed before it is refused as stale. A playlist an earlier sync recorded as
/// a category's playlist (created or reused) is held by that category: never an "original" to delete.
/// </remarks>
public sealed class CurrentStateReader(IDbContextFactory<OrganizerDbContext> dbFactory) : ICurrentStateSource
{
    public async Task<CurrentState> ReadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var youTubeRun = await LastCompletedAsync(db, ImportSource.YouTube, ct);
        var takeoutRun = await LastCompletedAsync(db, ImportSource.Takeout, ct);
        // The latest sync that gave a playlist to a category decides which category holds it.
        var held = (await db.SyncCategoryPlaylists.OrderByDescending(c => c.RunId).Select(c => new { c.PlaylistId, c.CategoryKey }).ToListAsync(ct))
            .DistinctBy(c => c.PlaylistId).ToDictionary(c => c.PlaylistId.Value, c => c.CategoryKey);
        var playlists = await db.Playlists.AsNoTracking().Include(p => p.Items).OrderBy(p => p.Id).ToListAsync(ct);
        var watchLater = await db.WatchLater.OrderBy(w => w.Position).Select(w => w.VideoId).ToListAsync(ct);
        var unavailable = await db.Videos.Where(v => v.Availability == VideoAvailability.Unavailable).Select(v => v.Id).ToListAsync(ct);
        var lastImportFinished = await db.ImportRuns.Where(r => r.Id == youTubeRun).Select(r => r.FinishedAt).FirstOrDefaultAsync(ct);
        var syncSince = await db.SyncRuns.Where(r => lastImportFinished == null || r.StartedAt > lastImportFinished)
            .OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        return new CurrentState(
            $"yt:{youTubeRun}|takeout:{takeoutRun}",
            playlists.Select(p => new CurrentPlaylist(p.Id, p.Title, p.Description, PrivacyNames.Parse(p.PrivacyStatus), p.Kind == LibraryPlaylistKind.System,
                held.TryGetValue(p.Id, out var category) ? new PlaylistRole.HeldBy(category) : PlaylistRole.AnOriginal,
                p.Items.OrderBy(i => i.Position).Select(i => new CurrentItem(i.Id, i.VideoId)).ToList())).ToList(),
            watchLater,
            unavailable.ToHashSet(StringComparer.Ordinal),
            youTubeRun == 0 ? "Nothing has been imported from YouTube yet. Import your playlists first."
                : syncSince is { } run ? $"Sync #{run} changed YouTube after the last import. Import from YouTube again so the preview is exact."
                : null);
    }

    private static Task<long> LastCompletedAsync(OrganizerDbContext db, ImportSource source, CancellationToken ct) =>
        db.ImportRuns.Where(r => r.Source == source && r.State == ImportRunState.Completed)
            .OrderByDescending(r => r.Id).Select(r => r.Id).FirstOrDefaultAsync(ct);
}
