using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.FakeYouTube.State;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>The Videos page as a power user works in it, on one shared demo app whose library (playlists and Watch
/// Later) is imported once. Each check makes its own categories, so none depends on another's edits.</summary>
public sealed partial class VideosPageChecks(Chromium chromium, VideosPageChecks.ImportedDemo demo) : IClassFixture<Chromium>, IClassFixture<VideosPageChecks.ImportedDemo>
{
    public sealed class ImportedDemo : IAsyncLifetime
    {
        public OrganizerServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await OrganizerServer.StartDemoAsync();
            var chromium = new Chromium();
            await chromium.InitializeAsync();
            try
            {
                await using var browser = await chromium.OpenAsync(Server);
                await browser.Page.ImportLibraryWithWatchLaterAsync(Server);
            }
            finally
            {
                await chromium.DisposeAsync();
            }
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    private ILocator Rows(IPage page) => page.GetByTestId("video-row");

    [Fact]
    public async Task After_adding_a_hidden_selection_is_not_carried_into_the_next_action()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.CreateCategoryAsync("Selection A");
        await page.CreateCategoryAsync("Selection B");
        var channel = BiggestWatchLaterChannel();

        // Watch Later + Uncategorized, search a channel, select all of it, add to A: the rows leave the view...
        await page.OpenAsync("/videos");
        await page.GetByTestId("filter-watch-later").CheckAsync();
        await page.GetByTestId("filter-unassigned").CheckAsync();
        await page.GetByTestId("search").FillAsync(channel.Title);
        await Expect(Rows(page).First).ToContainTextAsync(channel.Title);
        var matching = Count(await page.GetByTestId("match-count").InnerTextAsync());
        Assert.True(matching > 3, $"The channel should have several uncategorized Watch Later videos, not {matching}.");
        await page.GetByTestId("select-all").ClickAsync();
        await Expect(page.GetByTestId("add-to")).ToHaveTextAsync($"Add {matching} selected to category");
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = "Selection A" });
        await page.GetByTestId("add-to").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Add {matching} videos to 'Selection A'");
        await Expect(page.GetByTestId("match-count")).ToHaveTextAsync(new Regex("^0 matching"));

        // ...and so does the selection.
        await Expect(page.GetByTestId("selected-count")).ToHaveTextAsync("0");

        // Clear the search, tick three rows, add to B: exactly those three are added.
        await page.GetByTestId("search").FillAsync("");
        await Expect(Rows(page)).Not.ToHaveCountAsync(0);
        for (var i = 0; i < 3; i++) await Rows(page).Nth(i).GetByRole(AriaRole.Checkbox).CheckAsync();
        await Expect(page.GetByTestId("add-to")).ToHaveTextAsync("Add 3 selected to category");
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = "Selection B" });
        await page.GetByTestId("add-to").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Add 3 videos to 'Selection B'");
        await page.OpenAsync("/categories");
        await Expect(page.GetByTestId("category-row").Filter(new() { HasText = "Selection B" }).GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task A_selection_the_filter_hides_is_said_so()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.OpenAsync("/videos");
        await Rows(page).First.GetByRole(AriaRole.Checkbox).CheckAsync();
        var title = await Rows(page).First.Locator(".title").InnerTextAsync();

        await page.GetByTestId("search").FillAsync("no video is called like this");

        await Expect(page.GetByTestId("hidden-selected")).ToHaveTextAsync("(1 of them not shown by this filter)");
        await page.GetByTestId("search").FillAsync(title.Split(' ')[0]);
        await Expect(page.GetByTestId("hidden-selected")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_channel_facet_counts_the_view_per_channel_filters_by_one_and_adds_all_of_it_at_once()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.CreateCategoryAsync("Channel pick");
        // The second biggest: the selection check works on the biggest one's uncategorized videos.
        var channel = BiggestWatchLaterChannel(rank: 1);
        await page.OpenAsync("/videos");
        await page.GetByTestId("filter-watch-later").CheckAsync();

        // Watch Later's channels, most videos first, with their counts.
        var choices = page.GetByTestId("channel-facet").GetByTestId("channel-choice");
        await Expect(choices.Nth(1)).ToContainTextAsync(channel.Title);
        var counts = (await choices.Locator(".count").AllInnerTextsAsync()).Select(Count).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(channel.Count, counts[1]);

        // One click filters the list to that channel.
        await choices.Nth(1).ClickAsync();
        await Expect(choices.Nth(1)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("match-count")).ToContainTextAsync($"{channel.Count} matching from “{channel.Title}”");
        foreach (var text in await Rows(page).Locator(".channel").AllInnerTextsAsync()) Assert.Equal(channel.Title, text);

        // And one action adds all of them.
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = "Channel pick" });
        await page.GetByTestId("add-channel").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Add {channel.Count} videos to 'Channel pick'");
        await page.GetByTestId("filter-category").SelectOptionAsync(new SelectOptionValue { Label = $"Channel pick ({channel.Count})" });
        await Expect(page.GetByTestId("match-count")).ToHaveTextAsync(new Regex($"^{channel.Count} matching"));
    }

    [Fact]
    public async Task Sorting_orders_the_list_and_puts_unavailable_videos_last()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.OpenAsync("/videos");

        // Each order, both ways: the first rows are in that order, and the two ends differ.
        foreach (var (key, column, value) in new (string, string, Func<string, IComparable>)[] { ("Length", "length", t => Seconds(t)), ("DateAdded", "added", t => t) })
        {
            await SortAsync(page, $"{key}-desc");
            var descending = await FirstValuesAsync(page, column, value);
            Assert.Equal(descending.OrderDescending(), descending);
            await SortAsync(page, key);
            var ascending = await FirstValuesAsync(page, column, value);
            Assert.Equal(ascending.Order(), ascending);
            Assert.True(descending[0].CompareTo(ascending[0]) > 0, $"Sorting by {key}: {descending[0]} first one way, {ascending[0]} the other.");
        }

        await SortAsync(page, "Title");
        var titles = (await Rows(page).Locator(".title").EvaluateAllAsync<string[]>("es => es.map(e => e.title)")).Take(10).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);

        // The unavailable ones come last, whatever the order: the end of the list holds them.
        var list = page.GetByTestId("video-list");
        await list.EvaluateAsync("e => e.scrollTop = e.scrollHeight");
        await Expect(Rows(page).Last).ToContainTextAsync("unavailable");
        await Expect(Rows(page).First).Not.ToContainTextAsync("unavailable");
    }

    [Fact]
    public async Task Rows_show_a_thumbnail_served_by_the_demo_emulator_on_loopback()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.OpenAsync("/videos");

        var picture = Rows(page).First.GetByTestId("thumbnail");
        await Expect(picture).ToHaveAttributeAsync("loading", "lazy");
        await page.WaitForFunctionAsync("e => e.complete && e.naturalWidth > 0", await picture.ElementHandleAsync());
        Assert.Equal(demo.Server.EmulatorRoot.Authority, new Uri((await picture.GetAttributeAsync("src"))!).Authority);
        Assert.All(requested, url => Assert.True(new Uri(url).IsLoopback, $"In demo mode the page asked {url}."));
    }

    [Fact]
    public async Task Arrow_keys_move_Space_selects_and_a_digit_adds_the_focused_video_to_a_recent_category()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.CreateCategoryAsync("Keyed");
        await page.OpenAsync("/videos");
        await page.GetByTestId("filter-unassigned").CheckAsync();
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = "Keyed" });
        await Expect(page.GetByTestId("video-keys")).ToContainTextAsync("1 adds to “Keyed”");
        var before = Count(await page.GetByTestId("match-count").InnerTextAsync());

        await page.GetByTestId("video-list").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(Rows(page).Nth(0)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        var second = Rows(page).Nth(1);
        await Expect(second).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Space");
        await Expect(second.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await Expect(page.GetByTestId("selected-count")).ToHaveTextAsync("1");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByTestId("selected-count")).ToHaveTextAsync("0");

        // "1": the focused video goes into Keyed and leaves this Uncategorized view; the focus stays in the list, on the next one.
        var id = await second.GetAttributeAsync("data-video-id");
        await page.Keyboard.PressAsync("1");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Add 1 video to 'Keyed'");
        await Expect(page.GetByTestId("match-count")).ToHaveTextAsync(new Regex($"^{before - 1:N0} matching"));
        await Expect(page.Locator($"[data-video-id='{id}']")).ToHaveCountAsync(0);
        await Expect(Rows(page).Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("1");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Add 1 video to 'Keyed'");
        await Expect(page.GetByTestId("match-count")).ToHaveTextAsync(new Regex($"^{before - 2:N0} matching"));
    }

    [Fact]
    public async Task Split_selection_is_enabled_as_soon_as_a_name_is_typed()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.CreateCategoryAsync("To split");
        await page.OpenAsync("/videos");
        for (var i = 0; i < 2; i++) await Rows(page).Nth(i).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = "To split" });
        await page.GetByTestId("add-to").ClickAsync();
        await page.GetByTestId("filter-category").SelectOptionAsync(new SelectOptionValue { Label = "To split (2)" });
        await Expect(Rows(page)).ToHaveCountAsync(2);
        await Rows(page).Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();

        // Typed, not yet left: the first click on the button works.
        await page.GetByTestId("split-title").PressSequentiallyAsync("Split off");
        await Expect(page.GetByTestId("split")).ToBeEnabledAsync();
        await page.GetByTestId("split").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("Split 1 video of 'To split' into 'Split off'");
    }

    /// <summary>Chooses an order and waits until the list shows it (another video comes first).</summary>
    private async Task SortAsync(IPage page, string order)
    {
        var first = await Rows(page).First.GetAttributeAsync("data-video-id");
        await page.GetByTestId("sort").SelectOptionAsync(order);
        await Expect(Rows(page).First).Not.ToHaveAttributeAsync("data-video-id", first!);
    }

    /// <summary>The first ten rows' values of one column, once the list shows them.</summary>
    private async Task<List<IComparable>> FirstValuesAsync(IPage page, string column, Func<string, IComparable> value)
    {
        await Expect(Rows(page).Nth(9)).ToBeVisibleAsync();
        return (await Rows(page).GetByTestId(column).AllInnerTextsAsync()).Take(10).Select(value).ToList();
    }

    /// <summary>The channel with the most Watch Later videos (rank 0), or the next (1), …</summary>
    private (string Title, int Count) BiggestWatchLaterChannel(int rank = 0)
    {
        var account = demo.Server.Demo.Account;
        var videos = account.Videos.ToDictionary(v => v.Id);
        return account.WatchLater.Select(w => videos[w.VideoId]).Where(v => v.Availability is VideoAvailability.Public or VideoAvailability.Unlisted)
            .GroupBy(v => v.ChannelTitle).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (g.Key, g.Count())).ElementAt(rank);
    }

    private static int Seconds(string length) => length.Split(':').Aggregate(0, (total, part) => total * 60 + int.Parse(part));

    private static int Count(string text) => int.Parse(Number().Match(text).Value.Replace(",", ""));

    [GeneratedRegex(@"[\d,]+")]
    private static partial Regex Number();
}
