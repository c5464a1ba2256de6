using System.Diagnostics;
using System.Net;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Injected faults: each kind, charged like a real failure, scripted and seeded.</summary>
public sealed class FaultTests
{
    [Theory]
    [InlineData("ServerError", 500, "backendError")]
    [InlineData("ServiceUnavailable", 503, "backendError")]
    [InlineData("RateLimited", 429, "rateLimitExceeded")]
    [InlineData("Forbidden", 403, "forbidden")]
    public async Task Scripted_error_faults_fail_the_next_N_calls_change_nothing_and_are_charged(string kind, int status, string reason)
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetFaults(new { scripted = new[] { new { method = "playlistItems.insert", count = 2, fault = new { kind } } } });

        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo), status, reason);
        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo), status, reason);
        // Other methods are untouched by a fault scripted for one method.
        Assert.Equal(3, (await yt.AllItems(Snapshots.Music)).Count);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo)).StatusCode);
        Assert.Equal(4, (await yt.AllItems(Snapshots.Music)).Count);
        Assert.Equal(3 * 50 + 2, await yt.UsedUnits());
    }

    [Fact]
    public async Task Lost_response_commits_the_write_but_the_client_sees_503()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetFaults(new { scripted = new[] { new { method = "playlistItems.insert", count = 1, fault = new { kind = "LostResponse" } } } });

        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Empty, Snapshots.PublicVideo), 503, "backendError");

        var items = await yt.AllItems(Snapshots.Empty);
        Assert.Equal(Snapshots.PublicVideo, (string?)Assert.Single(items)["contentDetails"]!["videoId"]);
        // A blind retry now duplicates the item: exactly the hazard the sync engine must reconcile.
        await yt.InsertItem(Snapshots.Empty, Snapshots.PublicVideo);
        Assert.Equal(2, (await yt.AllItems(Snapshots.Empty)).Count);
    }

    [Fact]
    public async Task Lost_response_can_abort_the_connection_instead()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetFaults(new { scripted = new[] { new { method = "playlists.insert", count = 1, fault = new { kind = "LostResponse", abortConnection = true } } } });

        await Assert.ThrowsAsync<HttpRequestException>(() => yt.InsertPlaylist("committed anyway"));

        var listed = await yt.Json("youtube/v3/playlists?part=snippet&mine=true&maxResults=50");
        Assert.Contains(listed["items"]!.AsArray(), p => (string?)p!["snippet"]!["title"] == "committed anyway");
        Assert.Equal(51, await yt.UsedUnits());
    }

    [Fact]
    public async Task Latency_delays_and_then_answers_normally()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetFaults(new { scripted = new[] { new { method = "channels.list", count = 1, fault = new { kind = "Latency", latencyMs = 300 } } } });
        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 280, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Admin_expire_access_tokens_gives_401_while_refresh_still_works()
    {
        await using var yt = await TestEmulator.StartAsync();
        var pair = yt.Server.MintTokens("alice");
        yt.UseToken(pair.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await yt.Http.PostAsync("_emulator/accounts/alice/expire-access-tokens", null)).StatusCode);
        await TestEmulator.AssertError(await yt.Get("youtube/v3/channels?part=id&mine=true"), 401, "authError");

        var refreshed = await yt.Http.PostAsync("token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = pair.RefreshToken!,
        }));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Seeded_faults_are_reproducible_and_respect_the_method_filter()
    {
        async Task<List<int>> RunAsync()
        {
            await using var yt = await TestEmulator.StartAsync();
            await yt.SetFaults(new
            {
                seeded = new { seed = 42, rates = new Dictionary<string, double> { ["ServiceUnavailable"] = 0.3, ["ServerError"] = 0.2 }, methods = new[] { "channels.list" } },
            });
            var statuses = new List<int>();
            for (var i = 0; i < 40; i++) statuses.Add((int)(await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
            // Not in the filter: never faulted.
            for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/playlists?part=id&mine=true")).StatusCode);
            Assert.Equal(50, await yt.UsedUnits());
            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();
        Assert.Equal(first, second);
        Assert.Contains(503, first);
        Assert.Contains(500, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Delete_clears_the_plan()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetFaults(new { scripted = new[] { new { method = "*", count = 5, fault = new { kind = "ServerError" } } } });
        Assert.Equal(HttpStatusCode.NoContent, (await yt.Http.DeleteAsync("_emulator/faults")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
    }
}
