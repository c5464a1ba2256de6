using System.Net;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>playlists.insert/update/delete refusals, with the reasons of docs/youtube-facts.md §2.2.</summary>
public sealed class PlaylistErrorTests
{
    [Fact]
    public async Task Insert_without_title_is_playlistTitleRequired()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Post("youtube/v3/playlists?part=snippet", new { snippet = new { description = "x" } }),
            400, "playlistTitleRequired", "youtube.playlist");
    }

    [Theory]
    [InlineData(151, "", "")]
    [InlineData(10, "<b>", "")]
    [InlineData(10, ">", "")]
    [InlineData(10, "\u2028", "")]
    [InlineData(10, "", "desc<")]
    [InlineData(10, "", "LONG")]
    public async Task Insert_with_a_bad_snippet_is_invalidPlaylistSnippet(int titleLength, string titleSuffix, string description)
    {
        await using var yt = await TestEmulator.StartAsync();
        var title = new string('t', titleLength) + titleSuffix;
        if (description == "LONG") description = new string('d', 5001);
        await TestEmulator.AssertError(await yt.InsertPlaylist(title, description), 400, "invalidPlaylistSnippet", "youtube.playlist");
    }

    [Fact]
    public async Task Title_of_exactly_150_and_description_of_5000_are_accepted()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.InsertPlaylist(new string('t', 150), new string('d', 5000));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_part_is_required()
    {
        await using var yt = await TestEmulator.StartAsync();
        var error = await TestEmulator.AssertError(await yt.Get("youtube/v3/playlists?mine=true"), 400, "required");
        Assert.Equal("part", (string?)error["location"]);
    }

    [Fact]
    public async Task Update_replaces_title_and_clears_an_omitted_description()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.Put("youtube/v3/playlists?part=snippet", new { id = Snapshots.Music, snippet = new { title = "Songs" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = await yt.Json($"youtube/v3/playlists?part=snippet,status&id={Snapshots.Music}");
        Assert.Equal("Songs", (string?)listed["items"]![0]!["snippet"]!["title"]);
        Assert.Equal("", (string?)listed["items"]![0]!["snippet"]!["description"]);
        Assert.Equal("private", (string?)listed["items"]![0]!["status"]!["privacyStatus"]);
    }

    [Fact]
    public async Task Update_errors()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Put("youtube/v3/playlists?part=snippet", new { id = Snapshots.Uploads, snippet = new { title = "x" } }),
            400, "playlistOperationUnsupported");
        await TestEmulator.AssertError(await yt.Put("youtube/v3/playlists?part=snippet", new { id = "PLnope", snippet = new { title = "x" } }),
            404, "playlistNotFound");
        await TestEmulator.AssertError(await yt.Put("youtube/v3/playlists?part=snippet", new { id = Snapshots.Music, snippet = new { description = "x" } }),
            400, "playlistTitleRequired");
    }

    [Fact]
    public async Task Delete_gives_204_then_the_playlist_is_gone()
    {
        await using var yt = await TestEmulator.StartAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await yt.Delete($"youtube/v3/playlists?id={Snapshots.Music}")).StatusCode);
        var listed = await yt.Json($"youtube/v3/playlists?part=id&id={Snapshots.Music}");
        Assert.Empty(listed["items"]!.AsArray());
        await TestEmulator.AssertError(await yt.Delete($"youtube/v3/playlists?id={Snapshots.Music}"), 404, "playlistNotFound");
    }

    [Theory]
    [InlineData(Snapshots.Likes)]
    [InlineData(Snapshots.Uploads)]
    public async Task System_playlists_cannot_be_deleted(string playlistId)
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Delete($"youtube/v3/playlists?id={playlistId}"), 400, "playlistOperationUnsupported");
    }

    [Fact]
    public async Task The_optional_playlist_create_cap_answers_429_rateLimitExceeded()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { PlaylistCreateCapPerDay = 2 });
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("a")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("b")).StatusCode);
        var error = await TestEmulator.AssertError(await yt.InsertPlaylist("c"), 429, "rateLimitExceeded", "global");
        Assert.StartsWith("You are creating too many playlists", (string?)error["message"]);
        Assert.Equal(150, await yt.UsedUnits());

        yt.Time.Advance(TimeSpan.FromDays(1));
        yt.UseToken(yt.Server.MintTokens(yt.Account.AccountId).AccessToken); // the old one expired an hour in
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("d")).StatusCode);
    }
}
