using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using PlaylistOrganizer.IntegrationTests.Sync;

namespace PlaylistOrganizer.IntegrationTests.Persistence;

/// <summary>The app brings its database to this version's schema at start-up: new, made before migrations, or foreign.</summary>
public partial class MigrationTests
{
    private const string DatabaseFile = "playlist-organizer.db";

    /// <summary>A SQLite dump of a database the last version before migrations made (its hand-made schema, fingerprint
    /// stamped): an imported library, Watch Later, a structure (approved, and a draft edit after it) and a sync run to
    /// Completed. Made by that version's own code and kept as SQL so it can be read.</summary>
    private static readonly string BeforeMigrations = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "before-migrations.sql"));

    [SqliteOnlyFact]
    public async Task A_database_made_before_migrations_is_upgraded_in_place_with_every_row_kept_and_a_copy_aside()
    {
        await using var app = await OrganizerApp.StartOnAsync(MultiDaySyncTests.FourOriginals(),
            folder => Execute(Path.Combine(folder, DatabaseFile), BeforeMigrations));

        await using var db = app.Db();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var rowsBefore = RowsPerTable(BeforeMigrations);
        foreach (var (table, rows) in rowsBefore.Where(t => t.Key != "SchemaInfo"))
        {
            Assert.True(rows == await CountAsync(db, table), $"{table}: {rows} rows before the upgrade, {await CountAsync(db, table)} after");
        }
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'SchemaInfo'").SingleAsync());

        // What the user made is still theirs to use: the finished sync, its report, the structure and its draft edit.
        var run = await db.SyncRuns.SingleAsync();
        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var report = await app.Browser.GetAsync($"reports/{run.Id}.csv");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(rowsBefore["SyncOperations"] + 1, (await report.Content.ReadAsStringAsync()).Trim().Split('\n').Length);
        Assert.Contains(await db.Categories.Select(c => c.Title).ToListAsync(), t => t == "Later ideas");
        Assert.Single(await db.StructureVersions.ToListAsync());

        // The file as it was is kept beside it, untouched (still the hand-made schema).
        var copy = Assert.Single(Directory.GetFiles(app.DataDirectory, DatabaseFile + ".before-migration-*"));
        await using var old = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await old.OpenAsync();
        Assert.Equal(rowsBefore["SyncOperations"], Scalar(old, "SELECT count(*) FROM SyncOperations"));
        Assert.Equal(1L, Scalar(old, "SELECT count(*) FROM SchemaInfo"));
    }

    [Fact]
    public async Task A_new_database_gets_every_migration_and_a_restart_finds_nothing_to_do()
    {
        var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals());
        await using (var db = app.Db())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        await using var restarted = await app.RestartAsync();

        Assert.Empty(Directory.GetFiles(restarted.DataDirectory, "*.before-migration-*"));
        Assert.DoesNotContain(restarted.Logs.Messages, m => m.Contains("upgraded to this version's schema"));
    }

    [SqliteOnlyFact]
    public async Task A_database_with_tables_that_are_not_ours_is_refused_and_left_as_it_was()
    {
        string? file = null;
        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => OrganizerApp.StartOnAsync(MultiDaySyncTests.FourOriginals(),
            folder => Execute(file = Path.Combine(folder, DatabaseFile), "CREATE TABLE Invoices (Id INTEGER PRIMARY KEY); INSERT INTO Invoices VALUES (7);")));

        Assert.Contains("not made by this app", refused.Message);
        Assert.Equal(["Invoices"], Tables(file!));
    }

    [SqliteOnlyFact]
    public async Task A_database_from_an_early_hand_made_schema_is_refused_with_what_to_do()
    {
        string? file = null;
        var early = BeforeMigrations.Replace("22cf8299dbb85d98a33cc5d0fbf61610", "0123456789abcdef0123456789abcdef");
        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => OrganizerApp.StartOnAsync(MultiDaySyncTests.FourOriginals(),
            folder => Execute(file = Path.Combine(folder, DatabaseFile), early)));

        Assert.Contains("early version", refused.Message);
        Assert.DoesNotContain("__EFMigrationsHistory", Tables(file!));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, "*.before-migration-*"));
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Tables(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static Task<int> CountAsync(DbContext db, string table)
    {
        // A table name cannot be a parameter; these come from our own fixture.
        var sql = "SELECT count(*) AS \"Value\" FROM \"" + table + "\"";
        return db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    /// <summary>Every table of the dump with its number of rows (tables with none included).</summary>
    private static Dictionary<string, int> RowsPerTable(string dump)
    {
        var rows = CreatedTable().Matches(dump).ToDictionary(m => m.Groups[1].Value, _ => 0);
        // sqlite_sequence (AUTOINCREMENT's counters) is SQLite's own table, not one the dump creates.
        foreach (Match insert in InsertedRow().Matches(dump).Where(m => rows.ContainsKey(m.Groups[1].Value))) rows[insert.Groups[1].Value]++;
        return rows;
    }

    [GeneratedRegex("""^CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"? \(""", RegexOptions.Multiline)]
    private static partial Regex CreatedTable();

    [GeneratedRegex("""^INSERT INTO "?(\w+)"? VALUES""", RegexOptions.Multiline)]
    private static partial Regex InsertedRow();
}
