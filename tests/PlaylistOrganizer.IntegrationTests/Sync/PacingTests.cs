using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using Xunit.Abstractions;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// The sync at YouTube's pace (issue 15, items 3 and 4): a few playlist creates a day with videos added meanwhile into
/// the playlists that exist, creates spaced out, a pause between writes, and 409 bursts retried to an exact end.
/// </summary>
public class PacingTests(ITestOutputHelper output)
{
    /// <summary>Seven categories of two videos each, from two originals.</summary>
    private static TargetCategory[] SevenCategories =>
        Enumerable.Range(0, 7).Select(c => Category($"Topic {c + 1}", 2 * c + 1, 2 * c + 2)).ToArray();

    /// <summary>Two originals sharing the categories' videos between them (so the sync deletes both), and liked videos.</summary>
    private static AccountSnapshot Originals(params TargetCategory[] categories)
    {
        var videos = categories.SelectMany(c => c.VideoIds).Distinct().Select(v => int.Parse(v[3..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return WithLikes(Libraries.Account(("Mix A", videos[..(videos.Length / 2)]), ("Mix B", videos[(videos.Length / 2)..])), 2);
    }

    /// <summary>Category playlists on YouTube now, by title, with their videos.</summary>
    private static Dictionary<string, List<string>> CategoryPlaylists(OrganizerApp app) =>
        app.YouTube.State.Export(Account)!.Playlists.Where(p => p.Kind == PlaylistKind.Regular && p.Title.StartsWith("Topic", StringComparison.Ordinal))
            .ToDictionary(p => p.Title, p => p.Items.Select(i => i.VideoId).ToList());

    [Theory]
    [InlineData(429)]
    [InlineData(400)] // the same message as a 400: still the cap
    public async Task At_three_creates_a_day_seven_categories_take_three_days_and_each_day_fills_the_playlists_that_exist(int refusalStatus)
    {
        await using var app = await OrganizerApp.StartAsync(Originals(SevenCategories),
            new FakeYouTubeOptions { PlaylistCreateCapPerDay = 3, PlaylistCreateCapStatusCode = refusalStatus }, Settings());
        var sync = await StartAsync(app, PlanKind.Plain, SevenCategories);

        // Day 1: three created, the fourth refused, and the rest of the day goes to the three that exist.
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        Assert.Equal(QuotaClock.NextResetAfter(app.Time.GetUtcNow()), run.ResumesAt);
        Assert.Equal(4, Calls(app, "playlists.insert"));
        var onYouTube = CategoryPlaylists(app);
        Assert.Equal(["Topic 1", "Topic 2", "Topic 3"], onYouTube.Keys.Order());
        foreach (var category in SevenCategories.Take(3)) Assert.Equal(category.VideoIds.Order(), onYouTube[category.Title].Order());
        var refused = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Kind == OperationKind.CreatePlaylist && o.Attempts > 0 && o.Status != OperationStatus.Succeeded);
        Assert.Equal(OperationStatus.Pending, refused.Status);
        await using (var db = app.Db())
        {
            // It costs what the ledger says the refusal cost (YouTube charges refused writes).
            var refusal = await db.QuotaCharges.SingleAsync(c => c.Method == YouTubeMethod.PlaylistsInsert && c.ErrorKind == YouTubeErrorKind.RateLimited);
            Assert.Equal(refusal.Units, refused.UnitsCharged);
        }
        var progress = (await app.Get<SyncProgress>().GetAsync(sync.RunId, CancellationToken.None))!;
        Assert.Equal("Creating playlists 3 / 7 · Adding videos 6 / 14", progress.Headline);
        Assert.True(progress.IsUnderWay(SyncStage.AddVideos));

        // Later that day: no second knock on the create door.
        await ResumeAsync(app, sync.RunId);
        run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, 4), (run.Status, Calls(app, "playlists.insert")));

        var (done, days) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, done.Status);
        Assert.Equal(3, days);
        Assert.Equal(7 + 2, Calls(app, "playlists.insert")); // seven made, one refusal on each of the first two days
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Knowing_the_daily_limit_the_sync_never_meets_a_refusal_and_takes_the_days_the_preview_said()
    {
        await using var app = await OrganizerApp.StartAsync(Originals(SevenCategories), new FakeYouTubeOptions { PlaylistCreateCapPerDay = 3 },
            Settings(more: ["--Quota:PlaylistCreatesPerDay=3"]));
        var sync = await StartAsync(app, PlanKind.Plain, SevenCategories);
        var previewDays = (await app.Get<QuotaLedger>().GetStatusAsync(CancellationToken.None)).DaysFor(sync.Plan);

        var (run, days) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.Equal((3, 3), (previewDays, days));
        Assert.Equal(7, Calls(app, "playlists.insert"));
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task The_days_left_of_a_running_sync_count_the_daily_limit_on_new_playlists_as_the_preview_did()
    {
        await using var app = await OrganizerApp.StartAsync(Originals(SevenCategories), new FakeYouTubeOptions { PlaylistCreateCapPerDay = 3 },
            Settings(more: ["--Quota:PlaylistCreatesPerDay=3"]));
        var sync = await StartAsync(app, PlanKind.Plain, SevenCategories);
        var previewDays = (await app.Get<QuotaLedger>().GetStatusAsync(CancellationToken.None)).DaysFor(sync.Plan);

        // Every unit would fit in today's budget; the seven creates at three a day do not.
        Assert.Equal((3, 3), (previewDays, await DaysLeftAsync(app, sync.RunId)));
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.PausedForQuota, run.Status);
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        Assert.Equal(2, await DaysLeftAsync(app, sync.RunId)); // four creates left, three a day
    }

