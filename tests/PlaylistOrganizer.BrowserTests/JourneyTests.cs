using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using PlaylistOrganizer.FakeYouTube.State;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>
/// The whole journey a new user walks, in a real Chromium, on the small demo library: connect, import (YouTube and
/// Takeout), shape categories, approve, preview, and a sync that needs several quota days, one failure decision and the
/// manual Watch Later step, then the report.
/// </summary>
public sealed partial class JourneyTests(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;
    private readonly string downloads = Directory.CreateTempSubdirectory("po-browser-downloads-").FullName;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync(
        // 2,800 units a day for syncing (56 writes): the small library takes several quota days.
        "--Quota:DailyLimitUnits=3000", "--Quota:ReserveUnits=200",
        // An operation is tried 1 + 4 times; the injected server errors below are retried at once, not after a back-off.
        $"--Sync:MaxRetryAttempts={Attempts - 1}", "--Sync:RetryBaseDelay=00:00:00");

    private const int Attempts = 5;

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(downloads, recursive: true);
    }

    [Fact]
    public async Task A_user_organises_the_demo_library_and_syncs_it_over_several_quota_days()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        var shots = new Screenshots("journey");
        var account = server.Demo.Account;
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();

        // The dashboard says it is a demo, and nothing is imported yet.
        await page.OpenAsync("/");
        await Expect(page.GetByTestId("demo-banner")).ToContainTextAsync("Demo mode.");
        await Expect(page.GetByTestId("library-card")).ToContainTextAsync("Nothing imported yet");
        await Expect(page.GetByTestId("jump-to-reset")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "01-dashboard");

        // Connect: off to the emulator's consent page (another origin, like Google's), Allow, back on the dashboard.
        await page.OpenConsentPageAsync(server);
        await shots.TakeAsync(page, "02-consent");
        await page.AnswerConsentAsync(server, "Allow");
        await Expect(page).ToHaveURLAsync(server.BaseUri.AbsoluteUri);
        await Expect(page.GetByTestId("account-connected")).ToContainTextAsync(account.Channel.Title);
        await shots.TakeAsync(page, "03-connected");

        // Import from YouTube.
        var youTubeImportSummary = await page.ImportFromYouTubeAsync();
        await Expect(youTubeImportSummary).ToContainTextAsync(QuotaSpent());
        await shots.TakeAsync(page, "04-import-youtube");

        // The dashboard counts the playlists and offers the demo's Takeout; download it as a user would.
        await page.OpenAsync("/");
        await Expect(page.GetByTestId("library-playlists")).ToHaveTextAsync(regular.Count.ToString());
        await Expect(page.GetByTestId("library-watch-later")).ToHaveTextAsync("0");
        await shots.TakeAsync(page, "05-dashboard-library");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("takeout-zip").ClickAsync());
        var zipPath = Path.Combine(downloads, download.SuggestedFilename);
        await download.SaveAsAsync(zipPath);
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Contains(zip.Entries, e => e.Name == "Watch later-videos.csv");
        }

        // Upload it: Watch Later arrives. Then import from YouTube again to look up the new videos' titles.
        await page.OpenAsync("/import");
        var fromTakeout = page.GetByRole(AriaRole.Region, new() { Name = "2. Watch Later from Google Takeout" });
        await page.GetByTestId("takeout-file").SetInputFilesAsync(zipPath);
        await Expect(fromTakeout.GetByTestId("import-summary")).ToContainTextAsync($"Watch Later: {account.WatchLater.Count} added");
        await shots.TakeAsync(page, "06-import-takeout");
        await page.GetByTestId("import-youtube").ClickAsync();
        await Expect(youTubeImportSummary).ToContainTextAsync(LookedUpSome());

        // Categories: one per playlist, then merge the first two.
        await page.OpenAsync("/categories");
        await page.GetByTestId("from-playlists").ClickAsync();
        var rows = page.GetByTestId("category-row");
        await Expect(rows).ToHaveCountAsync(regular.Count);
        await rows.Nth(0).GetByRole(AriaRole.Checkbox).CheckAsync();
        await rows.Nth(1).GetByRole(AriaRole.Checkbox).CheckAsync();
        const string merged = "Favourites, merged";
        await page.GetByTestId("merge-title").FillAsync(merged);
        await page.GetByTestId("merge-title").BlurAsync();
        await page.GetByTestId("merge").ClickAsync();
        await Expect(rows).ToHaveCountAsync(regular.Count - 1);
        await Expect(rows.Filter(new() { HasText = merged })).ToHaveCountAsync(1);
        await shots.TakeAsync(page, "07-categories");

        // Videos: find a Watch Later video by its title and add it to the merged category.
        var pick = WatchLaterOnlyVideoWithUniqueTitle(account);
        await page.OpenAsync("/videos");
        await page.GetByTestId("search").FillAsync(pick.Title);
        var found = page.GetByTestId("video-row");
        await Expect(found).ToHaveCountAsync(1);
        await Expect(found).ToContainTextAsync(pick.Title);
        await Expect(found).ToContainTextAsync("Watch Later");
        await Expect(found).ToContainTextAsync("Uncategorized");
        await found.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByTestId("target-category").SelectOptionAsync(new SelectOptionValue { Label = merged });
        await page.GetByTestId("add-to").ClickAsync();
        await Expect(page.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(found).ToContainTextAsync(merged);
        await Expect(found).Not.ToContainTextAsync("Uncategorized");
        await shots.TakeAsync(page, "08-videos");

        // Approve.
        await page.ApproveAsync(regular.Count - 1);

        // The preview: both plans with units and days, the plain plan chosen, a plain "Start sync".
        await page.OpenAsync("/sync");
        var (plainUnits, plainDays) = await PlanFiguresAsync(page, "Plain");
        var (saverUnits, saverDays) = await PlanFiguresAsync(page, "QuotaSaver");
        Assert.True(plainUnits > 0 && plainDays > 0 && saverUnits > 0 && saverDays > 0);
        Assert.True(plainDays > 1, $"With 2,800 units a day the plain plan should need several days, not {plainDays}.");
        await Expect(page.GetByTestId("plan-Plain").GetByRole(AriaRole.Radio)).ToBeCheckedAsync();
        await Expect(page.GetByTestId("plan-QuotaSaver").GetByRole(AriaRole.Radio)).Not.ToBeCheckedAsync();
        // All or nothing, and a plain button: nothing to tick per category, nothing to type to confirm.
        await Expect(page.Locator("main input[type=checkbox], main input[type=text], main textarea")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("start-sync")).ToHaveTextAsync("Start sync");
        await Expect(page.GetByTestId("start-sync")).ToBeEnabledAsync();
        var watchLaterToClean = int.Parse(WatchLaterFigure().Match(await page.GetByTestId("preview-totals").InnerTextAsync()).Groups[1].Value.Replace(",", ""));
        await shots.TakeAsync(page, "09-preview");

        // A failure the user must decide about: the next video insert fails on every attempt (server errors).
        await server.FailNextAsync("playlistItems.insert", Attempts);
        await page.StartSyncAsync();

        var pauses = 0;
        var sawDecision = false;
        var sawWatchLater = false;
        var waiting = page.Locator("[data-testid=paused-for-quota], [data-testid=decision], [data-testid=watch-later], [data-testid=sync-finished]");
        while (true)
        {
            await waiting.WaitForAsync(new() { Timeout = 30_000 });
            await page.ExpectNoUnhandledErrorAsync();
            var what = await waiting.GetAttributeAsync("data-testid");
            if (what == "sync-finished") break;
            var unitsBefore = await page.GetByTestId("units-spent").InnerTextAsync();
            switch (what)
            {
                case "paused-for-quota":
                    pauses++;
                    await Expect(page.GetByTestId("paused-for-quota")).ToContainTextAsync(PausedCountdown());
                    await Expect(page.GetByTestId("sync-stage")).ToHaveTextAsync(StageAndCounts());
                    if (pauses == 1) await shots.TakeAsync(page, "10-paused");
                    await page.GetByTestId("jump-to-reset").ClickAsync();
                    await page.GetByTestId("resume").ClickAsync();
                    break;
                case "decision":
                    Assert.False(sawDecision, "Only one failure was injected, so only one decision is due.");
                    sawDecision = true;
                    var decision = page.GetByTestId("decision");
                    await Expect(decision).ToContainTextAsync("1 operation failed while adding videos");
                    await Expect(decision).ToContainTextAsync($"Gave up after {Attempts} attempts");
                    await Expect(decision.Locator("tbody tr")).ToHaveCountAsync(1);
                    // The failed video is named by its title, linked to YouTube.
                    var failedLink = decision.Locator("tbody tr").GetByRole(AriaRole.Link);
                    var failedId = new Uri(await failedLink.GetAttributeAsync("href") ?? "").Query.Replace("?v=", "");
                    await Expect(failedLink).ToHaveTextAsync(account.Videos.Single(v => v.Id == failedId).Title);
                    await shots.TakeAsync(page, "11-decision");
                    await page.GetByTestId("decide-retry").ClickAsync();
                    break;
                case "watch-later":
                    sawWatchLater = true;
                    var checklist = page.GetByTestId("watch-later");
                    await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"0 of {watchLaterToClean} removed");
                    await Expect(checklist.GetByTestId("wl-left")).ToHaveTextAsync($"{watchLaterToClean} left");
                    // Rows to keep are shown too, labelled, so a user going down YouTube's page knows what to leave.
                    await Expect(checklist.GetByTestId("wl-row").Filter(new() { HasText = "keep: in no category" }).First).ToBeVisibleAsync();
                    await page.GetByTestId("wl-select-all").ClickAsync();
                    await Expect(checklist.GetByTestId("wl-progress")).ToHaveTextAsync($"{watchLaterToClean} of {watchLaterToClean} removed");
                    // The video added on the Videos page is there, by its title (an id alone means nothing to a user).
                    await checklist.GetByTestId("wl-search").FillAsync(pick.Title);
                    await checklist.GetByTestId("wl-search").PressAsync("Enter");
                    var pickRow = checklist.GetByTestId("wl-row").Filter(new() { HasText = pick.Title });
                    await Expect(pickRow.GetByRole(AriaRole.Link, new() { Name = pick.Title, Exact = true })).ToHaveAttributeAsync("href", $"https://www.youtube.com/watch?v={pick.Id}");
                    await Expect(pickRow.GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
                    await checklist.GetByTestId("wl-search").FillAsync("");
                    await checklist.GetByTestId("wl-search").PressAsync("Enter");
                    await checklist.GetByTestId("wl-progress").EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
                    await shots.TakeAsync(page, "12-watch-later");
                    await page.GetByTestId("wl-confirm").ClickAsync();
                    break;
            }
            // Whatever was pressed, the sync moves on: more units are spent (or it finished).
            await MovedOnAsync(page, unitsBefore);
        }
        output.WriteLine($"Preview: plain ≈ {plainUnits} units / {plainDays} days, quota-saver ≈ {saverUnits} / {saverDays}; the sync paused {pauses} times.");
        Assert.True(pauses >= 2, $"The sync should have paused for quota on several days; it paused {pauses} times.");
        // The preview's day count is honest: the sync took that long, or one day more for the injected failure's retries.
        Assert.InRange(pauses + 1, plainDays, plainDays + 1);
        Assert.True(sawDecision, "The injected failure should have asked for a decision at the end of the add stage.");
        Assert.True(sawWatchLater, "The guided Watch Later step should have been shown.");
        await Expect(page.GetByTestId("sync-finished")).ToContainTextAsync("Completed");
        await shots.TakeAsync(page, "13-finished");

        // The report: listed in the history, every operation, downloadable as CSV.
        await page.GotoAsync("/reports"); // a static page: nothing to wait for
        await Expect(page.GetByTestId("report-history")).ToContainTextAsync("Completed");
        await page.GetByRole(AriaRole.Link, new() { Name = "#1" }).ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Expect(page.GetByTestId("report-summary")).ToContainTextAsync("Status: Completed");
        await Expect(page.GetByTestId("report-summary")).ToContainTextAsync($"{pauses + 1} quota day(s)");
        await shots.TakeAsync(page, "14-report");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-csv").ClickAsync());
        var csvPath = Path.Combine(downloads, csv.SuggestedFilename);
        await csv.SaveAsAsync(csvPath);
        var lines = await File.ReadAllLinesAsync(csvPath);
        Assert.True(lines.Length > regular.Count, $"The CSV should list every operation; it has {lines.Length} lines.");
        Assert.Contains(lines, l => l.Contains(pick.Id) && l.Contains("succeeded", StringComparison.OrdinalIgnoreCase));
        // Titles beside the ids: in the report's title column and on the Log page, found by the title.
        Assert.Contains(lines, l => l.Contains($",{pick.Id},", StringComparison.Ordinal) && l.Contains("Add video") && l.Contains(pick.Title));
        await page.OpenAsync("/log");
        await page.GetByTestId("log-search").FillAsync(pick.Title);
        await Expect(page.GetByTestId("log-rows").Locator("tbody tr")).ToContainTextAsync([$"Added video '{pick.Title}' ({pick.Id}) to '{merged}'"]);
    }

    /// <summary>Waits until the sync spent more units than <paramref name="unitsBefore"/>, or finished.</summary>
    private static async Task MovedOnAsync(IPage page, string unitsBefore)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await page.GetByTestId("sync-finished").IsVisibleAsync()) return;
            var units = page.GetByTestId("units-spent");
            if (await units.IsVisibleAsync() && await units.InnerTextAsync() != unitsBefore) return;
            await Task.Delay(200);
        }
        Assert.Fail($"The sync did not move on: still {unitsBefore} units spent after 30 s.");
    }

    /// <summary>"≈ 15,350 units, ≈ 6 days" under one plan's radio button.</summary>
    private static async Task<(int Units, int Days)> PlanFiguresAsync(IPage page, string kind)
    {
        var text = await page.GetByTestId($"plan-{kind}-units").InnerTextAsync();
        var match = PlanFigures().Match(text);
        Assert.True(match.Success, $"The {kind} plan's figures read '{text}'.");
        return (int.Parse(match.Groups[1].Value.Replace(",", "")), int.Parse(match.Groups[2].Value));
    }

    /// <summary>A Watch Later video in no playlist whose title no other video's title or channel contains: the search finds exactly it.</summary>
    private static VideoSnapshot WatchLaterOnlyVideoWithUniqueTitle(AccountSnapshot account)
    {
        var inPlaylists = account.Playlists.SelectMany(p => p.Items).Select(i => i.VideoId).ToHashSet();
        var videos = account.Videos.ToDictionary(v => v.Id);
        return account.WatchLater.Select(w => videos[w.VideoId])
            .Where(v => !inPlaylists.Contains(v.Id) && v.Availability == VideoAvailability.Public)
            .First(v => account.Videos.Count(o => o.Title.Contains(v.Title, StringComparison.OrdinalIgnoreCase)
                || o.ChannelTitle.Contains(v.Title, StringComparison.OrdinalIgnoreCase)) == 1);
    }

    [GeneratedRegex(@"Quota spent: [1-9][\d,]* units")]
    private static partial Regex QuotaSpent();

    [GeneratedRegex(@"Videos looked up: [1-9][\d,]*")]
    private static partial Regex LookedUpSome();

    [GeneratedRegex(@"≈ ([\d,]+) units, ≈ (\d+) days?")]
    private static partial Regex PlanFigures();

    [GeneratedRegex(@"([\d,]+) videos to remove from Watch Later by hand")]
    private static partial Regex WatchLaterFigure();

    [GeneratedRegex(@"Paused — quota resets in (\d+h )?\d+m")]
    private static partial Regex PausedCountdown();

    // While creates wait for YouTube's daily limit the add stage runs too, and the line names both.
    [GeneratedRegex(@"^(Creating playlists|Adding videos|Verifying playlists|Deleting original playlists) [\d,]+ / [\d,]+( · Adding videos [\d,]+ / [\d,]+)?$")]
    private static partial Regex StageAndCounts();
}
