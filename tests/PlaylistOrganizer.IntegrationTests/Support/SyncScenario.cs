using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Worker;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>A sync started on an imported account, with the units each side had counted before it began.</summary>
public sealed record StartedSync(long RunId, SyncPlan Plan, TargetStructure Target, AccountSnapshot Before, int EmulatorUnitsBefore, int LedgerUnitsBefore);

/// <summary>
/// Drives sync runs by hand against the emulator: import, hand-built categories, start, run the engine, resume after
/// quota pauses by moving the shared fake clock, and read YouTube back. The background worker is switched off (see
/// <see cref="Settings"/>) so only the test works on a run.
/// </summary>
public static class SyncScenario
{
    public const string Account = "demo";

    /// <summary>App settings for engine tests: no background worker, and the given daily quota and reserve.</summary>
    public static string[] Settings(int dailyLimitUnits = 10_000, int reserveUnits = 1_000, params string[] more) =>
    [
        $"--{SyncWorker.BackgroundWorkerSetting}=false",
        $"--Quota:DailyLimitUnits={dailyLimitUnits}",
        $"--Quota:ReserveUnits={reserveUnits}",
        .. more,
    ];

    public static TargetCategory Category(string title, params int[] videos) =>
        new(new CategoryKey(title.ToLowerInvariant().Replace(' ', '-')), title, $"{title} videos", Privacy.Private, videos.Select(Libraries.Id).ToList());

    /// <summary>Adds the channel's liked-videos list, a system playlist the sync must never touch.</summary>
    public static AccountSnapshot WithLikes(AccountSnapshot account, params int[] videos)
    {
        account.Playlists.Add(new PlaylistSnapshot
        {
            Id = "LLbbbbbbbbbbbbbbbbbbbbbb", Title = "Liked videos", Kind = PlaylistKind.Likes, PrivacyStatus = "private",
            Items = videos.Select((v, j) => new PlaylistItemSnapshot { Id = $"TExp{j:D40}", VideoId = Libraries.Id(v) }).ToList(),
        });
        foreach (var v in videos.Where(v => account.Videos.All(x => x.Id != Libraries.Id(v)))) account.Videos.Add(Libraries.Video(Libraries.Id(v)));
        return account;
    }

    /// <summary>Connects, imports the account, plans the categories against it and starts the sync.</summary>
    public static Task<StartedSync> StartAsync(OrganizerApp app, PlanKind kind, params TargetCategory[] categories) =>
        StartAsync(app, kind, [], categories);

