using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.Core.Persistence;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>Reviewing category suggestions with the keyboard, on the small demo library with one category per playlist
/// (the Watch Later videos that are in no playlist get the suggestions).</summary>
public sealed class SuggestionChecks(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Suggestions_are_reviewed_with_the_keyboard_and_accept_all_is_one_undoable_edit()
    {
        await using var server = await OrganizerServer.StartDemoAsync();
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var shots = new Screenshots("suggestions");
        await page.ConnectAsync(server);
        await UploadWatchLaterAsync(page);
        await page.ImportFromYouTubeAsync(); // after the Takeout: looks up the Watch Later videos' titles too
        await page.OpenAsync("/categories");
        await page.GetByTestId("from-playlists").ClickAsync();
        await Expect(page.GetByTestId("category-row")).Not.ToHaveCountAsync(0);

        await page.OpenAsync("/suggestions");
        // The model reads every video once (stored afterwards): the progress bar shows meanwhile, and may already be gone on
        // an idle machine, so only its end is awaited. Under a loaded CI machine that takes a while.
        await Expect(page.GetByTestId("suggest-progress")).ToHaveCountAsync(0, new() { Timeout = 240_000 });
        var rows = page.GetByTestId("suggestion-row");
        await Expect(rows.First).ToBeVisibleAsync();
        var before = await rows.CountAsync();
        await shots.TakeAsync(page, "20-suggestions");

        // Down to the second suggestion, the explanation follows; A accepts it.
        var list = page.GetByTestId("suggestion-list");
        await list.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var second = rows.Nth(1);
        await Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        var video = await second.GetAttributeAsync("data-video");
        var category = await second.GetByTestId("top-category").InnerTextAsync();
        await Expect(page.GetByTestId("why")).ToContainTextAsync($"Why “{category}”");
        await page.Keyboard.PressAsync("a");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"to “{category}”");
        await Expect(rows).ToHaveCountAsync(before - 1);
        Assert.Contains(category, await CategoriesOfAsync(server, video!));

        // R rejects the focused suggestion: the video shows its next one, or leaves the list if none is left.
        var focused = page.Locator("[data-testid=suggestion-row][aria-selected=true]");
        var rejectedVideo = await focused.GetAttributeAsync("data-video");
        var rejected = await focused.GetByTestId("top-category").InnerTextAsync();
        await page.Keyboard.PressAsync("r");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"“{rejected}” will not be suggested again");
        var sameVideo = page.Locator($"[data-testid=suggestion-row][data-video='{rejectedVideo}']");
        if (await sameVideo.CountAsync() > 0) await Expect(sameVideo.GetByTestId("top-category")).Not.ToHaveTextAsync(rejected);
        Assert.Empty(await CategoriesOfAsync(server, rejectedVideo!));

        // Accept all at 60 % or more: one edit, and Undo takes every one of them out again.
        await page.GetByTestId("min-confidence").FillAsync("60");
        await page.GetByTestId("min-confidence").PressAsync("Tab");
        var sure = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.video)");
        Assert.NotEmpty(sure);
        await page.GetByTestId("accept-all").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("as one edit");
        await shots.TakeAsync(page, "21-suggestions-accepted");
        foreach (var id in sure.Take(5)) Assert.NotEmpty(await CategoriesOfAsync(server, id));
        await page.GetByTestId("undo").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Undo: Add");
        foreach (var id in sure) Assert.Empty(await CategoriesOfAsync(server, id));
        Assert.Contains(category, await CategoriesOfAsync(server, video!)); // the single accept before stays
    }

    private static async Task UploadWatchLaterAsync(IPage page)
    {
        var folder = Directory.CreateTempSubdirectory("po-browser-suggest-").FullName;
        try
        {
            var csv = Path.Combine(folder, "Watch later-videos.csv");
            var download = await page.APIRequest.GetAsync("/demo/watch-later.csv");
            Assert.True(download.Ok, $"The demo's Watch Later CSV answered {download.Status}.");
            await File.WriteAllBytesAsync(csv, await download.BodyAsync());
            await page.OpenAsync("/import");
            await page.GetByTestId("takeout-file").SetInputFilesAsync(csv);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" }).GetByTestId("import-summary"))
                .ToContainTextAsync("Watch Later:");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<string>> CategoriesOfAsync(OrganizerServer server, string videoId)
    {
        await using var db = await server.App.Services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync();
        return await db.CategoryVideos.Where(l => l.VideoId == videoId)
            .Join(db.Categories, l => l.CategoryId, c => c.Id, (l, c) => c.Title).ToListAsync();
    }
}
