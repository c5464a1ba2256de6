using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.FakeYouTube.State;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>The YouTube import runs on the server, not on the page: leaving the Import page does not lose it.</summary>
public sealed class ImportPageChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Leaving_the_page_during_the_import_and_coming_back_shows_its_outcome()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.ConnectAsync(server);
        await page.OpenAsync("/import");
        await page.GetByTestId("import-youtube").ClickAsync();

        await page.OpenAsync("/");
        await page.OpenAsync("/import");

        // A bound on a hang, not a speed claim: a cold app on a busy machine takes a while over its first import.
        var summary = page.GetByRole(AriaRole.Region, new() { Name = "1. Playlists from YouTube" }).GetByTestId("import-summary");
        await Expect(summary).ToContainTextAsync("Imported.", new() { Timeout = 120_000 });
        await Expect(summary).ToContainTextAsync($"Playlists: {server.Demo.Account.Playlists.Count(p => p.Kind == PlaylistKind.Regular)} added");
    }
}
