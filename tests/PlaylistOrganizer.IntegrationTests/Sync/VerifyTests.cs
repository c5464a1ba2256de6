using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.Quota;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class VerifyTests
{
    [Fact]
    public async Task Verify_reads_every_category_back_and_repairs_what_changed_on_youtube_before_anything_is_deleted()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var (run, quota) = await RunUntilVerifyAsync(app, sync);
        quota.LimitUnits = 10_000;

        // Meanwhile, on YouTube: a video is taken out of Cooking by hand, and Travel gets one of its videos twice.
        var account = app.YouTube.State.Find(Account)!;
        var cooking = account.Playlists.Single(p => p.Title == "Cooking");
        var travel = account.Playlists.Single(p => p.Title == "Travel");
        cooking.Items.RemoveAll(i => i.VideoId == Libraries.Id(2));
        travel.Items.Add(new PlaylistItemState("UExduplicateaddedbyhand000000000000000000", Libraries.Id(7), app.Time.GetUtcNow()));
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        var repairs = (await OperationsAsync(app, sync.RunId)).Where(o => o.Stage == SyncStage.Verify).ToList();
        Assert.Equal(2, repairs.Count);
        Assert.Contains(repairs, o => o.Kind == OperationKind.AddVideo && o.VideoId?.Value == Libraries.Id(2) && o.Status == OperationStatus.Succeeded);
        Assert.Contains(repairs, o => o.Kind == OperationKind.RemoveItem && o.VideoId?.Value == Libraries.Id(7) && o.Status == OperationStatus.Succeeded);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task After_its_repairs_verify_reads_the_playlist_again_and_removes_a_duplicate_they_made()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var (run, quota) = await RunUntilVerifyAsync(app, sync);
        quota.LimitUnits = 10_000;
        var cooking = app.YouTube.State.Find(Account)!.Playlists.Single(p => p.Title == "Cooking");
        cooking.Items.RemoveAll(i => i.VideoId == Libraries.Id(2));
        // The repair's insert is held at YouTube for two seconds; meanwhile the user puts the video back by hand.
        app.YouTube.Faults.Replace(new FaultPlanRequest([new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.Latency, LatencyMs: 2_000))], null));
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        var inserts = Calls(app, "playlistItems.insert");

        var pass = RunOnceAsync(app, sync.RunId);
        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (Calls(app, "playlistItems.insert") == inserts) await Task.Delay(5, limit.Token);
        }
        cooking.Items.Add(new PlaylistItemState("UExputbackbytheuser0000000000000000000000", Libraries.Id(2), app.Time.GetUtcNow()));
        await pass;
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync); // the video once
        var repairs = (await OperationsAsync(app, sync.RunId)).Where(o => o.Stage == SyncStage.Verify).ToList();
        Assert.Equal([(OperationKind.AddVideo, OperationStatus.Succeeded), (OperationKind.RemoveItem, OperationStatus.Succeeded)],
            repairs.OrderBy(r => r.Sequence).Select(r => (r.Kind, r.Status)));
        Assert.All(repairs, r => Assert.Equal(Libraries.Id(2), r.VideoId?.Value));
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Repairs_cut_off_by_the_quota_are_finished_after_the_reset_without_being_journalled_twice()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var (run, quota) = await RunUntilVerifyAsync(app, sync);
        var account = app.YouTube.State.Find(Account)!;
        account.Playlists.Single(p => p.Title == "Cooking").Items.RemoveAll(i => i.VideoId == Libraries.Id(2) || i.VideoId == Libraries.Id(3));

        // Next day YouTube allows every read but only one of the two repairs.
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        quota.LimitUnits = 4 + 50;
        await ResumeAsync(app, sync.RunId);
        run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.Verify), (run.Status, run.Stage));

        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        quota.LimitUnits = 10_000;
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        var repairs = (await OperationsAsync(app, sync.RunId)).Where(o => o.Stage == SyncStage.Verify).ToList();
        Assert.Equal([Libraries.Id(2), Libraries.Id(3)], repairs.Select(r => r.VideoId?.Value).Order());
        Assert.All(repairs, r => Assert.Equal(OperationStatus.Succeeded, r.Status));
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task A_video_gone_before_the_sync_is_found_by_the_preflight_and_never_sent()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix A", [1, 2, 3]), ("Mix B", [4, 5])), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, Category("Cooking", 1, 2, 3), Category("Travel", 4, 5));
        app.YouTube.State.Videos[Libraries.Id(3)] = Libraries.Video(Libraries.Id(3), VideoAvailability.Private);

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var skipped = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Skipped);
        Assert.Equal((OperationKind.AddVideo, Libraries.Id(3), 0), (skipped.Kind, skipped.VideoId?.Value, skipped.Attempts));
        Assert.Contains("preflight", skipped.Message);
        Assert.Equal(4, Calls(app, "playlistItems.insert"));
        AssertYouTubeMatches(app, sync, new Dictionary<string, IReadOnlyList<string>>
        {
            ["cooking"] = [Libraries.Id(1), Libraries.Id(2)],
            ["travel"] = [Libraries.Id(4), Libraries.Id(5)],
        });
        var spent = await AssertUnitsAgreeAsync(app, sync);
        Assert.Equal(sync.Plan.TotalUnits - 50, spent); // the one insert not sent; every read as planned
    }

    /// <summary>Runs the sync with YouTube's quota running out exactly when the add stage is done (2 preflight reads,
    /// 4 creates, 18 adds): it pauses for quota at verify. Returns the run and the account's quota, to change.</summary>
    private static async Task<(SyncRun Run, QuotaBook Quota)> RunUntilVerifyAsync(OrganizerApp app, StartedSync sync)
    {
        var quota = app.YouTube.State.Find(Account)!.Quota;
        quota.LimitUnits = quota.UsedUnits + 2 + 4 * 50 + 18 * 50;
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.Verify), (run.Status, run.Stage));
        return (run, quota);
    }
}
