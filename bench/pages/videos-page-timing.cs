#:package Microsoft.Playwright
#:property PublishAot=false
// How fast the Videos page is on a library, in a real Chromium: a measurement, not a test (no thresholds).
//
//   dotnet run --project src/PlaylistOrganizer.App -- --App:DataDirectory=/tmp/po-timing --urls=http://127.0.0.1:5090 &
//   dotnet run bench/pages/videos-page-timing.cs -- http://127.0.0.1:5090 [runs] [screenshot folder]
//
// On a fresh demo app it first walks the import as a user does (connect, import from YouTube, the demo's Watch Later
// CSV, import again), so the default demo library (87 playlists, 4,000 Watch Later) is in. Then, per run:
//   first content: from the start of navigation to /videos until the first video row is in the page;
//   filter change: from ticking "Watch Later" until the list shows the filtered rows (count and first row changed).
// Both are read from the page's own clock (performance.now()), so Playwright's round trips are not counted.
using System.Diagnostics;
using Microsoft.Playwright;

var baseUrl = args.Length > 0 ? args[0].TrimEnd('/') : "http://127.0.0.1:5080";
var runs = args.Length > 1 ? int.Parse(args[1]) : 7;
var shots = args.Length > 2 ? args[2] : null;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
var page = await context.NewPageAsync();
page.SetDefaultTimeout(300_000);

await ImportIfEmptyAsync(page);

var firsts = new List<double>();
var filters = new List<double>();
for (var run = 0; run < runs; run++)
{
    await page.GotoAsync("about:blank");
    await page.GotoAsync("/videos", new() { WaitUntil = WaitUntilState.Commit });
    var first = await (await page.WaitForFunctionAsync(
        "() => document.querySelector('[data-testid=video-row]') ? performance.now() : null", null, new() { PollingInterval = 5 })).JsonValueAsync<double>();
    await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    await page.WaitForTimeoutAsync(500); // let the first render settle (thumbnails, facet) before changing the filter
    var filter = await page.EvaluateAsync<double>("""
        () => new Promise(resolve => {
            const count = () => document.querySelector('[data-testid=match-count]')?.textContent;
            const top = () => document.querySelector('[data-testid=video-row]')?.dataset.videoId;
            const before = [count(), top()];
            const t0 = performance.now();
            document.querySelector('[data-testid=filter-watch-later]').click();
            const poll = () => count() !== before[0] && top() && top() !== before[1] ? resolve(performance.now() - t0) : requestAnimationFrame(poll);
            poll();
        })
        """);
    firsts.Add(first);
    filters.Add(filter);
    Console.WriteLine($"run {run + 1}: first content {first:F0} ms, filter change {filter:F0} ms");
    if (shots is not null && run == 0)
    {
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "videos-watch-later.png") });
    }
}
Console.WriteLine($"first content: median {Median(firsts):F0} ms (min {firsts.Min():F0}, max {firsts.Max():F0}) over {runs} runs");
Console.WriteLine($"filter change: median {Median(filters):F0} ms (min {filters.Min():F0}, max {filters.Max():F0})");

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
}

static async Task ImportIfEmptyAsync(IPage page)
{
    await page.GotoAsync("/videos");
    await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    await page.WaitForSelectorAsync("[data-testid=video-row], .vlist p.muted");
    if (await page.Locator("[data-testid=video-row]").CountAsync() > 0) return;

    var clock = Stopwatch.StartNew();
    await page.GotoAsync("/");
    await page.GetByTestId("account-card").GetByRole(AriaRole.Link, new() { Name = "Connect YouTube account" }).ClickAsync();
    await page.GetByRole(AriaRole.Button, new() { Name = "Allow", Exact = true }).ClickAsync();
    await page.GetByTestId("account-connected").WaitForAsync();
    await ImportFromYouTubeAsync(page);
    var csv = Path.Combine(Directory.CreateTempSubdirectory("po-timing-").FullName, "Watch later-videos.csv");
    await File.WriteAllBytesAsync(csv, await (await page.APIRequest.GetAsync("/demo/watch-later.csv")).BodyAsync());
    await page.GetByTestId("takeout-file").SetInputFilesAsync(csv);
    await page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" }).GetByTestId("import-summary")
        .Filter(new() { HasText = "Watch Later:" }).WaitForAsync();
    await ImportFromYouTubeAsync(page); // looks up the Watch Later videos' titles
    Console.WriteLine($"library imported in {clock.Elapsed.TotalSeconds:F0} s");
}

static async Task ImportFromYouTubeAsync(IPage page)
{
    await page.GotoAsync("/import");
    await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    var summary = page.GetByRole(AriaRole.Region, new() { Name = "1. Playlists from YouTube" }).GetByTestId("import-summary");
    var before = await summary.CountAsync() > 0 ? await summary.InnerTextAsync() : "";
    await page.GetByTestId("import-youtube").ClickAsync();
    await page.WaitForFunctionAsync("""
        before => { const s = [...document.querySelectorAll('[data-testid=import-summary]')][0]; return s && s.innerText !== before && s.innerText.includes('Imported.'); }
        """, before, new() { PollingInterval = 200 });
}
