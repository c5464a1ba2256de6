using System.IO.Compression;
using System.Text;
using PlaylistOrganizer.App.Cli;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Import;

/// <summary>
/// The import verbs as a script runs them, against the same data folder (database, stored sign-in) as the app and the
/// same emulator. Exit codes (ImportCommands): 0 done, 1 refused or failed with nothing changed, 2 stopped part-way.
/// </summary>
/// <remarks>The CLI host has its own clock (the system's), so only exit codes and the resulting library are asserted.
/// Console output is captured, which is process-wide: this class is its own collection and runs alone.</remarks>
[Collection(nameof(CliImportTests))]
[CollectionDefinition(nameof(CliImportTests), DisableParallelization = true)]
public class CliImportTests
{
    [Fact]
    public async Task The_import_verbs_bring_in_the_library_and_exit_with_the_documented_codes()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        var zip = Path.Combine(app.DataDirectory, "takeout.zip");
        await using (var file = File.Create(zip)) TakeoutWriter.WriteZip(demo.Account, file);
        var notAZip = Path.Combine(app.DataDirectory, "notes.zip");
        await File.WriteAllTextAsync(notAZip, "this is not a zip");

        Assert.Equal(1, (await RunAsync(app, "import", "takeout", Path.Combine(app.DataDirectory, "missing.zip"))).Exit);
        var bad = await RunAsync(app, "import", "takeout", notAZip);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("Nothing was imported", bad.Error);
        Assert.Equal(0, (await Figures(app)).WatchLater);

        var takeout = await RunAsync(app, "import", "takeout", zip);
        Assert.Equal(0, takeout.Exit);
        Assert.Contains($"{demo.Truth.WatchLaterCount} added", takeout.Output);

        var quota = app.YouTube.State.Find("demo")!.Quota;
        quota.LimitUnits = quota.UsedUnits + 5;
        var stopped = await RunAsync(app, "import", "youtube");
        Assert.Equal(2, stopped.Exit);
        Assert.Contains("quota", stopped.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await Figures(app)).RegularPlaylists);

        quota.LimitUnits = 10_000;
        var done = await RunAsync(app, "import", "youtube");
        Assert.Equal(0, done.Exit);
        Assert.Contains($"Playlists: {demo.Truth.RegularPlaylistCount} added", done.Output);
        var figures = await Figures(app);
        Assert.Equal((demo.Truth.RegularPlaylistCount, demo.Truth.TotalPlaylistEntries, demo.Truth.WatchLaterCount, 0),
            (figures.RegularPlaylists, figures.PlaylistEntries, figures.WatchLater, figures.VideosNotLookedUp));
    }

    [Fact]
    public async Task The_takeout_verb_lists_the_watch_later_candidates_imports_the_one_named_and_refuses_a_200_MB_file()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        var zip = Path.Combine(app.DataDirectory, "takeout.zip");
        await using (var file = File.Create(zip)) TakeoutWriter.WriteZip(demo.Account, file);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            // A second file that may be Watch Later: the German name of it, holding two videos.
            await using var extra = archive.CreateEntry("Takeout/YouTube und YouTube Music/Playlists/Später ansehen-Videos.csv").Open();
            await extra.WriteAsync(Encoding.UTF8.GetBytes("Video-ID,Zeitstempel\naaaaaaaaaaa,2026-01-01T10:00:00+00:00\nbbbbbbbbbbb,2026-01-01T10:00:00+00:00\n"));
        }
        var huge = Path.Combine(app.DataDirectory, "everything.zip");
        await using (var file = File.Create(huge)) file.SetLength(200L * 1024 * 1024);

        var tooLarge = await RunAsync(app, "import", "takeout", huge);
        var ambiguous = await RunAsync(app, "import", "takeout", zip);
        Assert.Equal(0, (await Figures(app)).WatchLater);
        var chosen = await RunAsync(app, "import", "takeout", zip, "--watch-later", "Watch later-videos.csv");

        Assert.Equal(1, tooLarge.Exit);
        Assert.Contains("everything.zip is 200 MB; the largest accepted upload is 64 MB.", tooLarge.Error);
        Assert.Equal(1, ambiguous.Exit);
        Assert.Contains("cannot tell which file of takeout.zip is Watch Later", ambiguous.Error);
        Assert.Contains($"--watch-later \"Takeout/YouTube and YouTube Music/playlists/Watch later-videos.csv\"   ({demo.Truth.WatchLaterCount:N0} videos", ambiguous.Error);
        Assert.Contains("--watch-later \"Takeout/YouTube und YouTube Music/Playlists/Später ansehen-Videos.csv\"   (2 videos", ambiguous.Error);
        Assert.Equal(0, chosen.Exit);
        Assert.Contains($"Imported Watch Later from Takeout/YouTube and YouTube Music/playlists/Watch later-videos.csv: {demo.Truth.WatchLaterCount:N0} videos read", chosen.Output);
        Assert.Contains("Später ansehen-Videos.csv: the playlist 'Später ansehen': playlists come from the YouTube import", chosen.Output);
        Assert.Equal(demo.Truth.WatchLaterCount, (await Figures(app)).WatchLater);
    }

    private static Task<LibraryFigures> Figures(OrganizerApp app) => app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None);

    private static async Task<(int Exit, string Output, string Error)> RunAsync(OrganizerApp app, params string[] verb)
    {
        string[] args = [.. verb, .. app.Configuration, "--Logging:LogLevel:Default=Warning"];
        var (output, error) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await CliCommands.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
