using Microsoft.Playwright;
using PlaylistOrganizer.FakeYouTube.State;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests.Support;

/// <summary>The steps browser tests share: open a page and wait until its buttons work, and the user's steps up to a running
/// sync (connect, import, approve, preview, start).</summary>
public static class Steps
{
    /// <summary>Loads <paramref name="path"/> and waits until the page is interactive (a click before that does nothing).</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
    }

    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Blazor's "An unhandled error has occurred" bar must never show.</summary>
    public static Task ExpectNoUnhandledErrorAsync(this IPage page) => Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

    /// <summary>From the dashboard, <b>Connect YouTube account</b> leads to the emulator's consent page, on another origin
    /// like Google's.</summary>
    public static async Task OpenConsentPageAsync(this IPage page, OrganizerServer server)
    {
        await page.GetByTestId("account-card").GetByRole(AriaRole.Link, new() { Name = "Connect YouTube account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose an account" })).ToBeVisibleAsync();
        Assert.Equal(server.EmulatorRoot.Authority, new Uri(page.Url).Authority);
    }

    /// <summary>Presses <paramref name="button"/> (Allow or Deny) on the consent page and waits for the dashboard it leads back to.</summary>
    public static async Task AnswerConsentAsync(this IPage page, OrganizerServer server, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(server.BaseUri.AbsoluteUri, StringComparison.Ordinal));
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Connects the demo account from the dashboard: consent page, Allow, back and connected.</summary>
    public static async Task ConnectAsync(this IPage page, OrganizerServer server)
    {
        await page.OpenAsync("/");
        await page.OpenConsentPageAsync(server);
        await page.AnswerConsentAsync(server, "Allow");
        await Expect(page.GetByTestId("account-connected")).ToContainTextAsync(server.Demo.Account.Channel.Title);
    }

    /// <summary>Runs <b>Import from YouTube</b> on the Import page; returns its summary once it says "Imported."</summary>
    /// <param name="timeoutMs">How long the import may take (a Takeout's thousands of unseen videos take a while to look up).</param>
    public static async Task<ILocator> ImportFromYouTubeAsync(this IPage page, float? timeoutMs = null)
    {
        await page.OpenAsync("/import");
        var summary = page.GetByRole(AriaRole.Region, new() { Name = "1. Playlists from YouTube" }).GetByTestId("import-summary");
        await page.GetByTestId("import-youtube").ClickAsync();
        // A bound on a hang, not a speed claim: a cold app on a busy machine takes a while over its first import.
        await Expect(summary).ToContainTextAsync("Imported.", new() { Timeout = timeoutMs ?? 120_000 });
        return summary;
    }

    /// <summary>The whole library in: connect, import from YouTube, upload the demo's bare Watch later-videos.csv, and
    /// import from YouTube again to look up the Watch Later videos' titles, channels and lengths.</summary>
    public static async Task ImportLibraryWithWatchLaterAsync(this IPage page, OrganizerServer server)
    {
        await page.ConnectAsync(server);
        var summary = await page.ImportFromYouTubeAsync();
        var folder = Directory.CreateTempSubdirectory("po-browser-wl-").FullName;
        try
        {
            var csv = Path.Combine(folder, "Watch later-videos.csv");
            await File.WriteAllBytesAsync(csv, await (await page.APIRequest.GetAsync("/demo/watch-later.csv")).BodyAsync());
            await page.GetByTestId("takeout-file").SetInputFilesAsync(csv);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" }).GetByTestId("import-summary"))
                .ToContainTextAsync("Watch Later:");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        var lookedUpBefore = await summary.InnerTextAsync();
        await page.GetByTestId("import-youtube").ClickAsync();
        await Expect(summary).Not.ToHaveTextAsync(lookedUpBefore);
        await Expect(summary).ToContainTextAsync("Imported.");
    }

    /// <summary>Creates a category on the Categories page.</summary>
    public static async Task CreateCategoryAsync(this IPage page, string title)
    {
        await page.OpenAsync("/categories");
        await page.GetByTestId("new-title").FillAsync(title);
        await page.GetByTestId("create").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Create '{title}'");
    }

    /// <summary>Approves the structure on the Categories page, expecting it to become version 1 with <paramref name="categories"/> categories.</summary>
    public static async Task ApproveAsync(this IPage page, int categories)
    {
        await page.OpenAsync("/categories");
        await page.GetByTestId("approve").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"Approved version 1: {categories} categories");
    }

    /// <summary>The shortest way to a sync preview: connect, import from YouTube (no Takeout, so no Watch Later step,
    /// unless <paramref name="takeoutFile"/> is uploaded first), one category per playlist of which only the first
    /// <paramref name="categories"/> are kept (a sync that fits in one quota day), approve, open the Sync page.</summary>
    public static async Task OpenSyncPreviewAsync(this IPage page, OrganizerServer server, int categories, string? takeoutFile = null)
    {
        await page.ConnectAsync(server);
        if (takeoutFile is not null)
        {
            await page.OpenAsync("/import");
            await page.GetByTestId("takeout-file").SetInputFilesAsync(takeoutFile);
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" }).GetByTestId("import-summary"))
                .ToContainTextAsync("Watch Later:", new() { Timeout = 60_000 });
        }
        await page.ImportFromYouTubeAsync(takeoutFile is null ? null : 120_000);
        await page.OpenAsync("/categories");
        await page.GetByTestId("from-playlists").ClickAsync();
        var rows = page.GetByTestId("category-row");
        var playlists = server.Demo.Account.Playlists.Count(p => p.Kind == PlaylistKind.Regular);
        await Expect(rows).ToHaveCountAsync(playlists);
        for (var i = categories; i < playlists; i++) await rows.Nth(i).GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("delete").ClickAsync();
        await Expect(rows).ToHaveCountAsync(categories);
        await page.ApproveAsync(categories);
        await page.OpenAsync("/sync");
        await Expect(page.GetByTestId("start-sync")).ToBeEnabledAsync();
    }

    /// <summary>Presses <b>Start sync</b> under the preview and waits for the progress card.</summary>
    public static async Task StartSyncAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Start sync" }).ClickAsync();
        await Expect(page.GetByTestId("sync-progress")).ToBeVisibleAsync();
    }
}

/// <summary>
/// Screenshots of a test's steps: always into the test output (<c>screenshots/{test}/NN-step.png</c>), and into the
/// README's <c>docs/screenshots/</c> when <c>UPDATE_SCREENSHOTS=1</c> is set (so an ordinary test run leaves the
/// working tree clean).
/// </summary>
public sealed class Screenshots(string testName)
{
    private readonly string artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots", testName)).FullName;
    private readonly string? docs = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1" ? DocsFolder() : null;

    public async Task TakeAsync(IPage page, string name)
    {
        await page.ExpectNoUnhandledErrorAsync();
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false, Type = ScreenshotType.Png });
        await File.WriteAllBytesAsync(Path.Combine(artifacts, name + ".png"), png);
        if (docs is not null) await File.WriteAllBytesAsync(Path.Combine(docs, name + ".png"), png);
    }

    private static string DocsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlaylistOrganizer.slnx")))
                return Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "screenshots")).FullName;
        }
        throw new InvalidOperationException("UPDATE_SCREENSHOTS=1, but the repository root (PlaylistOrganizer.slnx) was not found above the test output.");
    }
}
