using System.Net;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>playlistItems behaviour a sync engine depends on: duplicates, ids, refusals, the 5,000 cap.</summary>
public sealed class PlaylistItemTests
{
    [Fact]
    public async Task Inserting_the_same_video_twice_creates_two_items()
    {
        await using var yt = await TestEmulator.StartAsync();
        var first = await TestEmulator.Body(await yt.InsertItem(Snapshots.Empty, Snapshots.PublicVideo));
        var second = await TestEmulator.Body(await yt.InsertItem(Snapshots.Empty, Snapshots.PublicVideo));
        Assert.NotEqual((string?)first["id"], (string?)second["id"]);

        var filtered = await yt.Json($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Empty}&videoId={Snapshots.PublicVideo}");
        Assert.Equal(2, (int)filtered["pageInfo"]!["totalResults"]!);
    }

    [Fact]
    public async Task Delete_takes_the_item_id_and_removes_only_that_item()
    {
        await using var yt = await TestEmulator.StartAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await yt.Delete("youtube/v3/playlistItems?id=item-music-00001")).StatusCode);
        var remaining = await yt.AllItems(Snapshots.Music);
        Assert.Equal(["item-music-00000", "item-music-00002"], remaining.Select(i => (string?)i["id"]));
        Assert.Equal([0, 1], remaining.Select(i => (int)i["snippet"]!["position"]!));

        // A video id is not an item id.
        await TestEmulator.AssertError(await yt.Delete($"youtube/v3/playlistItems?id={Snapshots.VideoId(0)}"), 404, "playlistItemNotFound", "youtube.playlistItem");
    }

    [Fact]
    public async Task Items_of_system_playlists_cannot_be_deleted()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Delete("youtube/v3/playlistItems?id=item-like-1"), 400, "playlistOperationUnsupported");
    }

    [Fact]
    public async Task List_errors()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.Get("youtube/v3/playlistItems?part=id"), 400, "playlistIdRequired", "youtube.playlistItem");
        await TestEmulator.AssertError(await yt.Get("youtube/v3/playlistItems?part=id&playlistId=PLnope"), 404, "playlistNotFound");
        await TestEmulator.AssertError(await yt.Get($"youtube/v3/playlistItems?part=id&playlistId={Snapshots.Music}&videoId=nosuchvideo"), 404, "videoNotFound");
        await TestEmulator.AssertError(await yt.Get($"youtube/v3/playlistItems?part=bogus&playlistId={Snapshots.Music}"), 400, "unknownPart", "youtube.part");
        await TestEmulator.AssertError(await yt.Get("youtube/v3/playlists?part=id"), 400, "missingRequiredParameter");
        Assert.Equal(5, await yt.UsedUnits());
    }

    [Fact]
    public async Task Items_of_deleted_videos_stay_in_the_playlist_as_placeholders()
    {
        var account = Snapshots.Library();
        account.Playlists[0].Items.Add(new PlaylistItemSnapshot { Id = "item-gone", VideoId = Snapshots.DeletedVideo });
        await using var yt = await TestEmulator.StartAsync(account: account);
        var gone = (await yt.AllItems(Snapshots.Music)).Single(i => (string?)i["id"] == "item-gone");
        Assert.Equal("Deleted video", (string?)gone["snippet"]!["title"]);
        Assert.Null(gone["contentDetails"]!["videoPublishedAt"]);
        Assert.Equal(Snapshots.DeletedVideo, (string?)gone["contentDetails"]!["videoId"]);
    }

    [Theory]
    [InlineData(Snapshots.Likes)]
    [InlineData(Snapshots.Uploads)]
    public async Task Insert_into_system_playlists_is_playlistOperationUnsupported(string playlistId)
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.InsertItem(playlistId, Snapshots.PublicVideo), 400, "playlistOperationUnsupported");
    }

    [Fact]
    public async Task Insert_errors_for_videos_and_playlists()
    {
        await using var yt = await TestEmulator.StartAsync();
        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.DeletedVideo), 404, "videoNotFound");
        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, "nosuchvideo"), 404, "videoNotFound");
        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.ForeignPrivateVideo), 400, "failedPrecondition", "global");
        await TestEmulator.AssertError(await yt.InsertItem("PLnope", Snapshots.PublicVideo), 404, "playlistNotFound");
        await TestEmulator.AssertError(await yt.Post("youtube/v3/playlistItems?part=snippet", new { snippet = new { resourceId = new { kind = "youtube#video", videoId = Snapshots.PublicVideo } } }),
            400, "playlistIdRequired");
        // The channel's own private video is fine.
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.OwnPrivateVideo)).StatusCode);
        Assert.Equal(6 * 50, await yt.UsedUnits());
    }

    [Fact]
    public async Task The_5001st_item_is_refused_with_playlistContainsMaximumNumberOfVideos()
    {
        await using var yt = await TestEmulator.StartAsync(account: Snapshots.Library(musicItems: 5000));
        var error = await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo), 403, "playlistContainsMaximumNumberOfVideos", "youtube.playlistItem");
        Assert.NotNull(error);
        var playlist = await yt.Json($"youtube/v3/playlists?part=contentDetails&id={Snapshots.Music}");
        Assert.Equal(5000, (int)playlist["items"]![0]!["contentDetails"]!["itemCount"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await yt.Delete("youtube/v3/playlistItems?id=item-music-00000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo)).StatusCode);
    }
}
