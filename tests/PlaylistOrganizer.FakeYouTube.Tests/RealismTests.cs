using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>
/// Where the real service is less tidy than a database: repeated list parameters, the creation cap's 400 variant,
/// read lag, 409 bursts on rapid inserts, and the user changing playlists on YouTube's site mid-sync.
/// </summary>
public sealed class RealismTests
{
    [Fact]
    public async Task Repeated_part_parameters_are_read_like_a_comma_list_as_YouTube_does()
    {
        await using var yt = await TestEmulator.StartAsync();

        var repeated = await yt.Json($"youtube/v3/playlists?part=snippet&part=status&id={Snapshots.Music}");
        var mixed = await yt.Json($"youtube/v3/playlists?part=snippet,status&part=contentDetails&id={Snapshots.Music}");

        var playlist = repeated["items"]![0]!;
        Assert.Equal("Music", (string?)playlist["snippet"]!["title"]);
        Assert.Equal("private", (string?)playlist["status"]!["privacyStatus"]);
        Assert.Equal(3, (int)mixed["items"]![0]!["contentDetails"]!["itemCount"]!);
        Assert.NotNull(mixed["items"]![0]!["status"]);
    }

    [Fact]
    public async Task A_repeated_part_on_an_insert_and_repeated_ids_on_videos_list_work_too()
    {
        await using var yt = await TestEmulator.StartAsync();

        var created = await yt.Post("youtube/v3/playlists?part=snippet&part=status", new { snippet = new { title = "Both" }, status = new { privacyStatus = "unlisted" } });
        var videos = await yt.Json($"youtube/v3/videos?part=id&id={Snapshots.VideoId(1)}&id={Snapshots.VideoId(2)}");

        var body = await TestEmulator.Body(created);
        Assert.Equal("Both", (string?)body["snippet"]!["title"]);
        Assert.Equal("unlisted", (string?)body["status"]!["privacyStatus"]);
        Assert.Equal(2, videos["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_creation_cap_can_answer_the_400_variant_with_the_same_message_and_nothing_is_created()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { PlaylistCreateCapPerDay = 1, PlaylistCreateCapStatusCode = 400 });
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("a")).StatusCode);

        var error = await TestEmulator.AssertError(await yt.InsertPlaylist("b"), 400, "badRequest");

        Assert.StartsWith("You are creating too many playlists", (string?)error["message"]);
        Assert.DoesNotContain(yt.Server.State.Export("alice")!.Playlists, p => p.Title == "b");
    }

