using System.Text.Json;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Reporting;

/// <summary>The report and the log name videos by title, keep the ids beside them, and say why a video has no title.</summary>
public class ReportTitleTests
{
    private static readonly string Gone = Libraries.Id(3);

    /// <summary>A completed sync of videos 1–3 into "Food", where video 3 was deleted on YouTube before the import.</summary>
    private static async Task<(OrganizerApp App, long RunId)> SyncWithAnUnavailableVideoAsync()
    {
        var account = Libraries.Account(("cooking", [1, 2]), ("misc", [3]));
        account.Videos[account.Videos.FindIndex(v => v.Id == Gone)] = Libraries.Video(Gone, VideoAvailability.Deleted);
        var app = await OrganizerApp.StartAsync(account, settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Food", 1, 2, 3));
        var (run, _) = await DriveAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, run.Status);
        return (app, sync.RunId);
    }

    [Fact]
    public async Task The_report_CSV_has_a_title_column_after_the_old_columns_and_says_unavailable_for_a_video_without_one()
    {
        var (app, runId) = await SyncWithAnUnavailableVideoAsync();
        await using var _ = app;

        var lines = (await app.Browser.GetStringAsync($"reports/{runId}.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Sequence,Stage,Operation,Outcome,Playlist,PlaylistId,VideoId,ResultId,Reason,Attempts,Units,At,VideoTitle", lines[0].TrimEnd('\r'));
        Assert.Contains(lines, l => l.Contains($",{Libraries.Id(1)},", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith($",Video {Libraries.Id(1)}", StringComparison.Ordinal));
        var skipped = Assert.Single(lines, l => l.Contains($",{Gone},", StringComparison.Ordinal));
        Assert.Contains("Skip unavailable video", skipped);
        Assert.EndsWith(",(unavailable)", skipped.TrimEnd('\r'));
        // An add names the playlist it went into (the one the sync created), not the new playlist item.
        var created = Assert.Single(lines, l => l.Contains(",Create playlist,", StringComparison.Ordinal)).Split(',');
        var added = lines.First(l => l.Contains(",Add video,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("Food", created[7]), (added[4], added[5]));
        Assert.NotEqual(added[5], added[7]);
        // A playlist row has no video, so no title either.
        Assert.Contains(lines, l => l.Contains("Delete original playlist,succeeded,cooking,", StringComparison.Ordinal) && l.TrimEnd('\r').EndsWith(','));
    }

    [Fact]
    public async Task The_report_JSON_gives_each_video_operation_its_title()
    {
        var (app, runId) = await SyncWithAnUnavailableVideoAsync();
        await using var _ = app;

        using var json = JsonDocument.Parse(await app.Browser.GetStringAsync($"reports/{runId}.json"));
        var titles = json.RootElement.GetProperty("operations").EnumerateArray()
            .Where(o => o.GetProperty("videoId").ValueKind == JsonValueKind.String)
            .ToDictionary(o => o.GetProperty("videoId").GetString()!, o => o.GetProperty("videoTitle").GetString());

        Assert.Equal(new Dictionary<string, string?>
        {
            [Libraries.Id(1)] = $"Video {Libraries.Id(1)}", [Libraries.Id(2)] = $"Video {Libraries.Id(2)}", [Gone] = "(unavailable)",
        }, titles);
    }

    [Fact]
    public async Task The_log_names_an_added_video_by_its_title_with_its_id()
    {
        var (app, _) = await SyncWithAnUnavailableVideoAsync();
        await using var __ = app;

        var lines = await app.Get<OperationLog>().ReadAsync(CancellationToken.None);

        Assert.Contains(lines, l => l.What == $"Added video 'Video {Libraries.Id(1)}' ({Libraries.Id(1)}) to 'Food'");
        Assert.Contains($"Added video 'Video {Libraries.Id(1)}' ({Libraries.Id(1)}) to 'Food'", await app.Browser.GetStringAsync("log.csv"));
    }
}
