using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>Choices on the Sync page besides the journey's: the quota-saver plan, and pausing a running sync. Each test
/// starts its own demo app, since each starts a sync and only one can be active.</summary>
public sealed partial class SyncControlChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Choosing_the_quota_saver_plan_starts_a_quota_saver_sync()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenSyncPreviewAsync(server, categories: 2);
        var plain = page.GetByRole(AriaRole.Radio, new() { Name = "Plain plan" });
        var saver = page.GetByRole(AriaRole.Radio, new() { Name = "Quota-saver plan" });
        await Expect(plain).ToBeCheckedAsync();
        await Expect(page.GetByTestId("preview-create")).Not.ToContainTextAsync("(reuses an original)");

        // By keyboard, as radio buttons are used: an arrow key moves the choice to the other plan.
        await plain.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await Expect(saver).ToBeCheckedAsync();
        await Expect(plain).Not.ToBeCheckedAsync();
        await Expect(page.GetByTestId("plan-QuotaSaver")).ToHaveClassAsync(Chosen());
        // The details below follow the choice: one category per playlist reuses the originals.
        await Expect(page.GetByTestId("preview-create")).ToContainTextAsync("(reuses an original)");

        await page.StartSyncAsync();

        Assert.Equal(PlanKind.QuotaSaver, (await server.LatestSyncRunAsync()).PlanKind);
        await page.GotoAsync("/reports"); // a static page: nothing to wait for
        var run = page.GetByTestId("report-history").GetByRole(AriaRole.Row).Filter(new() { HasText = "#1" });
        await Expect(run.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("Quota-saver");
    }

    [Fact]
    public async Task Pause_holds_a_running_sync_and_Resume_carries_it_on()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenSyncPreviewAsync(server, categories: 2);
        // Slow YouTube calls keep the sync running long enough to press Pause mid-stage.
        await server.SlowDownEveryCallAsync(TimeSpan.FromMilliseconds(100));
        await page.StartSyncAsync();
        var progress = page.GetByTestId("sync-progress");
        await Expect(progress).ToContainTextAsync("Running.");

        var pause = page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true });
        await pause.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("paused")).ToHaveTextAsync("Paused by you. Press Resume to continue.");
        await Expect(pause).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Abort the sync" })).ToBeVisibleAsync();
        Assert.Equal(SyncRunStatus.PausedByUser, (await server.LatestSyncRunAsync()).Status);
        var unitsAtPause = UnitsOf(await page.GetByTestId("units-spent").InnerTextAsync());

        var resume = page.GetByRole(AriaRole.Button, new() { Name = "Resume sync" });
        await resume.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Expect(progress).ToContainTextAsync("Running.");
        await Expect(pause).ToBeVisibleAsync();
        await Expect(page.GetByTestId("paused")).ToHaveCountAsync(0);
        // It really carries on: more writes than the one that may have been under way when Pause was pressed.
        await page.WaitForFunctionAsync(
            "min => Number(document.querySelector('[data-testid=units-spent]')?.textContent.replaceAll(',', '')) > min",
            unitsAtPause + 2 * QuotaCosts.Write);
    }

    private static int UnitsOf(string figure) => int.Parse(figure.Replace(",", ""));

    [GeneratedRegex(@"\bchosen\b")]
    private static partial Regex Chosen();
}
