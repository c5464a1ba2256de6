using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class PauseTests
{
    [Fact]
    public async Task Revoked_access_mid_sync_waits_for_a_reconnect_then_resumes_and_completes()
    {
        // 500 units a day: day one ends part-way through adding videos.
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings(600, 100));
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.AddVideos), (run.Status, run.Stage));

        app.YouTube.Tokens.RevokeAll(Account);
        app.YouTube.Tokens.ExpireAccessTokens(Account);
        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        run = await RunOnceAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.NeedsReconnect, run.Status);
        Assert.Contains("Reconnect", run.StatusDetail);
        Assert.True((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).NeedsReconnect);
        Assert.DoesNotContain(await OperationsAsync(app, sync.RunId), o => o.Status is OperationStatus.Failed or OperationStatus.InFlight);

        var beforeReconnect = EmulatorUnits(app);
        await app.ConnectAsync(Account);
        var reconnectUnits = EmulatorUnits(app) - beforeReconnect; // the app looks up the channel it is connected to
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync, reconnectUnits);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(400)] // the variant with the same message: still the cap, not a permanent refusal
    public async Task The_daily_playlist_creation_limit_pauses_creation_until_the_reset_instead_of_failing(int refusalStatus)
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(),
            new FakeYouTubeOptions { PlaylistCreateCapPerDay = 3, PlaylistCreateCapStatusCode = refusalStatus }, Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);

        var run = await RunOnceAsync(app, sync.RunId);

        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        Assert.Equal(QuotaClock.NextResetAfter(app.Time.GetUtcNow()), run.ResumesAt);
        Assert.Contains("playlists", run.StatusDetail);
        Assert.Equal(4, Calls(app, "playlists.insert")); // three created, one refused: no second try the same day
        Assert.DoesNotContain(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.Failed);

        // Resuming before the reset does not knock again: YouTube already said no for today (docs/youtube-facts.md §1.5).
        await ResumeAsync(app, sync.RunId);
        run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, SyncStage.CreatePlaylists), (run.Status, run.Stage));
        Assert.Equal(4, Calls(app, "playlists.insert"));

        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.Equal(5, Calls(app, "playlists.insert"));
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task Resume_before_the_reset_is_refused_with_when_it_can_go_on_and_changes_nothing()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings(600, 100));
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.PausedForQuota, run.Status);
        var detail = run.StatusDetail;

        var early = await app.Get<SyncCommands>().ResumeAsync(sync.RunId, CancellationToken.None);

        Assert.False(early.Succeeded);
        Assert.Contains("still spent", early.Refusal);
        Assert.Contains($"({Timestamps.Format(run.ResumesAt!.Value, TimeZoneInfo.Utc)}, in ", early.Refusal);
        run = await RunOnceAsync(app, sync.RunId);
        Assert.Equal((SyncRunStatus.PausedForQuota, detail), (run.Status, run.StatusDetail));

        app.Time.Advance(run.ResumesAt!.Value - app.Time.GetUtcNow() + TimeSpan.FromMinutes(1));
        await ResumeAsync(app, sync.RunId);
        (run, _) = await DriveAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, run.Status);
    }
}
