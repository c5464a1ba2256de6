using System.Net;
using System.Text.RegularExpressions;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Each list and insert answers with YouTube's kinds, etags, ids and parts.</summary>
public sealed partial class ResponseShapeTests
{
    [Fact]
    public async Task Channels_list_mine_gives_likes_and_uploads_but_no_watch_later()
    {
        await using var yt = await TestEmulator.StartAsync();
        var body = await yt.Json("youtube/v3/channels?part=snippet,contentDetails&mine=true");

        Assert.Equal("youtube#channelListResponse", (string?)body["kind"]);
        Assert.False(string.IsNullOrEmpty((string?)body["etag"]));
        var channel = body["items"]![0]!;
        Assert.Equal("youtube#channel", (string?)channel["kind"]);
        Assert.Equal(Snapshots.ChannelId, (string?)channel["id"]);
        Assert.Equal("Alice", (string?)channel["snippet"]!["title"]);
        var related = channel["contentDetails"]!["relatedPlaylists"]!.AsObject();
        Assert.Equal(Snapshots.Likes, (string?)related["likes"]);
        Assert.Equal(Snapshots.Uploads, (string?)related["uploads"]);
        Assert.False(related.ContainsKey("watchLater"));
    }

    [Fact]
    public async Task Playlists_list_mine_has_snippet_item_count_and_status_and_leaves_out_system_lists()
    {
        await using var yt = await TestEmulator.StartAsync();
        var body = await yt.Json("youtube/v3/playlists?part=snippet,contentDetails,status&mine=true&maxResults=50");

        Assert.Equal("youtube#playlistListResponse", (string?)body["kind"]);
        Assert.Equal(2, (int)body["pageInfo"]!["totalResults"]!);
        Assert.Equal(50, (int)body["pageInfo"]!["resultsPerPage"]!);
        var music = body["items"]!.AsArray().Single(p => (string?)p!["id"] == Snapshots.Music)!;
        Assert.Equal("youtube#playlist", (string?)music["kind"]);
        Assert.Equal("Music", (string?)music["snippet"]!["title"]);
        Assert.Equal("songs", (string?)music["snippet"]!["description"]);
        Assert.Equal(Snapshots.ChannelId, (string?)music["snippet"]!["channelId"]);
        Assert.Equal("2025-06-01T12:00:00Z", (string?)music["snippet"]!["publishedAt"]);
        Assert.Equal(3, (int)music["contentDetails"]!["itemCount"]!);
        Assert.Equal("private", (string?)music["status"]!["privacyStatus"]);
        Assert.DoesNotContain(body["items"]!.AsArray(), p => (string?)p!["id"] == Snapshots.Likes);
    }

    [Fact]
    public async Task Only_requested_parts_are_returned()
    {
        await using var yt = await TestEmulator.StartAsync();
        var body = await yt.Json($"youtube/v3/playlists?part=id&id={Snapshots.Music}");
        var item = body["items"]![0]!.AsObject();
        Assert.Equal(Snapshots.Music, (string?)item["id"]);
        Assert.False(item.ContainsKey("snippet"));
        Assert.False(item.ContainsKey("contentDetails"));
    }

