using System.Text.Json;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.Core.Sync.WatchLater;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>
/// The browser helper the app generates, run in Chromium on a static copy of youtube.com's Watch Later page
/// (Fixtures/watch-later-page.html, served at the real address): a Swedish menu whose order changes from row to row, rows
/// loading 100 at a time as the page scrolls.
/// </summary>
public sealed class WatchLaterHelperChecks(Chromium chromium) : IClassFixture<Chromium>
{
    private const int Rows = 250;
    private const string WatchLaterUrl = "https://www.youtube.com/playlist?list=WL&rows=250";
    // Quick, so the test does not wait YouTube-friendly pauses; idle scrolls stay enough for the fixture's 150 ms loads.
    private static readonly HelperPace Quick = new(DelayMs: 20, ScrollPauseMs: 300, IdleScrolls: 3);

    private static string Id(int n) => $"vid{n:D8}";

    /// <summary>On the first page of rows, further down (loaded by scrolling), and the last row; one id that is not there.</summary>
    private static readonly string[] ToRemove = [Id(2), Id(3), Id(57), Id(140), Id(250)];
    private static readonly string Missing = "missingVid1";

    [Fact]
    public async Task The_helper_removes_exactly_the_listed_videos_through_the_rows_menu_and_reports_the_one_it_could_not_find()
    {
        await using var browser = await chromium.OpenBlankAsync();
        var page = await OpenWatchLaterAsync(browser);

        var report = await page.EvaluateAsync<JsonElement>("snippet => eval(snippet)",
            WatchLaterScript.ConsoleSnippet([.. ToRemove, Missing], dryRun: false, Quick));

        Assert.Equal(ToRemove.Order(), Strings(report, "removed").Order());
        Assert.Equal([Missing], Strings(report, "notFound"));
        Assert.Empty(report.GetProperty("failed").EnumerateArray());
        Assert.Equal(Rows - ToRemove.Length, report.GetProperty("leftAlone").GetInt32());
        // The page agrees: exactly those rows went, every other stayed, in its place; nothing was moved.
        var left = await RowIdsAsync(page);
        Assert.Equal(Enumerable.Range(1, Rows).Select(Id).Except(ToRemove), left);
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.fixture.moved"));
        await Expect(page.Locator("#playlist-organizer-helper")).ToContainTextAsync("Removed 5 of 6. 1 not found on the page");
    }

    [Fact]
    public async Task The_dry_run_bookmarklet_counts_what_it_finds_and_removes_nothing()
    {
        await using var browser = await chromium.OpenBlankAsync();
        var page = await OpenWatchLaterAsync(browser);

        // As a user clicks a bookmark: the page runs the javascript: address (and, thanks to void, stays the page).
        await page.EvaluateAsync("url => { location.href = url; }", WatchLaterScript.Bookmarklet([.. ToRemove, Missing], dryRun: true, Quick));

        await Expect(page.Locator("#playlist-organizer-helper")).ToContainTextAsync(
            "Dry run: 5 of 6 found on the page; nothing was removed. 1 not found on the page", new() { Timeout = 30_000 });
        Assert.Equal(Enumerable.Range(1, Rows).Select(Id), await RowIdsAsync(page));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.fixture.menuOpened"));
    }

    [Fact]
    public async Task On_any_other_page_the_helper_says_where_to_run_it_and_touches_nothing()
    {
        await using var browser = await chromium.OpenBlankAsync();
        var page = await OpenWatchLaterAsync(browser, "https://www.youtube.com/playlist?list=PL0123456789&rows=20");

        var report = await page.EvaluateAsync<JsonElement>("snippet => eval(snippet)", WatchLaterScript.ConsoleSnippet(ToRemove, dryRun: false, Quick));

        Assert.Empty(Strings(report, "removed"));
        await Expect(page.Locator("#playlist-organizer-helper")).ToContainTextAsync("This is not your Watch Later page");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.fixture.menuOpened"));
    }

    private static async Task<IPage> OpenWatchLaterAsync(BrowserSession browser, string url = WatchLaterUrl)
    {
        var fixture = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "watch-later-page.html"));
        // Served at YouTube's own address without any network: Playwright answers the request itself.
        await browser.Page.Context.RouteAsync("https://www.youtube.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/html; charset=utf-8", Body = fixture,
        }));
        await browser.Page.GotoAsync(url);
        await Expect(browser.Page.Locator("ytd-playlist-video-renderer").First).ToBeVisibleAsync();
        return browser.Page;
    }

    private static Task<string[]> RowIdsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('ytd-playlist-video-renderer a#video-title')].map(a => new URL(a.href).searchParams.get('v'))");

    private static string[] Strings(JsonElement report, string name) =>
        report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
