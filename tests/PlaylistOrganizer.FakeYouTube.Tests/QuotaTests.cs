using System.Net;
using System.Net.Http.Json;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Quota costs, charging on failures, the 403 when spent, and the reset at midnight America/Los_Angeles.</summary>
public sealed class QuotaTests
{
    [Fact]
    public async Task Lists_cost_one_writes_fifty_and_failures_are_charged_too()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.Json("youtube/v3/channels?part=id&mine=true");                                // 1
        await yt.Json("youtube/v3/playlists?part=id&mine=true");                               // 1
        await yt.Json($"youtube/v3/videos?part=id&id={Snapshots.PublicVideo}");                // 1
        await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);                           // 50
        await yt.InsertItem(Snapshots.Music, Snapshots.DeletedVideo);                          // 50, 404
        await yt.Get("youtube/v3/playlistItems?part=id");                                      // 1, 400
        await yt.Get("youtube/v3/playlists?mine=true");                                        // 1, 400 (no part)
        Assert.Equal(105, await yt.UsedUnits());

        var calls = await TestEmulator.Body(await yt.Get("_emulator/calls"));
        var account = calls["accounts"]!.AsArray().Single(a => (string?)a!["accountId"] == "alice")!;
        Assert.Equal(105, (int)account["totalUnits"]!);
        Assert.Equal(2, (int)account["methods"]!["playlistItems.insert"]!["calls"]!);
        Assert.Equal(100, (int)account["methods"]!["playlistItems.insert"]!["units"]!);
    }

    [Fact]
    public async Task When_spent_requests_get_403_quotaExceeded_and_are_not_charged_further()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = 120 });
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo)).StatusCode);
        var error = await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo), 403, "quotaExceeded", "youtube.quota");
        Assert.Contains("exceeded your", (string?)error["message"]);
        Assert.Equal(100, await yt.UsedUnits());

        // Reads still fit in the 20 units left, until they do not.
        for (var i = 0; i < 20; i++) Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
        await TestEmulator.AssertError(await yt.Get("youtube/v3/channels?part=id&mine=true"), 403, "quotaExceeded");
        Assert.Equal(120, await yt.UsedUnits());
        Assert.Equal(5, yt.Server.State.Export("alice")!.Playlists.Single(p => p.Id == Snapshots.Music).Items.Count); // the refused insert changed nothing
    }

    [Fact]
    public async Task The_pool_is_settable_through_the_admin_api()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetQuota(new { limitUnits = 500, usedUnits = 480 });
        await TestEmulator.AssertError(await yt.InsertPlaylist("x"), 403, "quotaExceeded");
        var quota = await yt.Quota();
        Assert.Equal(500, (int)quota["limitUnits"]!);
        Assert.Equal(20, (int)quota["remainingUnits"]!);
        Assert.True(quota.AsObject().ContainsKey("playlistCreateCapPerDay"));
        Assert.Null(quota["playlistCreateCapPerDay"]);
    }

    [Fact]
    public async Task Quota_resets_at_midnight_Pacific_not_UTC()
    {
        // 2026-01-13 23:59:59 PST = 2026-01-14 07:59:59 UTC.
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = 50, AccessTokenLifetimeSeconds = 86400 },
            start: new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));
        await yt.InsertPlaylist("a");
        Assert.Equal("2026-01-14T08:00:00+00:00", (string?)(await yt.Quota())["nextResetAt"]);

        yt.Time.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 59, 59, TimeSpan.Zero));
        await TestEmulator.AssertError(await yt.InsertPlaylist("b"), 403, "quotaExceeded");

        yt.Time.SetUtcNow(new DateTimeOffset(2026, 1, 14, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("c")).StatusCode);
        Assert.Equal("2026-01-14", (string?)(await yt.Quota())["quotaDay"]);
    }

    [Theory]
    // Spring forward: Sunday 2026-03-08 is 23 hours long; it starts 08:00 UTC (PST) and the next day starts 07:00 UTC (PDT).
    [InlineData("2026-03-08T12:00:00Z", "2026-03-09T07:00:00+00:00", "2026-03-09T06:59:59Z")]
    // Fall back: Sunday 2026-11-01 is 25 hours long; it starts 07:00 UTC (PDT) and the next day starts 08:00 UTC (PST).
    [InlineData("2026-11-01T12:00:00Z", "2026-11-02T08:00:00+00:00", "2026-11-02T07:59:59Z")]
    public async Task Reset_is_right_on_DST_change_days(string start, string expectedReset, string justBefore)
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = 50, AccessTokenLifetimeSeconds = 2 * 86400 },
            start: DateTimeOffset.Parse(start));
        await yt.InsertPlaylist("a");
        Assert.Equal(expectedReset, (string?)(await yt.Quota())["nextResetAt"]);

        yt.Time.SetUtcNow(DateTimeOffset.Parse(justBefore));
        await TestEmulator.AssertError(await yt.InsertPlaylist("b"), 403, "quotaExceeded");

        yt.Time.SetUtcNow(DateTimeOffset.Parse(expectedReset));
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("c")).StatusCode);
        Assert.Equal(50, await yt.UsedUnits());
    }

    [Fact]
    public async Task Admin_clock_can_jump_to_the_next_reset()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = 50, AccessTokenLifetimeSeconds = 86400 });
        await yt.InsertPlaylist("a");
        var clock = await TestEmulator.Body(await yt.Http.PostAsync("_emulator/clock/advance-to-next-reset", null));
        Assert.Equal("2026-01-14T08:00:00+00:00", (string?)clock["now"]);
        Assert.Equal(0, await yt.UsedUnits());
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("b")).StatusCode);

        var back = await yt.Http.PutAsJsonAsync("_emulator/clock", new { now = "2020-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
    }
}
