using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.Embeddings;
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

    /// <summary>The model is held on its second batch of videos (the first, 256 videos, is read and stored), so Cancel
    /// is pressed while it is surely still reading, however fast the machine. Also the screenshots of a category's
    /// keywords, the progress bar with Cancel, and the stopped state.</summary>
    [Fact]
    public async Task Cancel_stops_the_first_computation_keeps_what_the_model_read_and_recompute_goes_on_from_there()
    {
        var model = new ModelHeldOnItsSecondBatch();
        await using var server = await OrganizerServer.StartDemoAsync(services => services.AddSingleton<ITextEmbedder>(_ => model));
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var shots = new Screenshots("suggestions-cancel");
        await page.ConnectAsync(server);
        await UploadWatchLaterAsync(page);
        await page.ImportFromYouTubeAsync();
        await page.OpenAsync("/categories");
        await page.GetByTestId("from-playlists").ClickAsync();
        await Expect(page.GetByTestId("category-row")).Not.ToHaveCountAsync(0);

        // Keywords typed for a category (local hints for the suggestions).
        var row = page.GetByTestId("category-row").First;
        await row.GetByTestId("rename").ClickAsync();
        await row.GetByTestId("edit-keywords").FillAsync("sourdough, knife skills, weeknight dinners");
        await shots.TakeAsync(page, "22-category-keywords");
        await row.GetByTestId("rename-save").ClickAsync();
        await Expect(page.GetByTestId("keywords").First).ToContainTextAsync("sourdough, knife skills");

        var available = await AvailableVideosAsync(server);
        Assert.True(available > 300, $"{available} available videos: the small library must need a second batch");
        await page.OpenAsync("/suggestions");
        await model.Held.Task.WaitAsync(TimeSpan.FromMinutes(4));
        var progress = page.GetByTestId("suggest-progress");
        await Expect(progress).ToContainTextAsync("Reading new videos with the language model: ");
        await Expect(progress).ToContainTextAsync($" of {available.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}");
        var rows = page.GetByTestId("suggestion-row");
        await Expect(rows.First).ToBeVisibleAsync(); // the first suggestions, from channels and words, show meanwhile
        await shots.TakeAsync(page, "23-suggestions-computing");

        await progress.GetByTestId("cancel-suggest").ClickAsync();

        await Expect(page.GetByTestId("suggest-problem")).ToContainTextAsync("Stopped. These suggestions come from channels and words only");
        await Expect(progress).ToHaveCountAsync(0);
        await Expect(rows.First).ToBeVisibleAsync();
        var kept = await StoredEmbeddingsAsync(server);
        Assert.InRange(kept, 256, available - 1); // the batch read before Cancel (256 distinct texts) is kept
        await shots.TakeAsync(page, "24-suggestions-stopped");

        await page.GetByTestId("recompute").ClickAsync();
        // The progress bar may not be there yet right after the click, so "no progress bar" alone proves nothing: wait
        // for what Recompute must do, every available video stored, and only then for the bar to be gone.
        var stored = 0;
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(4) && stored < available; waited += TimeSpan.FromMilliseconds(250))
        {
            await Task.Delay(250);
            stored = await StoredEmbeddingsAsync(server);
        }
        Assert.Equal(available, stored);
        await Expect(progress).ToHaveCountAsync(0, new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("suggest-problem")).ToHaveCountAsync(0);
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.Equal(256, model.VideosReadBeforeTheHold);
        Assert.True(model.VideosReadAfterTheHold <= available - kept + 50, // the rest, and the categories' titles: not the first batch again
            $"{model.VideosReadAfterTheHold} texts read after Recompute; {kept} of {available} videos were stored before");
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

    private static async Task<int> StoredEmbeddingsAsync(OrganizerServer server)
    {
        await using var db = await server.App.Services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync();
        return await db.VideoEmbeddings.CountAsync();
    }

    private static async Task<int> AvailableVideosAsync(OrganizerServer server)
    {
        await using var db = await server.App.Services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync();
        return await db.Videos.CountAsync(v => v.Availability == Core.Library.VideoAvailability.Available);
    }

    /// <summary>The real model, except that its second batch of videos waits until the computation is cancelled; from
    /// then on every batch goes through.</summary>
    private sealed class ModelHeldOnItsSecondBatch : ITextEmbedder, IDisposable
    {
        private readonly MiniLmEmbedder model = new();
        private int calls;

        public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int VideosReadBeforeTheHold { get; private set; }
        public int VideosReadAfterTheHold { get; private set; }
        public string ModelId => model.ModelId;
        public int Dimensions => model.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
        {
            if (++calls == 2)
            {
                Held.TrySetResult();
                ct.WaitHandle.WaitOne(TimeSpan.FromMinutes(4));
                ct.ThrowIfCancellationRequested();
                throw new TimeoutException("Cancel was never pressed.");
            }
            if (Held.Task.IsCompleted) VideosReadAfterTheHold += texts.Count;
            else VideosReadBeforeTheHold += texts.Count;
            return model.Embed(texts, ct);
        }

        public void Dispose() => model.Dispose();
    }

    private static async Task<List<string>> CategoriesOfAsync(OrganizerServer server, string videoId)
    {
        await using var db = await server.App.Services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync();
        return await db.CategoryVideos.Where(l => l.VideoId == videoId)
            .Join(db.Categories, l => l.CategoryId, c => c.Id, (l, c) => c.Title).ToListAsync();
    }
}
