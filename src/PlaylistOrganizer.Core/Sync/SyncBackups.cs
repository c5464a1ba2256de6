using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Safety;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Takes the backup that is the first stage of every sync: the account as imported, before anything changes.</summary>
public sealed class SyncBackups(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time)
{
    public async Task<Backup> TakeForSyncAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Backups.FirstOrDefaultAsync(b => b.SyncRunId == runId, ct);
        if (existing is not null) return existing; // resumed after the backup was taken

        var titles = await db.Videos.Where(v => v.Title != null).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        var playlists = (await db.Playlists.AsNoTracking().Include(p => p.Items).OrderBy(p => p.Title).ToListAsync(ct))
            .Select(p => new BackupPlaylist(p.Id, p.Title, p.Description, p.PrivacyStatus, p.Kind == LibraryPlaylistKind.System,
                p.Items.OrderBy(i => i.Position).Select(i => new BackupItem(i.VideoId, titles.GetValueOrDefault(i.VideoId), i.Position, i.AddedAt)).ToList()))
            .ToList();
        var watchLater = await db.WatchLater.OrderBy(w => w.Position).Select(w => new BackupWatchLaterEntry(w.VideoId, w.AddedAt)).ToListAsync(ct);
        var categories = await db.SyncTargetCategories.Where(c => c.RunId == runId).ToListAsync(ct);
        var targets = (await db.SyncTargetVideos.Where(t => t.RunId == runId).ToListAsync(ct)).ToLookup(t => t.CategoryKey, t => t.VideoId);
        var channel = await db.AccountStatus.Select(a => a.ChannelId).FirstOrDefaultAsync(ct);
        var document = new BackupDocument(BackupDocument.FormatName, BackupDocument.CurrentVersion, time.GetUtcNow(), channel, playlists, watchLater,
            categories.Select(c => new BackupCategory(c.Title, c.Description, c.PrivacyStatus, targets[c.CategoryKey].ToList())).ToList());

        var (json, sha) = BackupFile.Write(document);
        var backup = new Backup
        {
            TakenAt = document.TakenAt, SyncRunId = runId, Json = json, Sha256 = sha,
            Playlists = playlists.Count, Items = playlists.Sum(p => p.Items.Count),
        };
        db.Backups.Add(backup);
        await db.SaveChangesAsync(ct);
        return backup;
    }
}