    /// <summary>As above, after also importing a Takeout "Watch later-videos.csv" holding <paramref name="watchLater"/>.</summary>
    public static async Task<StartedSync> StartAsync(OrganizerApp app, PlanKind kind, int[] watchLater, params TargetCategory[] categories)
    {
        await app.ConnectAsync(Account);
        var import = await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None);
        Assert.True(import.Completed, import.Run?.Problem);
        if (watchLater.Length > 0)
        {
            var csv = "Video ID,Playlist Video Creation Timestamp\n"
                + string.Concat(watchLater.Select((v, i) => $"{Libraries.Id(v)},2025-03-0{1 + i % 9}T10:00:00+00:00\n"));
            var takeout = await app.Get<TakeoutImporter>().ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)),
                "Watch later-videos.csv", CancellationToken.None);
            Assert.True(takeout.Succeeded, string.Join("; ", takeout.Problems));
        }
        var current = await app.Get<CurrentStateReader>().ReadAsync(CancellationToken.None);
        var target = new TargetStructure("version-1", categories);
        var plan = SyncPlanner.Build(target, current, kind);
        var before = app.YouTube.State.Export(Account)!;
        var emulatorBefore = EmulatorUnits(app);
        var ledgerBefore = await LedgerUnitsAsync(app);
        var started = await app.Get<SyncCommands>().StartAsync(plan, target, current, CancellationToken.None);
        Assert.True(started.Succeeded, started.Refusal);
        return new StartedSync(started.Run!.Id, plan, target, before, emulatorBefore, ledgerBefore);
    }

    /// <summary>YouTube answers the first two video inserts at once and holds the third for ten minutes (received and
    /// charged, applied only if its caller still waits): a copy of the app that dies then dies in the middle of a write.</summary>
    public static void HoldTheThirdVideoInsert(OrganizerApp app) =>
        app.YouTube.Faults.Replace(new FaultPlanRequest([
            new ScriptedFault("playlistItems.insert", 2, new Fault(FaultKind.Latency, 0)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Latency, LatencyMs: 600_000)),
        ], null));

    /// <summary>One pass of the engine; returns the run as it stopped.</summary>
    /// <remarks>A pass that has not returned after 30 s is stopped and fails the test (an engine that loops must not hang the suite).</remarks>
    public static async Task<SyncRun> RunOnceAsync(OrganizerApp app, long runId)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Null(await app.Get<SyncEngine>().RunAsync(runId, limit.Token));
        Assert.False(limit.IsCancellationRequested, "The engine was still working on the run after 30 s.");
        return await RunAsync(app, runId);
    }

    public static async Task<SyncRun> RunAsync(OrganizerApp app, long runId)
    {
        await using var db = app.Db();
        return await db.SyncRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
    }

    /// <summary>
    /// Runs the engine until the run completes or stops for something other than the quota: each quota pause must name
    /// the next Pacific midnight; the clock then moves just past it and the run is resumed by hand, as a user would.
    /// Watch Later steps are confirmed. Returns the run and how many quota days it took.
    /// </summary>
    public static async Task<(SyncRun Run, int Days)> DriveAsync(OrganizerApp app, long runId, int maxDays = 20)
    {
        var days = 1;
        while (true)
        {
            var run = await RunOnceAsync(app, runId);
            switch (run.Status)
            {
                case SyncRunStatus.PausedForQuota:
                    Assert.Equal(QuotaClock.NextResetAfter(app.Time.GetUtcNow()), run.ResumesAt);
                    Assert.True(++days <= maxDays, $"Still not done after {maxDays} days: {run.StatusDetail}");
                    app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
                    await ResumeAsync(app, runId);
                    break;
                case SyncRunStatus.AwaitingWatchLater:
                    Assert.True((await app.Get<SyncCommands>().MarkWatchLaterRemovedAsync(runId, null, CancellationToken.None)).Succeeded);
                    break;
                default:
                    return (run, days);
            }
        }
    }

    public static async Task ResumeAsync(OrganizerApp app, long runId)
    {
        var resumed = await app.Get<SyncCommands>().ResumeAsync(runId, CancellationToken.None);
        Assert.True(resumed.Succeeded, resumed.Refusal);
    }

    public static async Task DecideAsync(OrganizerApp app, long runId, FailureDecision decision)
    {
        var decided = await app.Get<SyncCommands>().DecideAsync(runId, decision, CancellationToken.None);
        Assert.True(decided.Succeeded, decided.Refusal);
    }

    public static async Task<List<SyncOperation>> OperationsAsync(OrganizerApp app, long runId) =>
        (await app.Get<SyncProgress>().OperationsAsync(runId, CancellationToken.None)).ToList();

    /// <summary>
    /// Runs the backup and the preflight only: YouTube's quota is set to run out right after the preflight's two reads,
    /// so the first write is refused (403 quotaExceeded) and the run pauses at the start of the create stage. Then the
    /// quota is restored, the clock moves past the reset and the run is resumed. Whatever the test changes on YouTube
    /// next, the preflight did not see it.
    /// </summary>
    public static async Task StopAfterPreflightAsync(OrganizerApp app, long runId)
    {
        var quota = app.YouTube.State.Find(Account)!.Quota;
        var limit = quota.LimitUnits;
        quota.LimitUnits = quota.UsedUnits + 2;
        var run = await RunOnceAsync(app, runId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        quota.LimitUnits = limit;
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, runId);
    }

    /// <summary>
    /// Runs a pass in which the app's process dies during its <paramref name="calls"/>-th YouTube call (see
    /// <see cref="ProcessDeath"/>), and starts the app again on the same data. Returns the app to go on with (the same one
    /// if the pass ended before that call) and whether it died.
    /// </summary>
    public static async Task<(OrganizerApp App, bool Died)> KillDuringCallAsync(OrganizerApp app, long runId, int calls, YouTubeMethod? method = null)
    {
        app.Death.DieDuringCall(calls, method);
        var pass = app.Get<SyncEngine>().RunAsync(runId, CancellationToken.None);
        if (await Task.WhenAny(pass, app.Death.Died) == pass)
        {
            app.Death.Disarm();
            await pass;
            return (app, false);
        }
        return (await app.RestartAsync(), true);
    }

    /// <summary>The user adds a video to a playlist on YouTube's own site (the emulator's admin route): no quota, no
    /// faults. A video unknown to the catalogue needs a title. Returns the new item's id.</summary>
    public static async Task<string> UserAddsAsync(OrganizerApp app, string playlistId, string videoId, string? title = null)
    {
        using var http = new HttpClient { BaseAddress = app.YouTube.BaseUri };
        var answer = await http.PostAsJsonAsync($"_emulator/accounts/{Account}/playlists/{playlistId}/items", new { videoId, title });
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The user removes every item of a video from a playlist on YouTube's own site.</summary>
    public static async Task UserRemovesAsync(OrganizerApp app, string playlistId, string videoId)
    {
        using var http = new HttpClient { BaseAddress = app.YouTube.BaseUri };
        (await http.DeleteAsync($"_emulator/accounts/{Account}/playlists/{playlistId}/items?videoId={videoId}")).EnsureSuccessStatusCode();
    }

    /// <summary>Requests of one method the emulator received (charged or not).</summary>
    public static int Calls(OrganizerApp app, string method) =>
        app.YouTube.State.Find(Account)!.Calls.Snapshot().TryGetValue(method, out var count) ? count.Calls + count.NotCharged : 0;

    public static int EmulatorUnits(OrganizerApp app) => app.YouTube.State.Find(Account)!.Calls.TotalUnits;

    public static async Task<int> LedgerUnitsAsync(OrganizerApp app)
    {
        await using var db = app.Db();
        return await db.QuotaCharges.SumAsync(c => c.Units);
    }

    /// <summary>Units the run itself recorded: every journal row's charges plus the engine's own reads.</summary>
    public static async Task<int> JournalUnitsAsync(OrganizerApp app, long runId)
    {
        await using var db = app.Db();
        var writes = await db.SyncOperations.Where(o => o.RunId == runId).SumAsync(o => o.UnitsCharged);
        var reads = await db.SyncRuns.Where(r => r.Id == runId).Select(r => r.ReadUnits).SingleAsync();
        return writes + reads;
    }

    private static async Task<string> PerMethodAsync(OrganizerApp app)
    {
        await using var db = app.Db();
        var ledger = (await db.QuotaCharges.Select(c => new { c.Method, c.Units, c.ErrorReason }).ToListAsync())
            .GroupBy(c => (c.Method, c.ErrorReason)).Select(g => $"{g.Key.Method}/{g.Key.ErrorReason}: {g.Count()} calls {g.Sum(c => c.Units)} units");
        var emulator = app.YouTube.State.Find(Account)!.Calls.Snapshot().Select(kv => $"{kv.Key}: {kv.Value.Calls} charged {kv.Value.Units} units, {kv.Value.NotCharged} free");
        return $"Ledger (all time): {string.Join("; ", ledger)}. Emulator (all time): {string.Join("; ", emulator)}.";
    }

    /// <summary>
    /// Journal = app ledger = emulator, counted from the start of the sync. Returns the units spent.
    /// </summary>
    /// <param name="unitsOutsideTheSync">Units the test spent meanwhile on other things (e.g. a reconnect's channel lookup).</param>
    public static async Task<int> AssertUnitsAgreeAsync(OrganizerApp app, StartedSync sync, int unitsOutsideTheSync = 0)
    {
        var journal = await JournalUnitsAsync(app, sync.RunId);
        var ledger = await LedgerUnitsAsync(app) - sync.LedgerUnitsBefore;
        var emulator = EmulatorUnits(app) - sync.EmulatorUnitsBefore;
        if (emulator != ledger) Assert.Fail($"Emulator {emulator} vs ledger {ledger} units since the start. {await PerMethodAsync(app)}");
        Assert.Equal(emulator - unitsOutsideTheSync, journal);
        return journal;
    }

    /// <summary>
    /// YouTube, read back from the emulator, is exactly the target: one playlist per category holding exactly its
    /// expected videos once each, no other user playlists than <paramref name="keptOriginals"/> (unchanged), and system
    /// playlists as they were before the sync.
    /// </summary>
    public static void AssertYouTubeMatches(OrganizerApp app, StartedSync sync, IReadOnlyDictionary<string, IReadOnlyList<string>>? expectedVideos = null,
        params string[] keptOriginals)
    {
        var after = app.YouTube.State.Export(Account)!;
        var regular = after.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var categories = sync.Target.Categories.Where(c => expectedVideos is null || expectedVideos.ContainsKey(c.Key.Value)).ToList();
        // Exactly one playlist per category (created, or an original the quota-saver plan reused) and the kept originals.
        Assert.Equal(categories.Select(c => c.Title).Concat(keptOriginals).Order(StringComparer.Ordinal),
            regular.Select(p => p.Title).Order(StringComparer.Ordinal));
        foreach (var category in categories)
        {
            var playlist = Assert.Single(regular, p => p.Title == category.Title);
            var want = expectedVideos?[category.Key.Value] ?? category.VideoIds;
            Assert.Equal(want.Order(StringComparer.Ordinal), playlist.Items.Select(i => i.VideoId).Order(StringComparer.Ordinal));
            Assert.Equal(category.Description, playlist.Description);
            Assert.Equal(category.Privacy.ToWire(), playlist.PrivacyStatus);
            if (sync.Plan.Reuse.TryGetValue(category.Key, out var reused)) Assert.Equal(reused.Value, playlist.Id);
        }
        foreach (var title in keptOriginals)
        {
            var before = Assert.Single(sync.Before.Playlists, p => p.Title == title);
            Assert.Equal(before.Items.Select(i => i.Id), Assert.Single(regular, p => p.Id == before.Id && p.Title == title).Items.Select(i => i.Id));
        }
        foreach (var system in sync.Before.Playlists.Where(p => p.Kind != PlaylistKind.Regular))
        {
            var now = Assert.Single(after.Playlists, p => p.Id == system.Id);
            Assert.Equal(system.Items.Select(i => (i.Id, i.VideoId)), now.Items.Select(i => (i.Id, i.VideoId)));
        }
    }
}
