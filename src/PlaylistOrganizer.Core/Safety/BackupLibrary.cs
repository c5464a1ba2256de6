using PlaylistOrganizer.Core.ActivityLog;
using PlaylistOrganizer.Core.Backups;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Safety;

/// <summary>One backup's line on the Backups page.</summary>
public sealed record BackupSummary(long Id, DateTimeOffset TakenAt, long? SyncRunId, int Playlists, int Items, string Sha256);

/// <summary>The stored backups: list, take one now, add an uploaded file, read one back verified.</summary>
public sealed class BackupLibrary(IDbContextFactory<OrganizerDbContext> dbFactory, SyncBackups backups)
{
    /// <summary>Files larger than this are refused on upload. Default 50 MB: a 20,000-video account's backup is about 5 MB.</summary>
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    public async Task<IReadOnlyList<BackupSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Backups.OrderByDescending(b => b.Id)
            .Select(b => new BackupSummary(b.Id, b.TakenAt, b.SyncRunId, b.Playlists, b.Items, b.Sha256)).ToListAsync(ct);
    }

    /// <summary>A backup of the library as imported, taken now (not tied to a sync).</summary>
    public Task<Backup> TakeNowAsync(CancellationToken ct) => backups.TakeAsync(null, ct);

    /// <summary>The stored file's text, for download.</summary>
    public async Task<string?> GetFileAsync(long id, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Backups.Where(b => b.Id == id).Select(b => b.Json).FirstOrDefaultAsync(ct);
    }

    /// <summary>The backup's document, verified against its checksum; or why it cannot be used.</summary>
    public async Task<(BackupDocument? Document, string? Problem)> ReadVerifiedAsync(long id, CancellationToken ct)
    {
        var json = await GetFileAsync(id, ct);
        return json is null ? (null, $"There is no backup #{id}.") : BackupFile.Read(json);
    }

    /// <summary>Stores an uploaded backup file after verifying it. A refused file changes nothing.</summary>
    public async Task<(BackupSummary? Backup, string? Problem)> AddUploadedAsync(string json, CancellationToken ct)
    {
        var (document, problem) = BackupFile.Read(json);
        if (document is null) return (null, problem);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var backup = new Backup
        {
            TakenAt = document.TakenAt, Json = json, Sha256 = BackupFile.ChecksumOf(document),
            Playlists = document.Playlists.Count, Items = document.Playlists.Sum(p => p.Items.Count),
        };
        db.Backups.Add(backup);
        await db.SaveChangesAsync(ct);
        ActivityEntry.Record(db, document.TakenAt, ActivityArea.Backup, "you", $"Backup #{backup.Id} added from a file (taken {document.TakenAt:u})");
        await db.SaveChangesAsync(ct);
        return (new BackupSummary(backup.Id, backup.TakenAt, null, backup.Playlists, backup.Items, backup.Sha256), null);
    }
}
