using Npgsql;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>
/// The database the integration tests run on: a SQLite file in each test's data folder by default, or a database of its
/// own on a PostgreSQL server when <c>TEST_POSTGRES_CONNECTION</c> names one (<c>.ci/run</c> runs the suite both ways).
/// The tests are the same; only this switch differs.
/// </summary>
public static class TestDatabaseServer
{
    public const string ConnectionVariable = "TEST_POSTGRES_CONNECTION";

    private static string? Server => Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => Server is not null;

    /// <summary>The app settings that put a test's data on the chosen database (none for SQLite: the data folder's file).</summary>
    public static string[] SettingsFor(string dataDirectory) => Server is { } server
        ? ["--Database:Provider=Postgres", $"--Database:ConnectionString={ConnectionFor(server, dataDirectory)}"]
        : [];

    /// <summary>Drops the test's PostgreSQL database, if it has one (the app created it when it first migrated).</summary>
    public static async Task DropAsync(string dataDirectory)
    {
        if (Server is not { } server) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName(dataDirectory)}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string ConnectionFor(string server, string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName(dataDirectory) }.ConnectionString;

    /// <summary>One database per data folder, so a restarted app (same folder) finds its data again.</summary>
    private static string DatabaseName(string dataDirectory) =>
        "po_" + new string(Path.GetFileName(dataDirectory).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}

/// <summary>A test of something only SQLite has (its file, copied aside before a migration): skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabaseServer.IsPostgres) Skip = "SQLite only: this run is on PostgreSQL.";
    }
}

/// <summary>A test of something only a shared database server allows (two machines on one database): skipped on SQLite.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabaseServer.IsPostgres) Skip = $"PostgreSQL only: set {TestDatabaseServer.ConnectionVariable} (.ci/run does).";
    }
}
