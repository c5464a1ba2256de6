using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>A sync paused for quota says when it can go on, before and after the reset.</summary>
public sealed class QuotaPauseChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    // 800 units a day for syncing (16 writes): two categories take more than a day.
    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync("--Quota:DailyLimitUnits=1000", "--Quota:ReserveUnits=200");

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Resume_before_the_reset_says_why_not_yet_and_after_it_the_stale_reason_is_gone()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenSyncPreviewAsync(server, categories: 2);
        await page.StartSyncAsync();
        var paused = page.GetByTestId("paused-for-quota");
        await Expect(paused).ToContainTextAsync("Paused — quota resets in", new() { Timeout = 30_000 });
        await Expect(paused).ToContainTextAsync("Today's sync budget is spent.");

        // Pressed before the reset: it says why not yet, and when.
        await page.GetByTestId("resume").ClickAsync();
        var problem = page.GetByTestId("command-problem");
        await Expect(problem).ToContainTextAsync("Today's sync budget is still spent");
        await Expect(problem).ToContainTextAsync("Resume after the quota resets at midnight Pacific time");
        await Expect(paused).ToBeVisibleAsync();

        // After the reset the page no longer says the budget is spent, next to a fresh quota day.
        await page.GetByTestId("jump-to-reset").ClickAsync();
        await Expect(paused).ToHaveTextAsync("Paused — the quota has reset. Today's budget is available: press Resume sync to go on.");
        await Expect(page.GetByTestId("sync-progress")).Not.ToContainTextAsync("budget is spent");
        await Expect(page.GetByTestId("sync-progress")).Not.ToContainTextAsync("budget is still spent");
        await Expect(page.GetByTestId("sync-progress")).ToContainTextAsync("Quota used today: 0 / 1,000.");

        // And Resume goes on: more units are spent.
        var units = await page.GetByTestId("units-spent").InnerTextAsync();
        await page.GetByTestId("resume").ClickAsync();
        await page.WaitForFunctionAsync("before => document.querySelector('[data-testid=units-spent]')?.textContent !== before", units);
        await Expect(page.GetByTestId("command-problem")).ToHaveCountAsync(0);
    }
}
