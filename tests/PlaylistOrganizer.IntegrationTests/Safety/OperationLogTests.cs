using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Safety;

public class OperationLogTests
{
    [Fact]
    public async Task The_log_records_every_change_to_YouTube_and_to_local_data_and_exports_it()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("cooking", [1, 2]), ("misc", [3])), settings: SyncScenario.Settings());
        var sync = await SyncScenario.StartAsync(app, PlanKind.Plain, SyncScenario.Category("Food", 1, 2, 3));
        var (run, _) = await SyncScenario.DriveAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.True((await app.Get<CategoryEditor>().CreateAsync("Later")).Succeeded);

        var lines = await app.Get<OperationLog>().ReadAsync(CancellationToken.None);
        var text = string.Join('\n', lines.Select(l => $"{l.Area}|{l.Actor}|{l.What}"));

        Assert.Contains("Account|you|Connected YouTube channel 'Test Channel'", text);
        Assert.Contains("Library|you|Imported from YouTube: 2 playlists added", text);
        Assert.Contains($"Sync|you|Started sync #{sync.RunId}", text);
        Assert.Contains($"Backup|sync #{sync.RunId}|Backup #", text);
        Assert.Contains($"YouTube|sync #{sync.RunId}|Created playlist 'Food'", text);
        Assert.Equal(3, lines.Count(l => l.What.StartsWith("Added video ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.What.StartsWith("Deleted playlist ", StringComparison.Ordinal)));
        Assert.Contains("Structure|you|Create 'Later'", text);
        Assert.Equal(lines.OrderByDescending(l => l.At), lines);

        var csv = await app.Browser.GetStringAsync("log.csv");
        Assert.StartsWith("At,Area,Actor,What", csv);
        Assert.Contains("Created playlist 'Food'", csv);

        var report = await app.Browser.GetStringAsync($"reports/{sync.RunId}.csv");
        Assert.StartsWith("Sequence,Stage,Operation,Outcome", report);
        Assert.Contains("Add video,succeeded", report);
        var json = await app.Browser.GetStringAsync($"reports/{sync.RunId}.json");
        Assert.Contains("\"status\": \"Completed\"", json);
    }
}
