using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests.Support;

/// <summary>What every browser step needs: open a page and wait until its buttons work, and keep a screenshot.</summary>
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
