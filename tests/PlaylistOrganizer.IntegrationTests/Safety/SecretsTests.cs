using Microsoft.Data.Sqlite;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Safety;

public class SecretsTests
{
    [Fact]
    public async Task No_token_or_client_secret_reaches_pages_exports_logs_or_the_database_file_in_clear()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("cooking", [1, 2])), settings: SyncScenario.Settings());
        var sync = await SyncScenario.StartAsync(app, PlanKind.Plain, SyncScenario.Category("Food", 1, 2));
        app.Time.Advance(TimeSpan.FromHours(2)); // the next calls refresh the access token: more secrets to look for
        var (run, _) = await SyncScenario.DriveAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var backup = await app.Get<BackupLibrary>().TakeNowAsync(CancellationToken.None);

        var secrets = app.YouTube.Tokens.IssuedSecrets("demo").Append("test-client-secret").ToList();
        Assert.True(secrets.Count >= 3);
        var seen = new List<string>();
        foreach (var path in new[] { "/", "/import", "/categories", "/videos", "/sync", "/reports", $"/reports/{sync.RunId}", "/backups", "/log",
                     $"/reports/{sync.RunId}.csv", $"/reports/{sync.RunId}.json", $"/backups/{backup.Id}.json", "/log.csv", "/structure/export.json" })
        {
            seen.Add(await app.Browser.GetStringAsync(path.TrimStart('/')));
        }
        seen.Add(string.Join('\n', app.Logs.Messages));
        SqliteConnection.ClearAllPools();
        seen.Add(string.Concat(Directory.GetFiles(app.DataDirectory, "*.db*").Select(f =>
            System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f)))));

        foreach (var secret in secrets)
        {
            Assert.All(seen, text => Assert.DoesNotContain(secret, text));
        }
    }
}
