using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Quota;

/// <summary>The app's ledger must agree with what YouTube (the emulator) counted, call for call, faults included, and
/// must put each charge on the Pacific day it was sent in.</summary>
public class LedgerTests
{
    [Fact]
    public async Task After_an_import_and_writes_under_faults_the_ledger_equals_the_emulators_count()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        var youTube = app.Get<IYouTubeGateway>();
        var ct = CancellationToken.None;

        // Reads: a seeded mix of 500s, 503s, 429s and answers lost after the work was done.
        app.YouTube.Faults.Replace(new FaultPlanRequest(null, new SeededFaults(20261124, new()
        {
            [FaultKind.ServerError] = 0.06, [FaultKind.ServiceUnavailable] = 0.06, [FaultKind.RateLimited] = 0.04,
            [FaultKind.LostResponse] = 0.06,
        })));
        var import = await app.ImportYouTubeAsync();
        Assert.True(import.Completed, import.Run?.Problem);
        var faulted = await CountFaultedChargesAsync(app);
        Assert.True(faulted >= 3, $"Only {faulted} faulted calls: the seed no longer exercises the faults.");

        // Writes: scripted faults, then refusals that YouTube does not charge (spent day, revoked sign-in).
        app.YouTube.Faults.Replace(new FaultPlanRequest(
        [
            new ScriptedFault("playlists.insert", 1, new Fault(FaultKind.ServerError)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.LostResponse, AbortConnection: true)),
            new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.ServiceUnavailable)),
            new ScriptedFault("playlistItems.delete", 1, new Fault(FaultKind.LostResponse)),
        ], null));
        Assert.Equal(YouTubeErrorKind.Transient, (await youTube.InsertPlaylistAsync(new PlaylistDraft("Jazz", "", Privacy.Private), ct)).Error?.Kind);
        var created = (await youTube.InsertPlaylistAsync(new PlaylistDraft("Jazz", "", Privacy.Private), ct)).Value;
        var video = new VideoId(demo.Account.Videos.First(v => v.Availability == VideoAvailability.Public).Id);
        Assert.Equal(YouTubeErrorKind.Transient, (await youTube.InsertPlaylistItemAsync(created.Id, video, ct)).Error?.Kind);
        Assert.Equal(YouTubeErrorKind.Transient, (await youTube.InsertPlaylistItemAsync(created.Id, video, ct)).Error?.Kind);
        var item = (await youTube.InsertPlaylistItemAsync(created.Id, video, ct)).Value;
        Assert.Equal(YouTubeErrorKind.Transient, (await youTube.DeletePlaylistItemAsync(item.Id, ct)).Error?.Kind);
        Assert.Equal(YouTubeErrorKind.Invalid, (await youTube.InsertPlaylistAsync(new PlaylistDraft("a < b", "", Privacy.Private), ct)).Error?.Kind);
        Assert.Equal(YouTubeErrorKind.Forbidden, (await youTube.InsertPlaylistItemAsync(new PlaylistId("WL"), video, ct)).Error?.Kind);
        var quota = app.YouTube.State.Find("demo")!.Quota;
        quota.LimitUnits = quota.UsedUnits + 10;
        Assert.Equal(YouTubeErrorKind.QuotaExceeded, (await youTube.InsertPlaylistItemAsync(created.Id, video, ct)).Error?.Kind);
        Assert.True((await youTube.ListPlaylistItemsAsync(created.Id, null, ct)).IsSuccess); // a read still fits
        app.YouTube.Tokens.RevokeAll("demo");
        app.YouTube.Tokens.ExpireAccessTokens("demo");
        Assert.Equal(YouTubeErrorKind.AuthRevoked, (await youTube.GetMyChannelAsync(ct)).Error?.Kind);

        var (ledger, emulator) = await LedgerCounts.CompareAsync(app);
        Assert.Equal(emulator, ledger);
        Assert.Equal(app.EmulatorUnits(), await app.LedgerUnitsAsync());
        var today = await app.Get<QuotaLedger>().GetStatusAsync(ct);
        Assert.True(today.SpentByYouTube);
    }

    [Fact]
    public async Task A_request_the_caller_cancels_after_it_was_sent_runs_to_its_answer_and_is_charged_once()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        app.YouTube.Faults.Replace(new FaultPlanRequest(
            [new ScriptedFault("playlists.list", 1, new Fault(FaultKind.Latency, LatencyMs: 300))], null));
        var calls = app.YouTube.State.Find("demo")!.Calls;
        var received = calls.Snapshot().GetValueOrDefault("playlists.list")?.Calls ?? 0;
        using var cancel = new CancellationTokenSource();

        var call = app.Get<IYouTubeGateway>().ListMyPlaylistsAsync(null, cancel.Token);
        while ((calls.Snapshot().GetValueOrDefault("playlists.list")?.Calls ?? 0) == received) await Task.Delay(10);
        await cancel.CancelAsync(); // YouTube has the request; the answer is still on its way

        Assert.True((await call).IsSuccess); // cut off now, nobody could say what it did: it runs to its answer
        Assert.Equal(app.EmulatorUnits(), await app.LedgerUnitsAsync());
        await using var db = app.Db();
        Assert.False(await db.QuotaCharges.AnyAsync(c => c.AwaitingAnswer));
    }

    [Fact]
    public async Task A_request_cancelled_before_it_was_sent_is_neither_sent_nor_charged()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        var before = (app.EmulatorUnits(), await app.LedgerUnitsAsync());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.Get<IYouTubeGateway>().ListMyPlaylistsAsync(null, new CancellationToken(canceled: true)));

        Assert.Equal(before, (app.EmulatorUnits(), await app.LedgerUnitsAsync()));
    }

    [Fact]
    public async Task Charges_before_and_after_Pacific_midnight_land_on_different_days()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        await AssertMidnightSplitsChargesAsync(app);
    }

    [Fact]
    public async Task On_the_spring_DST_day_the_day_ends_at_midnight_daylight_time()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        // Sunday 2027-03-14 has 23 hours in Los Angeles: it ends at 07:00 UTC, not 08:00 as a fixed UTC−8 would say.
        app.Time.Advance(DateTimeOffset.Parse("2027-03-14T20:00:00Z") - app.Time.GetUtcNow());
        Assert.Equal(DateTimeOffset.Parse("2027-03-15T07:00:00Z"), app.Get<QuotaClock>().NextReset);

        await AssertMidnightSplitsChargesAsync(app);
    }

    private static async Task AssertMidnightSplitsChargesAsync(OrganizerApp app)
    {
        var ledger = app.Get<QuotaLedger>();
        var youTube = app.Get<IYouTubeGateway>();
        var ct = CancellationToken.None;
        var midnight = app.Get<QuotaClock>().NextReset;
        app.Time.Advance(midnight - TimeSpan.FromSeconds(30) - app.Time.GetUtcNow());
        var usedBefore = (await ledger.GetStatusAsync(ct)).UsedUnits;

        Assert.True((await youTube.ListMyPlaylistsAsync(null, ct)).IsSuccess);
        Assert.True((await youTube.InsertPlaylistAsync(new PlaylistDraft("Late night", "", Privacy.Private), ct)).IsSuccess);
        var lateEvening = await ledger.GetStatusAsync(ct);
        Assert.Equal(usedBefore + 51, lateEvening.UsedUnits);
        Assert.Equal(TimeSpan.FromSeconds(30), lateEvening.UntilNextReset);

        app.Time.Advance(TimeSpan.FromSeconds(31));
        var justAfter = await ledger.GetStatusAsync(ct);
        Assert.Equal(0, justAfter.UsedUnits);
        Assert.Equal(lateEvening.Day.Date.AddDays(1), justAfter.Day.Date);
        Assert.InRange(justAfter.UntilNextReset, TimeSpan.FromHours(22), TimeSpan.FromHours(25)); // 23, 24 or 25 hours a day

        Assert.True((await youTube.ListMyPlaylistsAsync(null, ct)).IsSuccess);
        var afterMidnight = await ledger.GetStatusAsync(ct);
        Assert.Equal(1, afterMidnight.UsedUnits);
        Assert.Equal(1, app.YouTube.State.Find("demo")!.Quota.UsedUnits); // YouTube's day rolled at the same instant
        var history = await ledger.GetHistoryAsync(2, ct);
        Assert.Equal([(justAfter.Day, 1), (lateEvening.Day, usedBefore + 51)], history);
    }

    private static async Task<int> CountFaultedChargesAsync(OrganizerApp app)
    {
        await using var db = app.Db();
        return await db.QuotaCharges.CountAsync(c => c.ErrorKind != null);
    }
}
