using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>Smaller browser checks on one shared demo app: a bad upload, keyboard use.</summary>
public sealed class FocusedChecks(Chromium chromium, FocusedChecks.DemoServer demo) : IClassFixture<Chromium>, IClassFixture<FocusedChecks.DemoServer>
{
    /// <summary>One demo app for the class; these checks change nothing that another of them reads.</summary>
    public sealed class DemoServer : IAsyncLifetime
    {
        public OrganizerServer Server { get; private set; } = null!;
        public async Task InitializeAsync() => Server = await OrganizerServer.StartDemoAsync();
        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    [Fact]
    public async Task A_bad_Takeout_upload_lists_its_problem_and_changes_nothing()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("po-browser-upload-").FullName;
        try
        {
            // First a good upload (the demo's bare Watch later-videos.csv), so "nothing changed" has something to keep.
            var goodCsv = Path.Combine(folder, "Watch later-videos.csv");
            var csv = await page.APIRequest.GetAsync("/demo/watch-later.csv");
            Assert.True(csv.Ok, $"The demo's Watch Later CSV answered {csv.Status}.");
            await File.WriteAllBytesAsync(goodCsv, await csv.BodyAsync());
            var watchLater = demo.Server.Demo.Account.WatchLater.Count;
            await page.OpenAsync("/import");
            var takeout = page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" });
            await page.GetByTestId("takeout-file").SetInputFilesAsync(goodCsv);
            await Expect(takeout.GetByTestId("import-summary")).ToContainTextAsync($"Watch Later: {watchLater} added");
            await page.OpenAsync("/");
            await Expect(page.GetByTestId("library-watch-later")).ToHaveTextAsync(watchLater.ToString("N0"));
            var before = await page.GetByTestId("library-card").InnerTextAsync();

            // A text file renamed .zip: the problem is listed, nothing is imported.
            var notAZip = Path.Combine(folder, "takeout.zip");
            await File.WriteAllTextAsync(notAZip, "This is a text file, not a Google Takeout export.\n");
            await page.OpenAsync("/import");
            await page.GetByTestId("takeout-file").SetInputFilesAsync(notAZip);
            var problems = page.GetByTestId("takeout-problems");
            await Expect(problems).ToContainTextAsync("Nothing was imported.");
            await Expect(problems.GetByRole(AriaRole.Listitem)).Not.ToHaveCountAsync(0);
            await Expect(takeout.GetByTestId("import-summary")).ToHaveCountAsync(0);
            await new Screenshots("bad-takeout").TakeAsync(page, "15-bad-takeout");

            // The library is exactly as before: same Watch Later, same last import.
            await page.OpenAsync("/");
            await Expect(page.GetByTestId("library-watch-later")).ToHaveTextAsync(watchLater.ToString("N0"));
            Assert.Equal(before, await page.GetByTestId("library-card").InnerTextAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_200_MB_upload_is_refused_by_its_size_with_a_clear_message()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("po-browser-huge-").FullName;
        try
        {
            var huge = Path.Combine(folder, "takeout-everything.zip");
            await using (var file = File.Create(huge)) file.SetLength(200L * 1024 * 1024); // sparse: nothing is written

            await page.OpenAsync("/import");
            await page.GetByTestId("takeout-file").SetInputFilesAsync(huge);

            var problems = page.GetByTestId("takeout-problems");
            await Expect(problems).ToContainTextAsync("Nothing was imported.");
            await Expect(problems).ToContainTextAsync("takeout-everything.zip is 200 MB; the largest accepted upload is 64 MB.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_main_navigation_is_reachable_with_Tab_and_shows_where_the_focus_is()
    {
        await using var browser = await chromium.OpenAsync(demo.Server);
        var page = browser.Page;
        await page.OpenAsync("/");
        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);
        var names = await links.AllInnerTextsAsync();
        Assert.True(names.Count >= 6, $"The main navigation should list the pages; it has {names.Count} links.");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });

        // After a page loads, keyboard focus starts at the page's heading (Blazor's FocusOnNavigate), so Tab goes into the
        // content. Shift+Tab walks back up through the navigation to the skip link.
        var seenBackwards = new List<string>();
        for (var i = 0; i < 30 && !await IsFocusedAsync(skip); i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            seenBackwards.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        }
        await Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "The focused skip link should move on screen.");
        Assert.Equal(names.Reverse(), seenBackwards.Where(names.Contains));

        // From the top, Tab reaches the brand and then every navigation link in order, each with a visible outline.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "PlaylistOrganizer" })).ToBeFocusedAsync();
        for (var i = 0; i < names.Count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var link = links.Nth(i);
            await Expect(link).ToBeFocusedAsync();
            var outline = await link.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal),
                $"'{names[i]}' has focus but no visible outline ({outline}).");
            if (i == 1) await new Screenshots("keyboard").TakeAsync(page, "16-keyboard-focus");
        }

        // Enter on the focused link opens its page.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.TrimEnd('/').Equals(demo.Server.BaseUri.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal));
        await Expect(links.Nth(names.Count - 1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bactive\b"));
    }

    private static Task<bool> IsFocusedAsync(ILocator locator) => locator.EvaluateAsync<bool>("e => e === document.activeElement");
}

/// <summary>Outside demo mode (a Google client is configured) nothing demo-only may show.</summary>
public sealed class RealAccountModeChecks(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_dashboard_has_no_demo_banner_no_clock_jump_and_no_sample_Takeout()
    {
        await using var server = await OrganizerServer.StartWithFakeGoogleClientAsync();
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenAsync("/");

        // The cards that would hold the demo controls are there...
        await Expect(page.GetByTestId("quota-card")).ToContainTextAsync("units left for syncing today");
        await Expect(page.GetByTestId("connect")).ToBeVisibleAsync();
        // ...but nothing demo-only is.
        await Expect(page.GetByTestId("demo-banner")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("jump-to-reset")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("takeout-zip")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Demo mode")).ToHaveCountAsync(0);
        Assert.Equal(404, (await page.APIRequest.GetAsync("/demo/takeout.zip")).Status);
    }
}
