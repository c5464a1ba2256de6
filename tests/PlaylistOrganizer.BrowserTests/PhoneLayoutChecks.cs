using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>The pages a user works in, on a phone 390 px wide: nothing wider than the screen (tables scroll inside their
/// own box), and the README's phone screenshots.</summary>
public sealed class PhoneLayoutChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Videos_Categories_and_Sync_fit_a_390_px_screen()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenSyncPreviewAsync(server, categories: 3);
        await page.SetViewportSizeAsync(390, 844);
        var shots = new Screenshots("phone");

        foreach (var (path, name, ready) in new[] { ("/videos", "17-videos-390", "video-row"), ("/categories", "18-categories-390", "category-row"), ("/sync", "19-sync-390", "start-sync") })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByTestId(ready).First).ToBeVisibleAsync();
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{path} is {width} px wide on a 390 px screen: the page scrolls sideways.");
            // The picture shows what the page is for: on Videos, the list (below the filters on a phone).
            if (path == "/videos") await page.GetByTestId("video-list").ScrollIntoViewIfNeededAsync();
            await shots.TakeAsync(page, name);
        }
    }
}
