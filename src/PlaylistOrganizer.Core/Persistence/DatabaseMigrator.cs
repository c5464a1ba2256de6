using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>What bringing the database up to this version's schema did.</summary>
/// <param name="Applied">The migrations applied, oldest first (empty when the schema was already current).</param>
/// <param name="BackupPath">The copy of the SQLite file taken before migrating an existing database, if any.</param>
public sealed record MigrationResult(bool Created, IReadOnlyList<string> Applied, string? BackupPath);

/// <summary>
/// Applies the EF Core migrations of the configured provider (the app calls this at start-up), safely:
/// an existing SQLite file is copied aside before any migration touches it, and on PostgreSQL the whole migration
/// runs under a session advisory lock, so two instances starting together migrate once (the second waits, then finds
/// nothing pending). Each migration runs in EF's own transaction.
/// </summary>
/// <remarks>
/// Databases made before migrations existed carry the hand-made schema's fingerprint in a <c>SchemaInfo</c> table.
/// One stamped with the last such schema is exactly the baseline migration, so the baseline is recorded as applied and
/// only the later migrations run. Any other database without migration history (an older hand-made schema, or tables
/// that are not ours) is refused with a message, and left untouched.
/// </remarks>
public static class DatabaseMigrator
{
    /// <summary>The fingerprint the last hand-made schema stored, per provider: what the baseline migration creates.</summary>
    private static readonly Dictionary<string, string> BaselineFingerprints = new()
    {
        ["Microsoft.EntityFrameworkCore.Sqlite"] = "22cf8299dbb85d98a33cc5d0fbf61610",
        ["Npgsql.EntityFrameworkCore.PostgreSQL"] = "832174195083a4f16a5a71059c3a47ef",
    };

    /// <summary>Any fixed number: the key of the PostgreSQL advisory lock that serializes migrating instances.</summary>
    private const long MigrationLockKey = 0x506c_4f72_674d_6967; // "PlOrgMig"

    public static async Task<MigrationResult> MigrateAsync(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var postgres = db.Database.IsNpgsql();
        if (postgres)
        {
            await CreatePostgresDatabaseIfMissingAsync(db, ct);
            // The connection stays open until the context is disposed, and with it the session lock.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", ct);
        }
        try
        {
            var result = await MigrateLockedAsync(db, time, ct);
            if (db.Database.IsSqlite()) await UseWriteAheadLogAsync(db, ct);
            return result;
        }
        finally
        {
            if (postgres) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
    }

    /// <summary>
    /// Puts a SQLite file in write-ahead-log mode (a setting stored in the file, so this is a no-op after the first
    /// start). In SQLite's default rollback-journal mode a commit waits for every open read to finish, so one slow reader
    /// (a page, a command-line verb, a copy of the app stopping while another starts) made writers give up with
    /// "database is locked". With the log, readers never block the writer and the writer never blocks them; writers still
    /// queue, each waiting up to Microsoft.Data.Sqlite's command timeout (30 s) for the one before it. Only after the
    /// checks above: a database the app refused is left exactly as it was.
    /// </summary>
    private static Task UseWriteAheadLogAsync(OrganizerDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", ct);

    /// <summary>The lock needs a connection to the database itself, so it must exist first. Of two instances creating
    /// it at once, one is told it already exists: that is fine.</summary>
    private static async Task CreatePostgresDatabaseIfMissingAsync(OrganizerDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct)) return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }

    private static async Task<MigrationResult> MigrateLockedAsync(OrganizerDbContext db, TimeProvider time, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return new MigrationResult(false, [], null);

        var fresh = false;
        string? stampBaseline = null;
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            var fingerprint = await HandMadeFingerprintAsync(db, ct);
            if (fingerprint is not null)
            {
                if (fingerprint != BaselineFingerprints[db.Database.ProviderName!])
                {
                    throw new DatabaseRefusedException(
                        "This database was made by an early version of PlaylistOrganizer whose schema cannot be upgraded automatically. " +
                        "Nothing was changed. Open it once with the version from before schema migrations (which upgrades it), " +
                        "or point Database:ConnectionString at a new database.");
                }
                stampBaseline = db.Database.GetMigrations().First();
            }
            else if (await CountTablesAsync(db, ct) > 0)
            {
                throw new DatabaseRefusedException(
                    "The database holds tables but no PlaylistOrganizer migration history, so it was not made by this app. " +
                    "Nothing was changed. Point Database:ConnectionString at a new or empty database.");
            }
            else fresh = true;
        }

        var backup = fresh ? null : BackUpSqliteFile(db, time);
        if (stampBaseline is not null) await StampAsAppliedAsync(db, stampBaseline, ct);
        var toApply = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        return new MigrationResult(fresh, toApply, backup);
    }

    /// <summary>The fingerprint a database from before migrations stored, or null when it has no <c>SchemaInfo</c> table.</summary>
    private static async Task<string?> HandMadeFingerprintAsync(OrganizerDbContext db, CancellationToken ct)
    {
        var exists = db.Database.IsSqlite()
            ? await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'SchemaInfo'").SingleAsync(ct)
            : await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'SchemaInfo'").SingleAsync(ct);
        if (exists == 0) return null;
        return await db.Database.SqlQuery<string>($"SELECT \"Fingerprint\" AS \"Value\" FROM \"SchemaInfo\" WHERE \"Id\" = 1").FirstOrDefaultAsync(ct) ?? "";
    }

    private static Task<int> CountTablesAsync(OrganizerDbContext db, CancellationToken ct) => db.Database.IsSqlite()
        ? db.Database.SqlQuery<int>(
            $"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')").SingleAsync(ct)
        : db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')").SingleAsync(ct);

    private static async Task StampAsAppliedAsync(OrganizerDbContext db, string migrationId, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(migrationId, ProductInfo.GetVersion())), ct);
    }

    /// <summary>Copies an existing SQLite file aside (<c>…db.before-migration-YYYYMMDD-HHmmss</c>) with SQLite's online
    /// backup, so the copy is consistent even with a write-ahead log. Null for PostgreSQL and in-memory databases.</summary>
    private static string? BackUpSqliteFile(OrganizerDbContext db, TimeProvider time)
    {
        if (!db.Database.IsSqlite() || db.Database.GetDbConnection() is not SqliteConnection { DataSource: { Length: > 0 } path } || path == ":memory:")
        {
            return null;
        }
        var backupPath = $"{path}.before-migration-{time.GetUtcNow():yyyyMMdd-HHmmss}";
        using var source = new SqliteConnection(db.Database.GetConnectionString());
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupPath, Pooling = false }.ToString());
        source.Open();
        source.BackupDatabase(target);
        return backupPath;
    }
}
