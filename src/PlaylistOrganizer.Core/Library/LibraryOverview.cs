using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Library;

/// <summary>The library at a glance, for the dashboard.</summary>
public sealed record LibraryFigures(
    int RegularPlaylists, int SystemPlaylists, int PlaylistEntries, int DistinctPlaylistVideos, int VideosInSeveralPlaylists,
    int WatchLater, int WatchLaterAlsoInPlaylists, int UnavailableVideos, int VideosNotLookedUp,
    ImportRun? LastYouTubeImport, ImportRun? LastTakeoutImport)
{
    public bool IsEmpty => RegularPlaylists + SystemPlaylists + WatchLater == 0;
}

/// <summary>One playlist's line in the library list.</summary>
public sealed record PlaylistLine(string Id, string Title, LibraryPlaylistKind Kind, string PrivacyStatus, int Entries, int UnavailableEntries);

/// <summary>Read-only queries over the imported library.</summary>
public sealed class LibraryOverview(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    public async Task<LibraryFigures> GetFiguresAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var regularItems = db.PlaylistItems.Where(i => db.Playlists.Any(p => p.Id == i.PlaylistId && p.Kind == LibraryPlaylistKind.Regular));
        var perVideo = regularItems.GroupBy(i => i.VideoId).Select(g => new { g.Key, Playlists = g.Select(i => i.PlaylistId).Distinct().Count() });
        return new LibraryFigures(
            RegularPlaylists: await db.Playlists.CountAsync(p => p.Kind == LibraryPlaylistKind.Regular, ct),
            SystemPlaylists: await db.Playlists.CountAsync(p => p.Kind == LibraryPlaylistKind.System, ct),
            PlaylistEntries: await regularItems.CountAsync(ct),
            DistinctPlaylistVideos: await perVideo.CountAsync(ct),
            VideosInSeveralPlaylists: await perVideo.CountAsync(v => v.Playlists > 1, ct),
            WatchLater: await db.WatchLater.CountAsync(ct),
            WatchLaterAlsoInPlaylists: await db.WatchLater.CountAsync(w => regularItems.Any(i => i.VideoId == w.VideoId), ct),
            UnavailableVideos: await db.Videos.CountAsync(v => v.Availability == VideoAvailability.Unavailable, ct),
            VideosNotLookedUp: await db.Videos.CountAsync(v => v.Availability == VideoAvailability.Unknown, ct),
            LastYouTubeImport: await LastRunAsync(db, ImportSource.YouTube, ct),
            LastTakeoutImport: await LastRunAsync(db, ImportSource.Takeout, ct));
    }

    public async Task<IReadOnlyList<PlaylistLine>> GetPlaylistsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Playlists.OrderBy(p => p.Kind).ThenBy(p => p.Title)
            .Select(p => new PlaylistLine(p.Id, p.Title, p.Kind, p.PrivacyStatus, p.Items.Count,
                p.Items.Count(i => db.Videos.Any(v => v.Id == i.VideoId && v.Availability == VideoAvailability.Unavailable))))
            .ToListAsync(ct);
    }

    private static Task<ImportRun?> LastRunAsync(OrganizerDbContext db, ImportSource source, CancellationToken ct) =>
        db.ImportRuns.AsNoTracking().Where(r => r.Source == source).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
}
