using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.IntegrationTests.Support;
using PlaylistOrganizer.IntegrationTests.Sync;

namespace PlaylistOrganizer.IntegrationTests.Persistence;

/// <summary>
/// Several connections share the SQLite file: the web app's pages and worker, a command-line verb, a copy of the app
/// that is starting while another stops. With SQLite's default rollback journal a reader blocks every commit until it
/// finishes, and a reader left open long enough made the writer give up with "database is locked" (seen in the
/// convergence suite's restarts). The app puts the file in write-ahead-log mode, where readers never block a writer.
/// </summary>
public class SqliteConcurrencyTests
{
    [SqliteOnlyFact]
    public async Task A_write_commits_while_another_connection_is_in_the_middle_of_a_read()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals());
        var file = Path.Combine(app.DataDirectory, "playlist-organizer.db");

        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync();
        await using var read = other.CreateCommand();
        read.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        await using var rows = await read.ExecuteReaderAsync();
        Assert.True(await rows.ReadAsync()); // the statement stays open: this connection holds its read

        await app.Get<QuotaLedger>().ChargeSendingAsync(YouTubeMethod.PlaylistsList, CancellationToken.None);

        await using var db = app.Db();
        Assert.Equal(1, await db.QuotaCharges.CountAsync());
    }

    [SqliteOnlyFact]
    public async Task The_database_file_stays_in_write_ahead_log_mode_for_every_connection()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals());

        await using var plain = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "playlist-organizer.db")};Pooling=False");
        await plain.OpenAsync();
        await using var mode = plain.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await mode.ExecuteScalarAsync());
    }
}
