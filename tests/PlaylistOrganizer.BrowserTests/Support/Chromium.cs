using Microsoft.Playwright;

namespace PlaylistOrganizer.BrowserTests.Support;

/// <summary>
/// One headless Chromium per test class (Debian's <c>/usr/bin/chromium</c>; Playwright never downloads a browser here).
/// Every test gets its own context: fresh cookies, a 1280×800 viewport, downloads accepted.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        // Failing assertions should fail within seconds, not after Playwright's 30 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context and page on <paramref name="server"/>. Dispose it before the server: an open page keeps
    /// its Blazor circuit's WebSocket open, and the server's shutdown would wait for it.</summary>
    public async Task<BrowserSession> OpenAsync(OrganizerServer server)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUri.AbsoluteUri,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(await context.NewPageAsync());
    }

    /// <summary>A fresh context and page on no server, for pages the test serves itself (see <see cref="IBrowserContext.RouteAsync(string, Func{IRoute, Task}, BrowserContextRouteOptions?)"/>).</summary>
    public async Task<BrowserSession> OpenBlankAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "sv-SE", TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserSession(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}

/// <summary>One test's browser context and page; disposing closes them.</summary>
public sealed class BrowserSession(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => Page.Context.DisposeAsync();
}