    [Fact]
    public async Task PlaylistItems_list_has_position_resource_id_and_content_details()
    {
        await using var yt = await TestEmulator.StartAsync();
        var body = await yt.Json($"youtube/v3/playlistItems?part=snippet,contentDetails,status&playlistId={Snapshots.Music}");

        Assert.Equal("youtube#playlistItemListResponse", (string?)body["kind"]);
        var items = body["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        var second = items[1]!;
        Assert.Equal("youtube#playlistItem", (string?)second["kind"]);
        Assert.Equal("item-music-00001", (string?)second["id"]);
        Assert.Equal(1, (int)second["snippet"]!["position"]!);
        Assert.Equal(Snapshots.Music, (string?)second["snippet"]!["playlistId"]);
        Assert.Equal("youtube#video", (string?)second["snippet"]!["resourceId"]!["kind"]);
        Assert.Equal(Snapshots.VideoId(1), (string?)second["snippet"]!["resourceId"]!["videoId"]);
        Assert.Equal("2025-06-01T12:01:00Z", (string?)second["snippet"]!["publishedAt"]);
        Assert.Equal(Snapshots.VideoId(1), (string?)second["contentDetails"]!["videoId"]);
        Assert.Equal("2024-02-03T04:05:06Z", (string?)second["contentDetails"]!["videoPublishedAt"]);
        Assert.Equal("public", (string?)second["status"]!["privacyStatus"]);
    }

    [Fact]
    public async Task Videos_list_leaves_out_deleted_unknown_and_foreign_private_videos()
    {
        await using var yt = await TestEmulator.StartAsync();
        var ids = string.Join(',', Snapshots.PublicVideo, Snapshots.DeletedVideo, Snapshots.ForeignPrivateVideo, Snapshots.OwnPrivateVideo, "nosuchvideo");
        var body = await yt.Json($"youtube/v3/videos?part=snippet,contentDetails,status&id={ids}");

        Assert.Equal("youtube#videoListResponse", (string?)body["kind"]);
        var returned = body["items"]!.AsArray().Select(v => (string?)v!["id"]).ToList();
        Assert.Equal([Snapshots.PublicVideo, Snapshots.OwnPrivateVideo], returned);
        var video = body["items"]![0]!;
        Assert.Equal("youtube#video", (string?)video["kind"]);
        Assert.Equal("PT3M30S", (string?)video["contentDetails"]!["duration"]);
        Assert.Equal("Title of " + Snapshots.PublicVideo, (string?)video["snippet"]!["title"]);
        Assert.Equal("public", (string?)video["status"]!["privacyStatus"]);
    }

    [Fact]
    public async Task Playlists_insert_returns_a_public_PL_playlist_and_it_lists()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.InsertPlaylist("Jazz", "Late night");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await TestEmulator.Body(response);

        Assert.Equal("youtube#playlist", (string?)created["kind"]);
        Assert.Matches(PlaylistId(), (string)created["id"]!);
        Assert.Equal("Jazz", (string?)created["snippet"]!["title"]);
        Assert.Equal("public", (string?)created["status"]!["privacyStatus"]);
        Assert.Equal("2026-01-13T18:00:00Z", (string?)created["snippet"]!["publishedAt"]);
        var listed = await yt.Json($"youtube/v3/playlists?part=snippet&id={created["id"]}");
        Assert.Equal("Late night", (string?)listed["items"]![0]!["snippet"]!["description"]);
    }

    [Fact]
    public async Task PlaylistItems_insert_appends_and_returns_an_item_id_that_is_not_the_video_id()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await TestEmulator.Body(response);

        Assert.Equal("youtube#playlistItem", (string?)item["kind"]);
        var id = (string)item["id"]!;
        Assert.True(id.Length > 30, id);
        Assert.NotEqual(Snapshots.PublicVideo, id);
        Assert.Equal(3, (int)item["snippet"]!["position"]!);
        Assert.Equal(Snapshots.PublicVideo, (string?)item["contentDetails"]!["videoId"]);
    }

    [Fact]
    public async Task If_None_Match_with_the_current_etag_gives_304_and_is_still_charged()
    {
        await using var yt = await TestEmulator.StartAsync();
        var path = $"youtube/v3/playlistItems?part=snippet&playlistId={Snapshots.Music}";
        var etag = (string)(await yt.Json(path))["etag"]!;

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{etag}\"");
        var response = await yt.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(2, await yt.UsedUnits());

        await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", $"\"{etag}\"");
        Assert.Equal(HttpStatusCode.OK, (await yt.Http.SendAsync(again)).StatusCode);
    }

    [GeneratedRegex("^PL[A-Za-z0-9_-]{32}$")]
    private static partial Regex PlaylistId();
}
