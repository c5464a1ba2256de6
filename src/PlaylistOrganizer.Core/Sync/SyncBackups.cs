using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.ActivityLog;
using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Takes backups of the account as imported: the first stage of every sync, or on demand.</summary>
public sealed class SyncBackups(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The sync's backup, taken once (a resumed sync finds the one it took).</summary>
    public async Task<Backup> TakeForSyncAsync(long runId, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var existing = await db.Backups.FirstOrDefaultAsync(b => b.SyncRunId == runId, ct);
            if (existing is not null) return existing;
        }
        return await TakeAsync(runId, ct);
    }

    /// <summary>
    /// The videos each playlist held when the sync began, from the backup its first stage took: what the user added on
    /// YouTube since is what is not in here. Empty when the run took no backup (a restore of a file).
    /// </summary>
    public async Task<IReadOnlyDictionary<PlaylistId, IReadOnlySet<VideoId>>> PlaylistsAtStartAsync(long runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = await db.Backups.Where(b => b.SyncRunId == runId).OrderBy(b => b.Id).Select(b => b.Json).FirstOrDefaultAsync(ct);
        if (json is null) return new Dictionary<PlaylistId, IReadOnlySet<VideoId>>();
        var (document, problem) = BackupFile.Read(json);
        if (document is null) throw new InvalidOperationException($"The backup of sync #{runId} cannot be read: {problem}");
        return document.Playlists.ToDictionary(p => new PlaylistId(p.Id),
            p => (IReadOnlySet<VideoId>)p.Items.Select(i => new VideoId(i.VideoId)).ToHashSet());
    }

    /// <summary>
    /// Every playlist as imported with its items in order, Watch Later as imported, and the structure: the sync's frozen
    /// target when <paramref name="runId"/> is given, else the latest approved version.
    /// </summary>
    public async Task<Backup> TakeAsync(long? runId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var titles = await db.Videos.Where(v => v.Title != null).ToDictionaryAsync(v => v.Id, v => v.Title, ct);
        var playlists = (await db.Playlists.AsNoTracking().Include(p => p.Items).OrderBy(p => p.Title).ToListAsync(ct))
            .Select(p => new BackupPlaylist(p.Id, p.Title, p.Description, p.PrivacyStatus, p.Kind == LibraryPlaylistKind.System,
                p.Items.OrderBy(i => i.Position).Select(i => new BackupItem(i.VideoId, titles.GetValueOrDefault(i.VideoId), i.Position, i.AddedAt)).ToList()))
            .ToList();
        var watchLater = await db.WatchLater.OrderBy(w => w.Position).Select(w => new BackupWatchLaterEntry(w.VideoId, w.AddedAt)).ToListAsync(ct);
        var channel = await db.AccountStatus.Where(a => a.Id == Account.AccountStatus.SingletonId).Select(a => a.ChannelId).FirstOrDefaultAsync(ct);
        var document = new BackupDocument(BackupDocument.FormatName, BackupDocument.CurrentVersion, time.GetUtcNow(), channel, playlists, watchLater,
            runId is { } id ? await SyncStructureAsync(db, id, ct) : await ApprovedStructureAsync(db, ct));

        var (json, sha) = BackupFile.Write(document);
        var backup = new Backup
        {
            TakenAt = document.TakenAt, SyncRunId = runId, Json = json, Sha256 = sha,
            Playlists = playlists.Count, Items = playlists.Sum(p => p.Items.Count),
        };
        db.Backups.Add(backup);
        await db.SaveChangesAsync(ct);
        ActivityEntry.Record(db, backup.TakenAt, ActivityArea.Backup, runId is { } syncRun ? $"sync #{syncRun}" : "you",
            $"Backup #{backup.Id} taken: {backup.Playlists} playlists, {backup.Items.Grouped()} videos");
        await db.SaveChangesAsync(ct);
        return backup;
    }

    private static async Task<List<BackupCategory>> SyncStructureAsync(OrganizerDbContext db, long runId, CancellationToken ct)
    {
        var categories = await db.SyncTargetCategories.Where(c => c.RunId == runId).OrderBy(c => c.Title).ToListAsync(ct);
        var targets = (await db.SyncTargetVideos.Where(t => t.RunId == runId).ToListAsync(ct)).ToLookup(t => t.CategoryKey, t => t.VideoId);
        return categories.Select(c => new BackupCategory(c.Title, c.Description, c.Privacy.ToWire(),
            targets[c.CategoryKey].Select(v => v.Value).Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private static async Task<List<BackupCategory>> ApprovedStructureAsync(OrganizerDbContext db, CancellationToken ct)
    {
        var version = await db.StructureVersions.OrderByDescending(v => v.Number).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return [];
        var categories = await db.ApprovedCategories.Where(c => c.VersionNumber == version).OrderBy(c => c.Title).ToListAsync(ct);
        var links = (await db.ApprovedCategoryVideos.Where(l => l.VersionNumber == version).ToListAsync(ct)).ToLookup(l => l.CategoryId, l => l.VideoId);
        return categories.Select(c => new BackupCategory(c.Title, c.Description, c.Privacy, links[c.CategoryId].Order(StringComparer.Ordinal).ToList())).ToList();
    }
}
