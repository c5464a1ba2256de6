using System.Net;
using System.Net.Http.Json;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Loading and exporting accounts through /_emulator, as the demo generator and scripts do.</summary>
public sealed class AdminTests
{
    [Fact]
    public async Task A_snapshot_loaded_over_http_exports_with_the_api_changes_applied()
    {
        await using var yt = await TestEmulator.StartAsync();
        var put = await yt.Http.PutAsJsonAsync("_emulator/accounts/carol", Snapshots.Library(accountId: "carol"), TestEmulator.JsonOptions);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var accounts = await TestEmulator.Body(await yt.Get("_emulator/accounts"));
        Assert.Equal(["alice", "carol"], accounts.AsArray().Select(a => (string?)a!["accountId"]));

        await yt.InsertItem(Snapshots.Empty, Snapshots.PublicVideo);
        var raw = await yt.Http.GetStringAsync("_emulator/accounts/alice");
        Assert.Contains("\"kind\":\"Likes\"", raw);
        var export = System.Text.Json.JsonSerializer.Deserialize<AccountSnapshot>(raw, TestEmulator.JsonOptions)!;
        Assert.Equal(Snapshots.PublicVideo, Assert.Single(export.Playlists.Single(p => p.Id == Snapshots.Empty).Items).VideoId);
        Assert.Equal(2, export.WatchLater.Count);
        Assert.Contains(export.Videos, v => v.Id == Snapshots.PublicVideo);
    }

    [Fact]
    public async Task Mismatched_account_id_and_unknown_account_are_refused()
    {
        await using var yt = await TestEmulator.StartAsync();
        var put = await yt.Http.PutAsJsonAsync("_emulator/accounts/dave", Snapshots.Library(accountId: "carol"), TestEmulator.JsonOptions);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yt.Get("_emulator/accounts/nobody")).StatusCode);
    }

    [Fact]
    public async Task Tokens_minted_over_http_work_against_the_api()
    {
        await using var yt = await TestEmulator.StartAsync();
        var minted = await TestEmulator.Body(await yt.Http.PostAsync("_emulator/accounts/alice/tokens", null));
        Assert.Equal("Bearer", (string?)minted["token_type"]);
        yt.UseToken((string)minted["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("minted")).StatusCode);
    }
}
