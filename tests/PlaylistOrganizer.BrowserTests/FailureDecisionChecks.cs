using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.FakeYouTube.State;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>The end-of-stage decision's other two answers (the journey retries): skip the failures, or abort. One video
/// insert fails, the sync asks at the end of the add stage, and the test answers. Each test starts its own demo app.</summary>
public sealed class FailureDecisionChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const int Categories = 2;

    /// <summary>How long a wait may take that spans a whole stage of the sync (a few seconds here; more on a busy machine).</summary>
    private const float WholeStageMs = 30_000;

    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync(
        // A failed call is not retried: one injected error is one failed operation.
        "--Sync:MaxRetryAttempts=0");

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Skip_finishes_the_sync_and_the_report_lists_the_failed_insert_as_skipped()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var originals = RegularPlaylistsOnYouTube();
        var failedVideoId = await StartSyncThatAsksAboutOneFailedInsertAsync(page);

        await page.GetByTestId("decision").GetByRole(AriaRole.Button, new() { Name = "Skip them and continue" }).ClickAsync();

        await Expect(page.GetByTestId("sync-finished")).ToContainTextAsync("Completed", new() { Timeout = WholeStageMs });
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        var stages = page.GetByRole(AriaRole.Table).Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Open" }) });
        var addingFailed = stages.GetByRole(AriaRole.Row).Filter(new() { HasText = "Adding videos" }).GetByRole(AriaRole.Cell).Nth(2);
        await Expect(addingFailed).ToHaveTextAsync("0");
        await page.GetByLabel("Show").SelectOptionAsync("skipped");
        // Unavailable videos are skipped as well; the decision's skip is the one row that says so.
        var skippedByDecision = page.GetByTestId("report-rows").Locator("tbody tr").Filter(new() { HasText = "Skipped by your decision" });
        await Expect(skippedByDecision).ToHaveCountAsync(1);
        await Expect(skippedByDecision).ToContainTextAsync(failedVideoId);
        // The originals that hold it are kept, and the report says why.
        var keptForIt = page.GetByTestId("report-rows").Locator("tbody tr").Filter(new() { HasText = $"Kept: {failedVideoId} could not be added" });
        await Expect(keptForIt).Not.ToHaveCountAsync(0);

        // And on YouTube the skipped video loses no home: the original playlists holding it were not deleted.
        var holding = originals.Where(p => p.Items.Any(i => i.VideoId == failedVideoId)).Select(p => p.Id).ToList();
        Assert.NotEmpty(holding);
        Assert.Subset(RegularPlaylistsOnYouTube().Select(p => p.Id).ToHashSet(), holding.ToHashSet());
    }

    [Fact]
    public async Task Abort_ends_the_sync_and_undoes_nothing()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var originals = RegularPlaylistsOnYouTube().Select(p => p.Id).ToHashSet();
        await StartSyncThatAsksAboutOneFailedInsertAsync(page);

        // By keyboard: the button takes focus and Enter presses it.
        await page.GetByTestId("decision").GetByRole(AriaRole.Button, new() { Name = "Abort the sync" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("sync-finished")).ToContainTextAsync("Aborted.");
        await Expect(page.GetByTestId("decision")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the report" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("report-summary")).ToContainTextAsync("Status: Aborted — Aborted by you. Nothing already done was undone.");

        // On YouTube: every original playlist is still there, and so are the playlists the sync created, with the videos it added.
        var onYouTube = RegularPlaylistsOnYouTube();
        Assert.Subset(onYouTube.Select(p => p.Id).ToHashSet(), originals);
        var created = onYouTube.Where(p => !originals.Contains(p.Id)).ToList();
        Assert.Equal(Categories, created.Count);
        Assert.All(created, p => Assert.NotEmpty(p.Items));
    }

    private List<PlaylistSnapshot> RegularPlaylistsOnYouTube() =>
        server.Demo.Account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();

    /// <summary>Previews a small sync, makes the next video insert fail, starts the sync and waits for the decision at the
    /// end of the add stage. Returns the failed video's id.</summary>
    private async Task<string> StartSyncThatAsksAboutOneFailedInsertAsync(IPage page)
    {
        await page.OpenSyncPreviewAsync(server, Categories);
        await server.FailNextAsync("playlistItems.insert", count: 1);
        await page.StartSyncAsync();

        var decision = page.GetByTestId("decision");
        await Expect(decision).ToContainTextAsync("1 operation failed while adding videos", new() { Timeout = WholeStageMs });
        var failed = decision.Locator("tbody tr");
        await Expect(failed).ToHaveCountAsync(1);
        var href = await failed.GetByRole(AriaRole.Link).GetAttributeAsync("href");
        return new Uri(href!).Query.Replace("?v=", "");
    }
}
