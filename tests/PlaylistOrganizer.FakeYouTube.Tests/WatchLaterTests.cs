using System.Net.Http.Json;
using System.Net;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Watch Later as the real API has it since 2016 (docs/youtube-facts.md §3): invisible and read-only, though the account holds entries.</summary>
public sealed class WatchLaterTests
{
    [Theory]
    [InlineData("WL")]
    [InlineData("HL")]
    public async Task Listing_the_placeholder_is_empty(string playlistId)
    {
        await using var yt = await TestEmulator.StartAsync();
        Assert.NotEmpty(yt.Account.WatchLater);
        var body = await yt.Json($"youtube/v3/playlistItems?part=snippet&playlistId={playlistId}&maxResults=50");
        Assert.Empty(body["items"]!.AsArray());
        Assert.Equal(0, (int)body["pageInfo"]!["totalResults"]!);
    }

    [Fact]
    public async Task Inserting_into_WL_is_refused_with_youtube_playlistItem_domain()
    {
        await using var yt = await TestEmulator.StartAsync();
        var error = await TestEmulator.AssertError(await yt.InsertItem("WL", Snapshots.PublicVideo), 400, "playlistOperationUnsupported", "youtube.playlistItem");
        Assert.Equal("playlistId", (string?)error["location"]);
    }

    [Fact]
    public async Task WL_cannot_be_deleted_and_still_holds_its_entries()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Delete("youtube/v3/playlists?id=WL"), 400, "playlistOperationUnsupported");
        var export = await yt.Http.GetFromJsonAsync<State.AccountSnapshot>($"_emulator/accounts/{yt.Account.AccountId}", TestEmulator.JsonOptions);
        Assert.Equal(2, export!.WatchLater.Count);
        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/playlists?part=id&id=WL")).StatusCode);
    }
}
