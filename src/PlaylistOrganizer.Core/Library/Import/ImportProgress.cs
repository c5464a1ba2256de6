using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>How far an unfinished YouTube import (running now, or stopped part-way and resumable) has read, from what it
/// staged so far.</summary>
/// <param name="UnitsSpent">Units charged for it until its last saved page.</param>
public sealed record ImportProgressFigures(int Playlists, int Entries, int VideosLookedUp, int UnitsSpent);

/// <summary>Reads the progress of the unfinished YouTube import for the Import page, which shows it while it waits. Every
/// page the importer reads is committed as it comes, so these counts grow page by page.</summary>
public sealed class ImportProgress(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    /// <returns>The figures, or null when the last YouTube import completed (or there was none).</returns>
    public async Task<ImportProgressFigures?> GetAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Source == ImportSource.YouTube && r.State != ImportRunState.Completed)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null) return null;
        return new ImportProgressFigures(
            await db.StagedPlaylists.CountAsync(p => p.RunId == run.Id, ct),
            await db.StagedPlaylistItems.CountAsync(i => i.RunId == run.Id, ct),
            await db.StagedVideos.CountAsync(v => v.RunId == run.Id, ct),
            run.UnitsSpent);
    }
}
