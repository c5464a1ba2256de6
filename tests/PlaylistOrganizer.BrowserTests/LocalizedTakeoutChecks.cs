using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>
/// The journey's Takeout step for a Japanese account (<c>Demo:TakeoutLanguage=ja</c>): connect, import from YouTube,
/// download the dashboard's Takeout, upload it; then an upload holding two files that may be Watch Later, where the
/// user picks one on the page.
/// </summary>
public sealed class LocalizedTakeoutChecks(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Folder = "Takeout/YouTube と YouTube Music/再生リスト/";
    private const string WatchLaterFile = Folder + "後で見る-動画.csv";

    [Fact]
    public async Task A_japanese_Takeout_brings_in_Watch_Later_and_an_ambiguous_one_lets_the_user_pick()
    {
        await using var server = await OrganizerServer.StartDemoAsync("--Demo:TakeoutLanguage=ja");
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("po-browser-ja-").FullName;
        try
        {
            var watchLater = server.Demo.Account.WatchLater.Count;
            await page.ConnectAsync(server);
            await page.ImportFromYouTubeAsync();
            await page.OpenAsync("/");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("takeout-zip").ClickAsync());
            var zipPath = Path.Combine(folder, download.SuggestedFilename);
            await download.SaveAsAsync(zipPath);
            using (var zip = ZipFile.OpenRead(zipPath))
                Assert.Contains(zip.Entries, e => e.FullName == WatchLaterFile);

            await page.OpenAsync("/import");
            var takeout = page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" });
            await page.GetByTestId("takeout-file").SetInputFilesAsync(zipPath);
            var summary = takeout.GetByTestId("import-summary");
            await Expect(summary.GetByTestId("watch-later-file")).ToHaveTextAsync($"Read as Watch Later: {WatchLaterFile}, {watchLater:N0} videos");
            await Expect(summary).ToContainTextAsync($"Watch Later: {watchLater} added");
            await Expect(summary.GetByTestId("unused-files")).ToContainTextAsync("other files in the upload were not used");

            // The same export with a second file that may be Watch Later (a German one): the page asks.
            using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update))
            {
                await using var extra = zip.CreateEntry("Takeout/YouTube und YouTube Music/Playlists/Später ansehen-Videos.csv").Open();
                await extra.WriteAsync(Encoding.UTF8.GetBytes("Video-ID,Zeitstempel\naaaaaaaaaaa,2026-01-01T10:00:00+00:00\n"));
            }
            await page.OpenAsync("/import");
            await page.GetByTestId("takeout-file").SetInputFilesAsync(zipPath);
            var choice = takeout.GetByTestId("watch-later-choice");
            await Expect(choice.GetByTestId("watch-later-candidate")).ToHaveCountAsync(2);
            await Expect(choice).ToContainTextAsync($"{WatchLaterFile} — {watchLater:N0} videos");
            await Expect(choice).ToContainTextAsync("Später ansehen-Videos.csv — 1 video (playlist “Später ansehen”)");
            await Expect(takeout.GetByTestId("import-chosen-watch-later")).ToBeDisabledAsync();
            await new Screenshots("localized-takeout").TakeAsync(page, "16-watch-later-choice");

            await choice.GetByLabel("Takeout/YouTube und YouTube Music/Playlists/Später ansehen-Videos.csv", new() { Exact = false }).CheckAsync();
            await takeout.GetByTestId("import-chosen-watch-later").ClickAsync();
            await Expect(summary.GetByTestId("watch-later-file")).ToContainTextAsync("Später ansehen-Videos.csv, 1 video");
            await Expect(summary).ToContainTextAsync($"Watch Later: 1 added, {watchLater} no longer in Watch Later");
            await page.OpenAsync("/");
            await Expect(page.GetByTestId("library-watch-later")).ToHaveTextAsync("1");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
