using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.YouTube.Tests.TestServer;

namespace PlaylistOrganizer.YouTube.Tests;

/// <summary>The gateway against a stub server over real HTTP: request shapes, response mapping, one request per call.</summary>
public sealed class GoogleYouTubeGatewayTests : IAsyncLifetime
{
    private const string Playlists = "/youtube/v3/playlists";
    private const string PlaylistItems = "/youtube/v3/playlistItems";
    private const string Videos = "/youtube/v3/videos";
    private const string Channels = "/youtube/v3/channels";

    private StubGoogleServer server = null!;
    private GoogleYouTubeGateway gateway = null!;

    public async Task InitializeAsync()
    {
        server = await StubGoogleServer.StartAsync();
        gateway = CreateGateway(TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private GoogleYouTubeGateway CreateGateway(TimeSpan timeout) =>
        GoogleYouTubeGateway.Create(new YouTubeClientOptions { BaseUri = server.YouTubeBaseUri, RequestTimeout = timeout }, credential: null);

    [Fact]
    public async Task Lists_my_playlists_fifty_per_page_and_maps_them()
    {
        server.OnJson("GET", Playlists, 200, new
        {
            kind = "youtube#playlistListResponse",
            etag = "list-etag",
            nextPageToken = "PAGE2",
            pageInfo = new { totalResults = 87, resultsPerPage = 50 },
            items = new[]
            {
                new
                {
                    kind = "youtube#playlist", etag = "pl-etag", id = "PLabc",
                    snippet = new { publishedAt = "2024-03-01T10:00:00Z", title = "Jazz", description = "Late night" },
                    status = new { privacyStatus = "private" },
                    contentDetails = new { itemCount = 42 },
                },
            },
        });

        var result = await gateway.ListMyPlaylistsAsync("PAGE1", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("true", request.QueryValue("mine"));
        Assert.Equal("50", request.QueryValue("maxResults"));
        Assert.Equal("PAGE1", request.QueryValue("pageToken"));
        Assert.Equal("snippet,status,contentDetails", request.QueryValue("part"));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var page = result.Value;
        Assert.Equal("PAGE2", page.NextPageToken);
        Assert.Equal(87, page.TotalResults);
        var playlist = Assert.Single(page.Items);
        Assert.Equal(new PlaylistInfo(new PlaylistId("PLabc"), "Jazz", "Late night", "private", 42,
            new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), "pl-etag"), playlist);
    }

    [Fact]
    public async Task The_first_page_sends_no_page_token_and_the_last_page_has_none()
    {
        server.OnJson("GET", Playlists, 200, new { items = Array.Empty<object>() });

        var result = await gateway.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Null(Assert.Single(server.Requests).QueryValue("pageToken"));
        Assert.Null(result.Value.NextPageToken);
        Assert.Empty(result.Value.Items);
    }

    [Fact]
    public async Task Gets_playlists_by_id_in_one_request()
    {
        server.OnJson("GET", Playlists, 200, new { items = new[] { new { id = "PL1", snippet = new { title = "One" } } } });

        var result = await gateway.GetPlaylistsAsync([new PlaylistId("PL1"), new PlaylistId("PLgone")], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PL1,PLgone", request.QueryValue("id"));
        Assert.Null(request.QueryValue("mine"));
        Assert.Equal("50", request.QueryValue("maxResults"));
        Assert.Equal("PL1", Assert.Single(result.Value).Id.Value); // a missing playlist is simply absent
    }

    [Fact]
    public async Task Lists_playlist_items_fifty_per_page()
    {
        server.OnJson("GET", PlaylistItems, 200, new
        {
            nextPageToken = "N",
            pageInfo = new { totalResults = 120 },
            items = new[]
            {
                new
                {
                    id = "ITEM1",
                    snippet = new
                    {
                        playlistId = "PLabc", position = 7, publishedAt = "2025-01-02T03:04:05Z", title = "Song",
                        resourceId = new { kind = "youtube#video", videoId = "dQw4w9WgXcQ" },
                    },
                },
            },
        });

        var result = await gateway.ListPlaylistItemsAsync(new PlaylistId("PLabc"), "P", CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PLabc", request.QueryValue("playlistId"));
        Assert.Equal("50", request.QueryValue("maxResults"));
        Assert.Equal("P", request.QueryValue("pageToken"));
        Assert.Equal("snippet", request.QueryValue("part"));
        Assert.Null(request.QueryValue("videoId"));
        Assert.Equal(new PlaylistItemInfo(new PlaylistItemId("ITEM1"), new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), 7,
            new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), "Song"), Assert.Single(result.Value.Items));
        Assert.Equal(120, result.Value.TotalResults);
    }

    [Fact]
    public async Task Finds_the_items_of_one_video_in_a_playlist()
    {
        server.OnJson("GET", PlaylistItems, 200, new
        {
            items = new[] { "A", "B" }.Select(id => new
            {
                id,
                snippet = new { playlistId = "PLabc", position = 0, resourceId = new { kind = "youtube#video", videoId = "dQw4w9WgXcQ" } },
            }),
        });

        var result = await gateway.FindPlaylistItemsAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("dQw4w9WgXcQ", request.QueryValue("videoId"));
        Assert.Equal("PLabc", request.QueryValue("playlistId"));
        Assert.Equal(["A", "B"], result.Value.Select(i => i.Id.Value)); // a duplicate is visible to the read-back
    }

    [Fact]
    public async Task Gets_videos_with_only_the_parts_the_app_needs_and_maps_durations_and_thumbnails()
    {
        server.OnJson("GET", Videos, 200, new
        {
            items = new object[]
            {
                new
                {
                    id = "aaaaaaaaaaa",
                    snippet = new
                    {
                        title = "Talk", channelId = "UCx", channelTitle = "Chan", publishedAt = "2020-05-06T07:08:09Z",
                        thumbnails = new
                        {
                            @default = new { url = "https://i.ytimg.com/d.jpg" },
                            medium = new { url = "https://i.ytimg.com/m.jpg" },
                            high = new { url = "https://i.ytimg.com/h.jpg" },
                        },
                    },
                    contentDetails = new { duration = "PT1H2M3S" },
                    status = new { privacyStatus = "public" },
                },
                new
                {
                    id = "bbbbbbbbbbb",
                    snippet = new { title = "Live", thumbnails = new { @default = new { url = "https://i.ytimg.com/only-default.jpg" } } },
                    contentDetails = new { duration = "P0D" },
                    status = new { privacyStatus = "unlisted" },
                },
            },
        });

        var result = await gateway.GetVideosAsync(
            [new VideoId("aaaaaaaaaaa"), new VideoId("bbbbbbbbbbb"), new VideoId("ccccccccccc")], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("aaaaaaaaaaa,bbbbbbbbbbb,ccccccccccc", request.QueryValue("id"));
        Assert.Equal("snippet,contentDetails,status", request.QueryValue("part"));
        Assert.Null(request.QueryValue("maxResults")); // not supported together with id

        Assert.Equal(2, result.Value.Count); // the unavailable third video is absent
        var talk = result.Value[0];
        Assert.Equal(new VideoInfo(new VideoId("aaaaaaaaaaa"), "Talk", "UCx", "Chan", new TimeSpan(1, 2, 3),
            new DateTimeOffset(2020, 5, 6, 7, 8, 9, TimeSpan.Zero), "public", "https://i.ytimg.com/m.jpg") { Tags = talk.Tags }, talk);
        Assert.Empty(talk.Tags); // a list compares by reference in a record: checked on its own (the snippet has none)
        Assert.Equal(TimeSpan.Zero, result.Value[1].Duration);
        Assert.Equal("https://i.ytimg.com/only-default.jpg", result.Value[1].ThumbnailUrl);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task Refuses_zero_or_more_than_fifty_ids_without_sending_anything(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => new VideoId($"v{i:D10}")).ToList();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => gateway.GetVideosAsync(ids, CancellationToken.None));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Gets_my_channel()
    {
        server.OnJson("GET", Channels, 200, new { items = new[] { new { id = "UCme", snippet = new { title = "Me" } } } });

        var result = await gateway.GetMyChannelAsync(CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("true", request.QueryValue("mine"));
        Assert.Equal("snippet", request.QueryValue("part"));
        Assert.Equal(new ChannelInfo(new ChannelId("UCme"), "Me"), result.Value);
    }

    [Fact]
    public async Task An_account_without_a_channel_is_an_error_not_an_exception()
    {
        server.OnJson("GET", Channels, 200, new { items = Array.Empty<object>() });

        var result = await gateway.GetMyChannelAsync(CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(YouTubeErrorKind.Invalid, result.Error.Kind);
        Assert.Equal("noChannel", result.Error.Reason);
    }

    [Fact]
    public async Task Inserts_a_playlist_with_title_description_and_privacy()
    {
        server.OnJson("POST", Playlists, 200, new
        {
            id = "PLnew", etag = "e1",
            snippet = new { title = "Jazz", description = "d", publishedAt = "2026-11-24T10:00:00Z" },
            status = new { privacyStatus = "private" },
        });

        var result = await gateway.InsertPlaylistAsync(new PlaylistDraft("Jazz", "d", Privacy.Private), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("snippet,status", request.QueryValue("part"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Jazz", (string?)body["snippet"]!["title"]);
        Assert.Equal("d", (string?)body["snippet"]!["description"]);
        Assert.Equal("private", (string?)body["status"]!["privacyStatus"]);
        Assert.Null(body["id"]);
        Assert.Equal("PLnew", result.Value.Id.Value);
        Assert.Equal("e1", result.Value.ETag);
    }

    [Fact]
    public async Task Updates_a_playlist_by_id_without_an_If_Match_header()
    {
        server.OnJson("PUT", Playlists, 200, new
        {
            id = "PLabc", snippet = new { title = "New", description = "" }, status = new { privacyStatus = "unlisted" },
        });

        var result = await gateway.UpdatePlaylistAsync(new PlaylistId("PLabc"), new PlaylistDraft("New", "", Privacy.Unlisted), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("snippet,status", request.QueryValue("part"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("PLabc", (string?)body["id"]);
        Assert.Equal("New", (string?)body["snippet"]!["title"]);
        Assert.Equal("", (string?)body["snippet"]!["description"]); // sent, or YouTube would erase it anyway
        Assert.Null(request.Header("If-Match"));
        Assert.Equal("unlisted", result.Value.PrivacyStatus);
    }

    [Fact]
    public async Task Inserts_an_item_at_the_end_never_sending_a_position()
    {
        server.OnJson("POST", PlaylistItems, 200, new
        {
            kind = "youtube#playlistItem",
            id = "ITEMnew",
            snippet = new
            {
                playlistId = "PLabc", position = 12, publishedAt = "2026-11-24T10:00:00Z", title = "Song",
                resourceId = new { kind = "youtube#video", videoId = "dQw4w9WgXcQ" },
            },
        });

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("snippet", request.QueryValue("part"));
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("PLabc", (string?)body["snippet"]!["playlistId"]);
        Assert.Equal("youtube#video", (string?)body["snippet"]!["resourceId"]!["kind"]);
        Assert.Equal("dQw4w9WgXcQ", (string?)body["snippet"]!["resourceId"]!["videoId"]);
        Assert.DoesNotContain("position", PropertyNames(JsonDocument.Parse(request.Body).RootElement));
        Assert.Equal(new PlaylistItemInfo(new PlaylistItemId("ITEMnew"), new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), 12,
            new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), "Song"), result.Value);
    }

    [Fact]
    public async Task Deletes_by_id_and_a_204_is_success()
    {
        server.On("DELETE", PlaylistItems, (_, ctx) => { ctx.Response.StatusCode = 204; return Task.CompletedTask; });
        server.On("DELETE", Playlists, (_, ctx) => { ctx.Response.StatusCode = 204; return Task.CompletedTask; });

        var item = await gateway.DeletePlaylistItemAsync(new PlaylistItemId("ITEM1"), CancellationToken.None);
        var playlist = await gateway.DeletePlaylistAsync(new PlaylistId("PLold"), CancellationToken.None);

        Assert.True(item.IsSuccess, item.Error?.ToString());
        Assert.True(playlist.IsSuccess, playlist.Error?.ToString());
        Assert.Equal("ITEM1", server.RequestsTo(PlaylistItems).Single().QueryValue("id"));
        Assert.Equal("PLold", server.RequestsTo(Playlists).Single().QueryValue("id"));
    }

    [Fact]
    public async Task Api_errors_come_back_as_classified_data()
    {
        server.OnGoogleError("DELETE", PlaylistItems, 404, "playlistItemNotFound", "Playlist item not found.", "youtube.playlistItem");
        server.OnGoogleError("POST", PlaylistItems, 400, "playlistOperationUnsupported",
            "The API does not support the ability to insert videos into the specified playlist.", "youtube.playlistItem");

        var delete = await gateway.DeletePlaylistItemAsync(new PlaylistItemId("gone"), CancellationToken.None);
        var watchLater = await gateway.InsertPlaylistItemAsync(PlaylistId.WatchLater, new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.Equal(new YouTubeError(YouTubeErrorKind.PlaylistItemNotFound, 404, "playlistItemNotFound", "Playlist item not found."), delete.Error);
        Assert.Equal(YouTubeErrorKind.Forbidden, watchLater.Error!.Kind);
        Assert.Equal(400, watchLater.Error.HttpStatus);
    }

    [Fact]
    public async Task A_503_on_an_insert_is_sent_once_and_comes_back_transient()
    {
        server.OnGoogleError("POST", PlaylistItems, 503, "backendError", "Backend Error");

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.Single(server.Requests); // Google.Apis would retry 503s by default: that must be off
        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
        Assert.Equal(503, result.Error.HttpStatus);
        Assert.Equal("backendError", result.Error.Reason);
        Assert.True(result.Error.OutcomeUnknown);
    }

    [Fact]
    public async Task A_503_on_a_read_is_sent_once_too()
    {
        server.OnGoogleError("GET", Playlists, 503, "backendError", "Backend Error");

        var result = await gateway.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
    }

    [Fact]
    public async Task Quota_errors_keep_their_message_without_html()
    {
        server.OnGoogleError("POST", Playlists, 403, "quotaExceeded",
            "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.",
            "youtube.quota");

        var result = await gateway.InsertPlaylistAsync(new PlaylistDraft("t", "", Privacy.Private), CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.QuotaExceeded, result.Error!.Kind);
        Assert.Equal("The request cannot be completed because you have exceeded your quota.", result.Error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_429_with_the_quota_metric_message_is_quota_and_other_429s_are_rate_limits()
    {
        server.OnGoogleError("GET", Videos, 429, "rateLimitExceeded",
            "Quota exceeded for quota metric 'Queries' and limit 'Queries per day' of service 'youtube.googleapis.com'");
        server.OnGoogleError("POST", Playlists, 429, "rateLimitExceeded", "Too many playlists created.");

        var quota = await gateway.GetVideosAsync([new VideoId("aaaaaaaaaaa")], CancellationToken.None);
        var rate = await gateway.InsertPlaylistAsync(new PlaylistDraft("t", "", Privacy.Private), CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.QuotaExceeded, quota.Error!.Kind);
        Assert.Equal(YouTubeErrorKind.RateLimited, rate.Error!.Kind);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_is_transient_with_no_status_and_is_not_resent()
    {
        server.On("POST", PlaylistItems, (_, ctx) =>
        {
            ctx.Abort(); // the write may have been committed, but no answer arrives
            return Task.CompletedTask;
        });

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(YouTubeErrorKind.Transient, result.Error.Kind);
        Assert.Null(result.Error.HttpStatus);
        Assert.True(result.Error.OutcomeUnknown);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_server_that_is_gone_is_unreachable_nothing_was_sent()
    {
        var url = server.YouTubeBaseUri;
        await server.DisposeAsync();
        var orphan = GoogleYouTubeGateway.Create(new YouTubeClientOptions { BaseUri = url, RequestTimeout = TimeSpan.FromSeconds(5) }, null);

        var result = await orphan.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Unreachable, result.Error!.Kind);
        Assert.Null(result.Error.HttpStatus);
        Assert.False(result.Error.OutcomeUnknown);
        server = await StubGoogleServer.StartAsync(); // for DisposeAsync
    }

    [Fact]
    public async Task A_timeout_is_transient_but_the_callers_cancellation_throws()
    {
        server.On("GET", Playlists, async (_, ctx) => await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted));
        var impatient = CreateGateway(TimeSpan.FromMilliseconds(300));

        var timedOut = await impatient.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Transient, timedOut.Error!.Kind);
        Assert.Equal("timeout", timedOut.Error.Reason);

        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gateway.ListMyPlaylistsAsync(null, cts.Token));
    }

    [Fact]
    public async Task A_non_json_error_page_is_still_classified_by_status()
    {
        server.On("GET", Playlists, async (_, ctx) =>
        {
            ctx.Response.StatusCode = 502;
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<html><body><h1>502 Bad Gateway</h1></body></html>");
        });

        var result = await gateway.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
        Assert.Equal(502, result.Error.HttpStatus);
        Assert.DoesNotContain("<", result.Error.Message);
    }

    [Fact]
    public async Task A_success_without_an_id_is_an_unknown_outcome()
    {
        server.OnJson("POST", PlaylistItems, 200, new { kind = "youtube#playlistItem" });

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
        Assert.Equal("malformedResponse", result.Error.Reason);
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };
}
