using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.FakeYouTube.State;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>Edits on the Categories page that once went wrong silently. Each check has its own demo app.</summary>
public sealed class CategoriesPageChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_description_edit_is_saved_after_an_earlier_error()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.CreateCategoryAsync("Described");

        // An error first: Create with an empty title.
        await page.GetByTestId("new-title").FillAsync("");
        await page.GetByTestId("create").ClickAsync();
        await Expect(page.GetByTestId("problem")).ToBeVisibleAsync();

        // Then a valid description edit: saved, and the old error is gone.
        var row = page.GetByTestId("category-row").Filter(new() { HasText = "Described" });
        await row.GetByTestId("rename").ClickAsync();
        await page.GetByTestId("edit-description").FillAsync("Everything described");
        await page.GetByTestId("edit-keywords").FillAsync("sourdough, knife skills");
        await page.GetByTestId("rename-save").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Edit details of 'Described'.");
        await Expect(page.GetByTestId("problem")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("edit-description")).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Everything described");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("category-row").Filter(new() { HasText = "Described" })).ToContainTextAsync("Everything described");
        await Expect(page.GetByTestId("category-row").Filter(new() { HasText = "Described" }).GetByTestId("keywords")).ToHaveTextAsync("Keywords: sourdough, knife skills");
    }

    [Fact]
    public async Task A_double_click_on_the_quick_start_adds_one_category_per_playlist_once_and_a_second_try_asks_first()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.ConnectAsync(server);
        await page.ImportFromYouTubeAsync();
        var playlists = server.Demo.Account.Playlists.Count(p => p.Kind == PlaylistKind.Regular);
        await page.OpenAsync("/categories");
        var rows = page.GetByTestId("category-row");

        await page.GetByTestId("from-playlists").DblClickAsync();

        await Expect(page.GetByTestId("notice")).ToHaveTextAsync($"Create {playlists} categories from playlists.");
        await Expect(rows).ToHaveCountAsync(playlists);
        await Expect(page.GetByTestId("undo")).ToContainTextAsync($"Undo: Create {playlists} categories from playlists");
        await Expect(page.GetByText("1 step can be undone")).ToBeVisibleAsync();

        // Asked again, it says what it would do and waits for a yes.
        await page.GetByTestId("from-playlists").ClickAsync();
        var confirm = page.GetByTestId("confirm-from-playlists");
        await Expect(confirm).ToContainTextAsync($"already has {playlists} categories");
        await Expect(rows).ToHaveCountAsync(playlists);
        await page.GetByTestId("from-playlists-cancel").ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(rows).ToHaveCountAsync(playlists);

        await page.GetByTestId("from-playlists").ClickAsync();
        await page.GetByTestId("from-playlists-anyway").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2 * playlists);
        await Expect(page.GetByText("2 steps can be undone")).ToBeVisibleAsync();
    }
}
