using System.Net;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>The emulator's stand-in for i.ytimg.com: videos.list names thumbnails on the emulator itself, and they load.</summary>
public sealed class ThumbnailTests
{
    [Fact]
    public async Task Videos_list_names_thumbnails_on_the_emulator_that_answer_with_a_JPEG_of_the_stated_size()
    {
        await using var yt = await TestEmulator.StartAsync();
        var body = await yt.Json($"youtube/v3/videos?part=snippet&id={Snapshots.VideoId(1)}");
        var thumbnails = body["items"]![0]!["snippet"]!["thumbnails"]!;
        var medium = thumbnails["medium"]!;
        var url = new Uri((string)medium["url"]!);

        Assert.Equal(yt.Server.BaseUri.Authority, url.Authority);
        Assert.Equal($"/vi/{Snapshots.VideoId(1)}/mqdefault.jpg", url.AbsolutePath);
        Assert.Equal(320, (int)medium["width"]!);
        Assert.Equal(180, (int)medium["height"]!);

        using var http = new HttpClient();
        var response = await http.GetAsync(url); // no token: a thumbnail host needs none
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var jpeg = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], jpeg[..2]);
        Assert.Equal([0xFF, 0xD9], jpeg[^2..]);
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        Assert.True(frame > 0, "The JPEG has no baseline frame header.");
        Assert.Equal(180, jpeg[frame + 5] << 8 | jpeg[frame + 6]);
        Assert.Equal(320, jpeg[frame + 7] << 8 | jpeg[frame + 8]);
        Assert.Equal(0, await yt.UsedUnits() - 1); // only the videos.list call was charged
    }

    [Fact]
    public async Task A_deleted_or_unknown_video_has_no_thumbnail()
    {
        await using var yt = await TestEmulator.StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await yt.Get($"vi/{Snapshots.DeletedVideo}/mqdefault.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yt.Get("vi/nosuchvideo/mqdefault.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yt.Get($"vi/{Snapshots.VideoId(1)}/notasize.jpg")).StatusCode);
    }
}