    [Fact]
    public async Task After_a_restart_the_first_writes_keep_their_distance_from_the_last_ones_sent_before_it()
    {
        var app = await OrganizerApp.StartAsync(Originals(SevenCategories[..3]),
            settings: Settings(more: ["--Sync:PlaylistCreateSpacing=00:00:30", "--Sync:WritePause=00:00:05"]));
        try
        {
            var sync = await StartAsync(app, PlanKind.Plain, SevenCategories[..3]);
            // The process dies while YouTube makes the first playlist; the clock has not moved when the new one starts.
            (app, var died) = await KillDuringCallAsync(app, sync.RunId, 1, YouTubeMethod.PlaylistsInsert);
            Assert.True(died);

            SyncRun run;
            do
            {
                if ((await RunAsync(app, sync.RunId)).Status == SyncRunStatus.Interrupted) await ResumeAsync(app, sync.RunId);
                run = await RunWhileTheClockTicksAsync(app, sync.RunId, TimeSpan.FromMilliseconds(250));
            }
            while (run.Status == SyncRunStatus.Interrupted);

            Assert.Equal(SyncRunStatus.Completed, run.Status);
            var creates = await GapsAsync(app, method => method == YouTubeMethod.PlaylistsInsert);
            Assert.Equal(2, creates.Count); // the first create was read back after the restart, not sent again
            Assert.All(creates, g => Assert.True(g >= TimeSpan.FromSeconds(30), $"two creates only {g} apart"));
            Assert.All(await GapsAsync(app, method => method.IsWrite()), g => Assert.True(g >= TimeSpan.FromSeconds(5), $"two writes only {g} apart"));
            AssertYouTubeMatches(app, sync);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_create_refused_today_is_remembered_across_a_restart_and_none_is_tried_before_the_reset()
    {
        var app = await OrganizerApp.StartAsync(Originals(SevenCategories[..3]), new FakeYouTubeOptions { PlaylistCreateCapPerDay = 1 }, Settings());
        try
        {
            var sync = await StartAsync(app, PlanKind.Plain, SevenCategories[..3]);
            var run = await RunOnceAsync(app, sync.RunId);
            Assert.Equal((SyncRunStatus.PausedForQuota, 2), (run.Status, Calls(app, "playlists.insert"))); // one made, one refused

            app = await app.RestartAsync();
            await ResumeAsync(app, sync.RunId);
            run = await RunOnceAsync(app, sync.RunId);
            Assert.Equal((SyncRunStatus.PausedForQuota, 2), (run.Status, Calls(app, "playlists.insert")));

            var (done, days) = await DriveAsync(app, sync.RunId);
            Assert.Equal((SyncRunStatus.Completed, 3), (done.Status, days));
            Assert.Equal(3 + 2, Calls(app, "playlists.insert")); // one refusal on each of the first two days, none more
            AssertYouTubeMatches(app, sync);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>"Estimated days left" as the sync page computes it.</summary>
    private static async Task<int> DaysLeftAsync(OrganizerApp app, long runId)
    {
        var snapshot = await app.Get<SyncProgress>().GetAsync(runId, CancellationToken.None);
        return (await app.Get<QuotaLedger>().GetStatusAsync(CancellationToken.None)).DaysFor(snapshot!.Remaining);
    }

    [Fact]
    public Task Playlist_creates_are_spaced_out_on_the_clock() =>
        AssertPacedAsync(["--Sync:PlaylistCreateSpacing=00:00:30", "--Sync:WritePause=00:00:00"], TimeSpan.FromSeconds(1),
            method => method == YouTubeMethod.PlaylistsInsert, TimeSpan.FromSeconds(30), plan => plan.Count(OperationKind.CreatePlaylist));

    [Fact]
    public Task Every_write_waits_the_pause_after_the_last() =>
        AssertPacedAsync(["--Sync:PlaylistCreateSpacing=00:00:00", "--Sync:WritePause=00:00:05"], TimeSpan.FromMilliseconds(100),
            method => method.CostUnits() == QuotaCosts.Write, TimeSpan.FromSeconds(5), plan => plan.WriteOperations);

    /// <summary>A three-category sync with the pace <paramref name="settings"/> set, run while the clock ticks: every two
    /// consecutive calls of the <paramref name="paced"/> methods (as many as <paramref name="calls"/> says the plan makes)
    /// went out at least <paramref name="gap"/> apart on the clock.</summary>
    private async Task AssertPacedAsync(string[] settings, TimeSpan tick, Func<YouTubeMethod, bool> paced, TimeSpan gap, Func<SyncPlan, int> calls)
    {
        await using var app = await OrganizerApp.StartAsync(Originals(SevenCategories[..3]), settings: Settings(more: settings));
        var sync = await StartAsync(app, PlanKind.Plain, SevenCategories[..3]);

        var run = await RunWhileTheClockTicksAsync(app, sync.RunId, tick);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var gaps = await GapsAsync(app, paced);
        output.WriteLine($"gaps: {string.Join(", ", gaps)}");
        Assert.Equal(calls(sync.Plan) - 1, gaps.Count);
        Assert.All(gaps, g => Assert.True(g >= gap, $"two calls only {g} apart"));
        AssertYouTubeMatches(app, sync);
    }

    [Fact]
    public async Task Bursts_of_409s_on_rapid_inserts_are_retried_until_youtube_is_exactly_on_target()
    {
        // Half the inserts that follow another into the same playlist within a second are refused with a 409 (aborted,
        // SERVICE_UNAVAILABLE, CoreErrorDomain in turn); the clock stands still, so every follower is rapid.
        TargetCategory[] categories = [Category("Long one", 1, 2, 3, 4, 5, 6, 7, 8), Category("Other", 9, 10, 11, 12)];
        await using var app = await OrganizerApp.StartAsync(Originals(categories),
            new FakeYouTubeOptions { InsertConflictWindowMs = 1_000, InsertConflictRate = 0.5, IdSeed = 7 }, Settings(more: ["--Sync:MaxRetryAttempts=10"]));
        var sync = await StartAsync(app, PlanKind.Plain, categories);

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        await using (var db = app.Db())
        {
            var conflicts = await db.QuotaCharges.CountAsync(c => c.Method == YouTubeMethod.PlaylistItemsInsert && c.ErrorKind == YouTubeErrorKind.Transient);
            output.WriteLine($"409s: {conflicts}");
            Assert.True(conflicts >= 3, $"only {conflicts} conflicts: the burst never happened");
        }
        Assert.Contains(await OperationsAsync(app, sync.RunId), o => o.Kind == OperationKind.AddVideo && o.Attempts > 1 && o.Status == OperationStatus.Succeeded);
        AssertYouTubeMatches(app, sync); // every video once: no duplicate from a retried insert
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task A_write_pause_longer_than_the_burst_window_meets_no_409()
    {
        TargetCategory[] categories = [Category("Long one", 1, 2, 3, 4, 5, 6, 7, 8)];
        await using var app = await OrganizerApp.StartAsync(Originals(categories),
            new FakeYouTubeOptions { InsertConflictWindowMs = 1_000, InsertConflictRate = 1, IdSeed = 7 },
            Settings(more: ["--Sync:WritePause=00:00:01.500"]));
        var sync = await StartAsync(app, PlanKind.Plain, categories);

        var run = await RunWhileTheClockTicksAsync(app, sync.RunId, TimeSpan.FromMilliseconds(250));

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        await using var db = app.Db();
        Assert.Equal(0, await db.QuotaCharges.CountAsync(c => c.ErrorKind != null));
        AssertYouTubeMatches(app, sync);
    }

    /// <summary>One engine pass while the shared fake clock moves on by <paramref name="tick"/> every few milliseconds, so
    /// the engine's waits end; the gaps the test measures are on that clock.</summary>
    private static async Task<SyncRun> RunWhileTheClockTicksAsync(OrganizerApp app, long runId, TimeSpan tick)
    {
        var pass = RunOnceAsync(app, runId);
        while (!pass.IsCompleted)
        {
            app.Time.Advance(tick);
            await Task.Delay(2);
        }
        return await pass;
    }

    /// <summary>Time between consecutive calls of the chosen methods, as the ledger stamped them when they went out.</summary>
    private static async Task<List<TimeSpan>> GapsAsync(OrganizerApp app, Func<YouTubeMethod, bool> chosen)
    {
        await using var db = app.Db();
        var sent = (await db.QuotaCharges.Select(c => new { c.Method, c.SentAt, c.Id }).ToListAsync())
            .Where(c => chosen(c.Method)).OrderBy(c => c.Id).Select(c => c.SentAt).ToList();
        return sent.Zip(sent.Skip(1), (a, b) => b - a).ToList();
    }
}
