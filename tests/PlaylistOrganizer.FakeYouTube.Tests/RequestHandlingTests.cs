using System.IO.Compression;
using System.Net;
using System.Text;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>How requests arrive from real clients: gzipped bodies, broken JSON, many at once.</summary>
public sealed class RequestHandlingTests
{
    [Fact]
    public async Task A_gzipped_body_is_accepted_as_Google_Apis_sends_it()
    {
        await using var yt = await TestEmulator.StartAsync();
        var json = "{\"snippet\":{\"title\":\"Zipped\"}}";
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(json));
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        var response = await yt.Http.PostAsync("youtube/v3/playlists?part=snippet", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Zipped", (string?)(await TestEmulator.Body(response))["snippet"]!["title"]);
    }

    [Fact]
    public async Task Broken_json_is_a_charged_parseError()
    {
        await using var yt = await TestEmulator.StartAsync();
        var response = await yt.Http.PostAsync("youtube/v3/playlists?part=snippet", new StringContent("{nope", Encoding.UTF8, "application/json"));
        await TestEmulator.AssertError(response, 400, "parseError");
        Assert.Equal(50, await yt.UsedUnits());
    }

    [Fact]
    public async Task Parallel_inserts_are_all_applied_and_charged_exactly()
    {
        await using var yt = await TestEmulator.StartAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => yt.InsertItem(Snapshots.Empty, Snapshots.VideoId(i % 10))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var items = await yt.AllItems(Snapshots.Empty);
        Assert.Equal(20, items.Count);
        Assert.Equal(Enumerable.Range(0, 20), items.Select(i => (int)i["snippet"]!["position"]!));
        Assert.Equal(20 * 50 + 1, await yt.UsedUnits());
    }
}
