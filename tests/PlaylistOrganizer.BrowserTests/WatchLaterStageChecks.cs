using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>
/// The Watch Later stage on the Sync page: ticks that survive a reload, YouTube's two orders, a Takeout older than the
/// sync refused, a newer one listing exactly what is still there, the browser helper made for what is left; and the
/// checklist's responsiveness at 6,000 entries, measured and printed (not asserted: speed is measured, never timed).
/// Each test starts its own demo app, since each starts a sync.
/// </summary>
public sealed class WatchLaterStageChecks(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const float WholeStageMs = 60_000;
    private OrganizerServer server = null!;
    private readonly string folder = Directory.CreateTempSubdirectory("po-wl-").FullName;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The demo account's Takeout as exported now (demo clock), with Watch Later changed by <paramref name="change"/>.</summary>
    private string Takeout(Action<AccountSnapshot>? change = null)
    {
        var account = server.Demo.Account;
        change?.Invoke(account);
        var exportedAt = server.Demo.Clock.GetUtcNow();
        var path = Path.Combine(folder, TakeoutWriter.ArchiveName(exportedAt));
        using var file = File.Create(path);
        TakeoutWriter.WriteZip(account, file, new TakeoutWriterOptions { ExportedAt = exportedAt });
        return path;
    }

    private async Task<(IPage Page, long RunId)> ReachWatchLaterStageAsync(BrowserSession browser, string takeout)
    {
        var page = browser.Page;
        await page.OpenSyncPreviewAsync(server, categories: 2, takeout);
        // The Takeout is older than the sync by at least this much: the demo clock moves on with real time.
        await Task.Delay(1100);
        await page.StartSyncAsync();
        await Expect(page.GetByTestId("watch-later")).ToBeVisibleAsync(new() { Timeout = WholeStageMs });
        return (page, (await server.LatestSyncRunAsync()).Id);
    }

    /// <summary>Types <paramref name="text"/> into the checklist's search (empty: show all) and waits for the list to follow.</summary>
    private static async Task FindAsync(ILocator checklist, string text, int? expectedRows = null)
    {
        await checklist.GetByTestId("wl-search").FillAsync(text);
        await checklist.GetByTestId("wl-search").PressAsync("Enter");
        if (expectedRows is { } rows) await Expect(checklist.GetByTestId("wl-row")).ToHaveCountAsync(rows);
    }

    private WatchLaterCleanup Cleanup => server.App.Services.GetRequiredService<WatchLaterCleanup>();

    [Fact]
    public async Task Ticks_survive_a_reload_an_older_Takeout_is_refused_and_a_newer_one_lists_exactly_what_is_still_there()
    {
        var shots = new Screenshots(nameof(WatchLaterStageChecks));
        await using var browser = await chromium.OpenAsync(server);
        var older = Takeout();
        var (page, runId) = await ReachWatchLaterStageAsync(browser, older);
        var checklist = page.GetByTestId("watch-later");
        var newest = await Cleanup.GetRowsAsync(runId, WatchLaterOrder.NewestFirst, 0, 10_000, CancellationToken.None);
        var toRemove = newest.Where(r => r.Role == WatchLaterRole.Remove).Select(r => r.VideoId).ToList();
        Assert.True(toRemove.Count > 4, $"The demo sync should leave several videos to remove; it left {toRemove.Count}.");
        var total = toRemove.Count;
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"0 of {total} removed");
        // The first rows are the newest added, as youtube.com shows Watch Later; a row to keep says so and has no box.
        await Expect(checklist.GetByTestId("wl-row").First).ToHaveAttributeAsync("data-video", newest[0].VideoId);
        var keep = checklist.GetByTestId("wl-row").Filter(new() { HasText = "keep: in no category" }).First;
        await Expect(keep.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);

        // A tick is saved the moment it is made: it is still there after a reload.
        var ticked = toRemove[0];
        await FindAsync(checklist, ticked, expectedRows: 1);
        await checklist.Locator($"[data-video={ticked}]").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"1 of {total} removed");
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"1 of {total} removed");
        await FindAsync(checklist, ticked, expectedRows: 1);
        await Expect(checklist.Locator($"[data-video={ticked}]").GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await FindAsync(checklist, "");

        // The other sort YouTube offers: oldest added first.
        await checklist.GetByTestId("wl-order").SelectOptionAsync(nameof(WatchLaterOrder.OldestFirst));
        await Expect(checklist.GetByTestId("wl-row").First).ToHaveAttributeAsync("data-video", newest.Last(r => r.AddedAt is not null).VideoId);
        await checklist.GetByTestId("wl-order").SelectOptionAsync(nameof(WatchLaterOrder.NewestFirst));

        // The Takeout imported before the sync cannot verify it.
        await checklist.GetByTestId("wl-verify-file").SetInputFilesAsync(older);
        await Expect(checklist.GetByTestId("wl-verify-problem")).ToContainTextAsync("before this sync began");
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"1 of {total} removed");

        // A newer one, after removing all but three on youtube.com: exactly those three are listed, with links.
        var stillThere = toRemove.Skip(1).Take(3).ToList();
        var newer = Takeout(account => account.WatchLater.RemoveAll(w => toRemove.Contains(w.VideoId) && !stillThere.Contains(w.VideoId)));
        await checklist.GetByTestId("wl-verify-file").SetInputFilesAsync(newer);
        var result = checklist.GetByTestId("wl-verify-result");
        await Expect(result).ToContainTextAsync($"{total - 3} removed · 3 still there");
        Assert.Equal(stillThere.Select(id => $"https://www.youtube.com/watch?v={id}"),
            await result.GetByTestId("wl-still-there").GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.href)"));
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"{total - 3} of {total} removed");
        await Expect(page.GetByTestId("sync-stage")).ToContainTextAsync("Cleaning up Watch Later");
        await result.EvaluateAsync("e => e.scrollIntoView({ block: 'center' })");
        await shots.TakeAsync(page, "16-watch-later-verify");

        // The helper is made for exactly what is left.
        await checklist.GetByTestId("wl-helper").Locator("summary").ClickAsync();
        await checklist.GetByTestId("wl-make-helper").ClickAsync();
        await Expect(checklist.GetByTestId("wl-helper-count")).ToHaveTextAsync("It holds the 3 videos left to remove.");
        Assert.All(stillThere, id => Assert.Contains(id, checklist.GetByTestId("wl-snippet").InputValueAsync().Result));
        await checklist.GetByTestId("wl-helper").EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await shots.TakeAsync(page, "17-watch-later-helper");
    }

    [Fact]
    public async Task Timing_the_checklist_with_6000_entries()
    {
        const int Entries = 6_000;
        await using var browser = await chromium.OpenAsync(server);
        var takeout = Takeout(account =>
        {
            var start = account.WatchLater.Min(w => w.AddedAt);
            account.WatchLater.AddRange(Enumerable.Range(0, Entries - account.WatchLater.Count)
                .Select(i => new WatchLaterEntry { VideoId = $"zz{i:D9}", AddedAt = start.AddMinutes(-1 - i) }));
        });
        var (page, runId) = await ReachWatchLaterStageAsync(browser, takeout);
        var checklist = page.GetByTestId("watch-later");
        Assert.Equal(Entries, await Cleanup.CountAsync(runId, CancellationToken.None));
        var oldest = (await Cleanup.GetRowsAsync(runId, WatchLaterOrder.OldestFirst, 0, 1, CancellationToken.None))[0].VideoId;

        var clock = Stopwatch.StartNew();
        await page.ReloadAsync();
        await Expect(checklist.GetByTestId("wl-row").First).ToBeVisibleAsync();
        var firstRows = clock.Elapsed;

        clock.Restart();
        await checklist.GetByTestId("wl-list").EvaluateAsync("list => list.scrollTop = list.scrollHeight");
        await Expect(checklist.Locator($"[data-video={oldest}]")).ToBeVisibleAsync();
        var toTheEnd = clock.Elapsed;
        var rendered = await checklist.GetByTestId("wl-row").CountAsync();

        clock.Restart();
        await FindAsync(checklist, oldest, expectedRows: 1);
        var search = clock.Elapsed;

        var removals = await Cleanup.VideosToRemoveAsync(runId, CancellationToken.None);
        await FindAsync(checklist, removals[0], expectedRows: 1);
        clock.Restart();
        await checklist.GetByTestId("wl-row").GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"1 of {removals.Count} removed");
        var tick = clock.Elapsed;
        var toRemove = removals.Count;

        output.WriteLine($"Watch Later checklist, {Entries:N0} entries ({toRemove} to remove): page reload to first rows {firstRows.TotalMilliseconds:N0} ms; " +
            $"scroll to the last row {toTheEnd.TotalMilliseconds:N0} ms ({rendered} rows in the page at the end); tick saved and counted {tick.TotalMilliseconds:N0} ms; " +
            $"search {search.TotalMilliseconds:N0} ms.");
        // Virtualized: the page holds a window of rows, not 6,000.
        Assert.InRange(rendered, 1, 200);
    }
}
