using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

public sealed class PagingTests
{
    [Fact]
    public async Task A_multi_page_playlist_pages_through_to_the_end_with_right_totals_and_one_unit_per_page()
    {
        await using var yt = await TestEmulator.StartAsync(account: Snapshots.Library(musicItems: 123));

        var first = await yt.Json($"youtube/v3/playlistItems?part=snippet&maxResults=50&playlistId={Snapshots.Music}");
        Assert.Equal(123, (int)first["pageInfo"]!["totalResults"]!);
        Assert.Equal(50, (int)first["pageInfo"]!["resultsPerPage"]!);
        Assert.Null(first["prevPageToken"]);

        var all = await yt.AllItems(Snapshots.Music);
        Assert.Equal(123, all.Count);
        Assert.Equal(Enumerable.Range(0, 123), all.Select(i => (int)i["snippet"]!["position"]!));
        Assert.Equal(123, all.Select(i => (string?)i["id"]).Distinct().Count());
        Assert.Equal(1 + 3, await yt.UsedUnits());
    }

    [Fact]
    public async Task Default_page_size_is_five_and_the_second_page_links_back()
    {
        await using var yt = await TestEmulator.StartAsync(account: Snapshots.Library(musicItems: 7));
        var first = await yt.Json($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Music}");
        Assert.Equal(5, first["items"]!.AsArray().Count);
        var second = await yt.Json($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Music}&pageToken={first["nextPageToken"]}");
        Assert.Equal(2, second["items"]!.AsArray().Count);
        Assert.Null(second["nextPageToken"]);
        Assert.NotNull(second["prevPageToken"]);
    }

    [Fact]
    public async Task Playlists_list_pages_too()
    {
        await using var yt = await TestEmulator.StartAsync();
        for (var i = 0; i < 4; i++) await yt.InsertPlaylist($"P{i}");
        var first = await yt.Json("youtube/v3/playlists?part=snippet&mine=true&maxResults=4");
        Assert.Equal(6, (int)first["pageInfo"]!["totalResults"]!);
        var second = await yt.Json($"youtube/v3/playlists?part=snippet&mine=true&maxResults=4&pageToken={first["nextPageToken"]}");
        Assert.Equal(2, second["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task MaxResults_outside_0_to_50_is_refused(string maxResults)
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.Get($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Music}&maxResults={maxResults}");
        var error = await TestEmulator.AssertError(response, 400, "invalidParameter", "youtube.parameter");
        Assert.Equal("maxResults", (string?)error["location"]);
    }

    [Fact]
    public async Task A_garbage_page_token_is_refused()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.Get($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Music}&pageToken=!!nope");
        await TestEmulator.AssertError(response, 400, "invalidPageToken");
    }
}
