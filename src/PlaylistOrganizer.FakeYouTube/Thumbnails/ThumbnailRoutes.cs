using PlaylistOrganizer.FakeYouTube.Api;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Thumbnails;

/// <summary>
/// The emulator's stand-in for i.ytimg.com: <c>GET /vi/{videoId}/{size}.jpg</c>, the same paths YouTube's thumbnail
/// host uses, answered with a small generated JPEG, so a demo shows pictures without anything leaving the machine.
/// Like i.ytimg.com it needs no token and costs no quota, and a video that does not exist (or was deleted) is a 404.
/// </summary>
public static class ThumbnailRoutes
{
    /// <summary>The sizes videos.list names in snippet.thumbnails, with their pixel sizes.</summary>
    public static readonly IReadOnlyDictionary<string, (string File, int Width, int Height)> Sizes = new Dictionary<string, (string, int, int)>
    {
        ["default"] = ("default.jpg", 120, 90),
        ["medium"] = ("mqdefault.jpg", 320, 180),
        ["high"] = ("hqdefault.jpg", 480, 360),
    };

    /// <summary>snippet.thumbnails for a video, pointing at the emulator that answers <paramref name="request"/>.</summary>
    public static Dictionary<string, Thumbnail> For(ApiRequest request, string videoId)
    {
        var root = $"{request.Http.Request.Scheme}://{request.Http.Request.Host}";
        return Sizes.ToDictionary(s => s.Key, s => new Thumbnail($"{root}/vi/{videoId}/{s.Value.File}", s.Value.Width, s.Value.Height));
    }

    public static void MapThumbnails(this IEndpointRouteBuilder app) =>
        app.MapGet("/vi/{videoId}/{file}", (string videoId, string file, EmulatorState state) =>
        {
            var size = Sizes.Values.FirstOrDefault(s => s.File == file);
            if (size.File is null || state.Videos.GetValueOrDefault(videoId) is not { Availability: not VideoAvailability.Deleted } video)
                return Results.NotFound();
            var picture = ThumbnailPicture.Of(video);
            var jpeg = ThumbnailJpeg.Encode(size.Width, size.Height, (column, row) => picture.ColorAt(column, row, size.Width / 8, size.Height / 8));
            return Results.File(jpeg, "image/jpeg");
        });
}
