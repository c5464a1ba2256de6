using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>What preparing the database did.</summary>
public enum SchemaOutcome { Created, Current, Upgraded }

/// <summary>
/// Creates the database on first start and keeps it usable when a newer version of the app changes the schema.
/// </summary>
/// <remarks>
/// The schema's fingerprint (a hash of the model's create script) is stored in the database. When it differs, a SQLite
/// database is rebuilt: the old file is first copied aside (<c>…db.before-upgrade-YYYYMMDDHHmmss</c>), a new file gets
/// the current schema, and every column both schemas share is copied over, table by table, in one transaction; only
/// then does the new file replace the old. Added tables and nullable columns need nothing more. A change the copy
/// cannot carry (a new required column) stops the start with a message and leaves the old database untouched.
/// PostgreSQL databases are not rebuilt automatically: the app refuses to start on a schema from another version.
/// </remarks>
public static class SchemaUpgrade
{
    public static async Task<SchemaOutcome> EnsureCurrentAsync(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fingerprint = Fingerprint(db);
        if (await db.Database.EnsureCreatedAsync(ct))
        {
            await StampAsync(db, fingerprint, time, ct);
            return SchemaOutcome.Created;
        }
        if (await StoredFingerprintAsync(db, ct) == fingerprint) return SchemaOutcome.Current;
        if (!db.Database.IsSqlite() || db.Database.GetDbConnection() is not SqliteConnection { DataSource: { Length: > 0 } path } || path == ":memory:")
        {
            throw new InvalidOperationException(
                "The database was created by another version of PlaylistOrganizer and cannot be upgraded automatically. " +
                "Keep it, and run the version that created it, or point Database:ConnectionString at a new database.");
        }
        await RebuildSqliteAsync(db, path, fingerprint, time, ct);
        return SchemaOutcome.Upgraded;
    }

    public static string Fingerprint(OrganizerDbContext db) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())))[..32];

    private static async Task<string?> StoredFingerprintAsync(OrganizerDbContext db, CancellationToken ct)
    {
        // A database made before fingerprints were stored has no SchemaInfo table (asked first, so no failing query is logged).
        if (db.Database.IsSqlite())
        {
            var tables = await db.Database.SqlQuery<int>(
                $"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'SchemaInfo'").SingleAsync(ct);
            if (tables == 0) return null;
        }
        return await db.Set<SchemaInfo>().Where(s => s.Id == SchemaInfo.SingletonId).Select(s => s.Fingerprint).FirstOrDefaultAsync(ct);
    }

    private static async Task StampAsync(OrganizerDbContext db, string fingerprint, TimeProvider time, CancellationToken ct)
    {
        var row = await db.Set<SchemaInfo>().FindAsync([SchemaInfo.SingletonId], ct);
        if (row is null) db.Set<SchemaInfo>().Add(new SchemaInfo { Fingerprint = fingerprint, UpdatedAt = time.GetUtcNow() });
        else
        {
            row.Fingerprint = fingerprint;
            row.UpdatedAt = time.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task RebuildSqliteAsync(OrganizerDbContext oldDb, string path, string fingerprint, TimeProvider time, CancellationToken ct)
    {
        await oldDb.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        await oldDb.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        var backup = $"{path}.before-upgrade-{time.GetUtcNow():yyyyMMddHHmmss}";
        File.Copy(path, backup, overwrite: false);

        var upgrading = path + ".upgrading";
        File.Delete(upgrading);
        var options = new DbContextOptionsBuilder<OrganizerDbContext>().UseSqlite($"Data Source={upgrading}").Options;
        await using (var fresh = new OrganizerDbContext(options))
        {
            await fresh.Database.EnsureCreatedAsync(ct);
            await fresh.Database.OpenConnectionAsync(ct);
            var connection = (SqliteConnection)fresh.Database.GetDbConnection();
            await ExecuteAsync(connection, $"ATTACH DATABASE '{backup.Replace("'", "''")}' AS old;", ct);
            await using (var transaction = await connection.BeginTransactionAsync(ct))
            {
                foreach (var table in await TablesAsync(connection, "main", ct))
                {
                    if (table == "SchemaInfo") continue;
                    var oldColumns = await ColumnsAsync(connection, "old", table, ct);
                    if (oldColumns.Count == 0) continue; // a table the old schema did not have
                    var shared = (await ColumnsAsync(connection, "main", table, ct)).Intersect(oldColumns).Select(c => $"\"{c}\"").ToList();
                    if (shared.Count == 0) continue;
                    var columns = string.Join(", ", shared);
                    try
                    {
                        await ExecuteAsync(connection, $"INSERT INTO main.\"{table}\" ({columns}) SELECT {columns} FROM old.\"{table}\";", ct, (SqliteTransaction)transaction);
                    }
                    catch (SqliteException e)
                    {
                        throw new InvalidOperationException(
                            $"Upgrading the database failed on table {table} ({e.Message}). Nothing was changed; the database is as it was.", e);
                    }
                }
                await transaction.CommitAsync(ct);
            }
            await ExecuteAsync(connection, "DETACH DATABASE old;", ct);
            await fresh.Database.CloseConnectionAsync();
            await StampAsync(fresh, fingerprint, time, ct);
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(path + suffix);
        File.Move(upgrading, path, overwrite: true);
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection, string schema, CancellationToken ct)
    {
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string schema, string table, CancellationToken ct)
    {
        var names = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table.Replace("'", "''")}', '{schema}');";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(ct);
    }
}