    [Fact]
    public async Task The_cap_and_its_status_are_settable_through_the_admin_api_and_a_bad_status_is_refused()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.SetQuota(new { playlistCreateCapPerDay = 1, playlistCreateCapStatusCode = 400 });
        var refused = await yt.Http.PutAsJsonAsync("_emulator/accounts/alice/quota", new { playlistCreateCapStatusCode = 418 });
        await yt.InsertPlaylist("a");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(400, (int)(await yt.Quota())["playlistCreateCapStatusCode"]!);
        await TestEmulator.AssertError(await yt.InsertPlaylist("b"), 400, "badRequest");
    }

    [Fact]
    public async Task With_read_lag_an_added_item_is_listed_only_once_the_lag_has_passed()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { ReadLagMs = 3000 });

        var inserted = await TestEmulator.Body(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo));
        var before = await yt.AllItems(Snapshots.Music);
        var byId = await yt.Json($"youtube/v3/playlistItems?part=id&id={(string?)inserted["id"]}");
        var count = await yt.Json($"youtube/v3/playlists?part=contentDetails&id={Snapshots.Music}");
        yt.Time.Advance(TimeSpan.FromSeconds(3));
        var after = await yt.AllItems(Snapshots.Music);

        Assert.Equal(3, before.Count);
        Assert.Empty(byId["items"]!.AsArray());
        Assert.Equal(3, (int)count["items"]![0]!["contentDetails"]!["itemCount"]!);
        Assert.Equal(4, after.Count);
        Assert.Equal(Snapshots.PublicVideo, VideoOf(after[3]));
        // The write itself was applied at once: the truth holds it.
        Assert.Equal(4, yt.Server.State.Export("alice")!.Playlists.Single(p => p.Id == Snapshots.Music).Items.Count);
    }

    [Fact]
    public async Task With_read_lag_a_removed_item_is_still_listed_in_its_place_until_the_lag_has_passed()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { ReadLagMs = 2000 });
        var middle = (string)(await yt.AllItems(Snapshots.Music))[1]["id"]!;

        Assert.Equal(HttpStatusCode.NoContent, (await yt.Delete($"youtube/v3/playlistItems?id={middle}")).StatusCode);
        var during = await yt.AllItems(Snapshots.Music);
        yt.Time.Advance(TimeSpan.FromSeconds(2));
        var after = await yt.AllItems(Snapshots.Music);

        Assert.Equal(middle, (string?)during[1]["id"]);
        Assert.Equal(3, during.Count);
        Assert.Equal(2, after.Count);
        Assert.DoesNotContain(after, i => (string?)i["id"] == middle);
        // A second delete of the same item sees the truth: it is gone.
        await TestEmulator.AssertError(await yt.Delete($"youtube/v3/playlistItems?id={middle}"), 404, "playlistItemNotFound");
    }

    [Fact]
    public async Task With_read_lag_a_new_playlist_is_missing_from_lists_but_takes_items_at_once()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { ReadLagMs = 5000 });
        var id = (string)(await TestEmulator.Body(await yt.InsertPlaylist("Fresh")))["id"]!;

        var mine = await yt.Json("youtube/v3/playlists?part=snippet&mine=true&maxResults=50");
        var insert = await yt.InsertItem(id, Snapshots.PublicVideo);
        yt.Time.Advance(TimeSpan.FromSeconds(5));
        var later = await yt.Json("youtube/v3/playlists?part=snippet&mine=true&maxResults=50");

        Assert.DoesNotContain(mine["items"]!.AsArray(), p => (string?)p!["id"] == id);
        Assert.Equal(HttpStatusCode.OK, insert.StatusCode);
        Assert.Contains(later["items"]!.AsArray(), p => (string?)p!["id"] == id);
    }

    [Fact]
    public async Task Without_read_lag_lists_show_a_write_at_once()
    {
        await using var yt = await TestEmulator.StartAsync();
        await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);
        Assert.Equal(4, (await yt.AllItems(Snapshots.Music)).Count);
    }

    [Fact]
    public async Task Rapid_inserts_into_one_playlist_get_409s_that_apply_nothing_and_are_charged()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { InsertConflictWindowMs = 1000 });

        var first = await yt.InsertItem(Snapshots.Music, Snapshots.VideoId(5));
        var bodies = new List<JsonNode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await yt.InsertItem(Snapshots.Music, Snapshots.VideoId(6));
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            bodies.Add((await TestEmulator.Body(response))["error"]!);
        }
        var otherPlaylist = await yt.InsertItem(Snapshots.Empty, Snapshots.VideoId(6));
        yt.Time.Advance(TimeSpan.FromSeconds(1));
        var spaced = await yt.InsertItem(Snapshots.Music, Snapshots.VideoId(6));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPlaylist.StatusCode);
        Assert.Equal(HttpStatusCode.OK, spaced.StatusCode);
        // Each of the three bodies sync tools retry on, in turn.
        Assert.Equal(("aborted", "ABORTED"), ((string)bodies[0]["errors"]![0]!["reason"]!, (string?)bodies[0]["status"]));
        Assert.Equal("SERVICE_UNAVAILABLE", (string?)bodies[1]["errors"]![0]!["reason"]);
        Assert.Equal("youtube.CoreErrorDomain", (string?)bodies[2]["errors"]![0]!["domain"]);
        Assert.All(bodies, b => Assert.Equal(409, (int)b["code"]!));
        Assert.Equal(5, (await yt.AllItems(Snapshots.Music)).Count); // 3 + first + spaced: the refused ones added nothing
        Assert.Equal(6 * 50 + 1, await yt.UsedUnits()); // six inserts charged 50 each, refused or not, and one list page
    }

    [Fact]
    public async Task A_conflict_rate_below_one_lets_some_rapid_inserts_through_reproducibly()
    {
        async Task<List<HttpStatusCode>> Run()
        {
            await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { InsertConflictWindowMs = 1000, InsertConflictRate = 0.5, IdSeed = 7 });
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 20; i++) statuses.Add((await yt.InsertItem(Snapshots.Music, Snapshots.VideoId(i % 10))).StatusCode);
            return statuses;
        }

        var first = await Run();
        var second = await Run();

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.Conflict, first);
        Assert.True(first.Count(s => s == HttpStatusCode.OK) > 1, string.Join(",", first));
    }

    [Fact]
    public async Task Behaviour_is_switchable_at_run_time_and_bad_values_are_refused()
    {
        await using var yt = await TestEmulator.StartAsync();
        var set = await yt.Http.PutAsJsonAsync("_emulator/behaviour", new { readLagMs = 1000, insertConflictWindowMs = 500 });
        var bad = await yt.Http.PutAsJsonAsync("_emulator/behaviour", new { insertConflictRate = 2.0 });
        await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);
        var rapid = await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo);
        var listed = (await yt.AllItems(Snapshots.Music)).Count;
        var off = await yt.Http.PutAsJsonAsync("_emulator/behaviour", new { readLagMs = 0, insertConflictWindowMs = 0 });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rapid.StatusCode);
        Assert.Equal(3, listed);
        var view = await TestEmulator.Body(off);
        Assert.Null(view["readLagMs"]);
        // What was written under lag still lags; what is written after is listed at once, and rapid inserts pass.
        Assert.Equal(3, (await yt.AllItems(Snapshots.Music)).Count);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo)).StatusCode);
        Assert.Equal(4, (await yt.AllItems(Snapshots.Music)).Count);
        yt.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await yt.AllItems(Snapshots.Music)).Count);
    }

    [Fact]
    public async Task The_user_adds_and_removes_videos_on_YouTube_without_quota_and_lists_show_it()
    {
        await using var yt = await TestEmulator.StartAsync();

        var added = await yt.Http.PostAsJsonAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items", new { videoId = "newVideo001", title = "Found later" });
        var known = await yt.Http.PostAsJsonAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items", new { videoId = Snapshots.VideoId(0) });
        var removed = await yt.Http.DeleteAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items?videoId={Snapshots.VideoId(0)}");
        var items = await yt.AllItems(Snapshots.Music);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, known.StatusCode);
        Assert.Equal(2, (int)(await TestEmulator.Body(removed))["removed"]!); // the original item and the one just added
        Assert.Equal([Snapshots.VideoId(1), Snapshots.VideoId(2), "newVideo001"], items.Select(VideoOf));
        Assert.Equal("Found later", (string?)(await yt.Json("youtube/v3/videos?part=snippet&id=newVideo001"))["items"]![0]!["snippet"]!["title"]);
        Assert.Equal(2, await yt.UsedUnits()); // only the two API reads above
    }

    [Fact]
    public async Task User_edits_that_make_no_sense_are_refused_with_a_reason_and_change_nothing()
    {
        await using var yt = await TestEmulator.StartAsync();

        var unknownVideo = await yt.Http.PostAsJsonAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items", new { videoId = "nobody00001" });
        var unknownPlaylist = await yt.Http.PostAsJsonAsync("_emulator/accounts/alice/playlists/PLnothing/items", new { videoId = Snapshots.VideoId(1) });
        var system = await yt.Http.PostAsJsonAsync($"_emulator/accounts/alice/playlists/{Snapshots.Likes}/items", new { videoId = Snapshots.VideoId(1) });
        var notThere = await yt.Http.DeleteAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items?videoId={Snapshots.VideoId(9)}");

        Assert.Equal(HttpStatusCode.NotFound, unknownVideo.StatusCode);
        Assert.Contains("nobody00001", await unknownVideo.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownPlaylist.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, system.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notThere.StatusCode);
        Assert.Equal(3, (await yt.AllItems(Snapshots.Music)).Count);
    }

    [Fact]
    public async Task User_edits_lag_like_any_write()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { ReadLagMs = 1000 });
        await yt.Http.PostAsJsonAsync($"_emulator/accounts/alice/playlists/{Snapshots.Music}/items", new { videoId = Snapshots.PublicVideo });

        var during = await yt.AllItems(Snapshots.Music);
        yt.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(3, during.Count);
        Assert.Equal(4, (await yt.AllItems(Snapshots.Music)).Count);
    }

    private static string VideoOf(JsonNode item) => (string)item["contentDetails"]!["videoId"]!;
}
