using PlaylistOrganizer.FakeYouTube.Thumbnails;
using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>videos.list by id: the import's lookup and the preflight check. Deleted, unknown and other people's private
/// videos are simply absent. The snippet carries the full description, the tags (left out when the video has none) and
/// YouTube's categoryId, as the real service does.</summary>
public static class VideosApi
{
    /// <summary>Ids per call (docs/youtube-facts.md §4: widely used, UNVERIFIED officially).</summary>
    public const int MaxIds = 50;

    private static readonly HashSet<string> Supported = ["id", "snippet", "contentDetails", "status"];

    public static IResult List(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        var ids = request.QueryList("id");
        if (ids.Count == 0) return GoogleErrors.MissingFilter("chart, id, myRating").ToResult();
        if (ids.Count > MaxIds) return GoogleErrors.InvalidParameter("id", $"The request specifies more than {MaxIds} video ids.").ToResult();

        var channelId = request.Account.ChannelId;
        var items = ids.Select(id => request.State.Videos.GetValueOrDefault(id)).OfType<VideoSnapshot>()
            .Where(v => v.Availability is VideoAvailability.Public or VideoAvailability.Unlisted
                || (v.Availability == VideoAvailability.Private && v.ChannelId == channelId))
            .Select(v => Build(request, v, parts)).ToList();
        var response = new ListResponse<Video>("youtube#videoListResponse", "", null, null, new PageInfo(items.Count, items.Count), items);
        var etag = Wire.Etag(response);
        return ApiResults.Ok(request, response with { Etag = etag }, etag);
    }

    private static Video Build(ApiRequest request, VideoSnapshot v, IReadOnlySet<string> parts)
    {
        var video = new Video("youtube#video", "", v.Id,
            parts.Contains("snippet")
                ? new VideoSnippet(Wire.Time(v.PublishedAt), v.ChannelId, v.Title, v.Description, ThumbnailRoutes.For(request, v.Id), v.ChannelTitle,
                    v.Tags.Count > 0 ? [.. v.Tags] : null, v.CategoryId, new Localized(v.Title, v.Description))
                : null,
            parts.Contains("contentDetails") ? new VideoContentDetails(v.Duration, "2d", "hd", "false", false, "rectangular") : null,
            parts.Contains("status") ? new VideoStatus("processed", PlaylistItemsApi.VideoPrivacy(v), "youtube", true, true, false) : null);
        return video with { Etag = Wire.Etag(video) };
    }

    public sealed record Video(string Kind, string Etag, string Id, VideoSnippet? Snippet, VideoContentDetails? ContentDetails, VideoStatus? Status);

    public sealed record VideoSnippet(string PublishedAt, string ChannelId, string Title, string Description,
        Dictionary<string, Thumbnail> Thumbnails, string ChannelTitle, string[]? Tags, string CategoryId, Localized Localized);

    public sealed record VideoContentDetails(string Duration, string Dimension, string Definition, string Caption, bool LicensedContent, string Projection);

    public sealed record VideoStatus(string UploadStatus, string PrivacyStatus, string License, bool Embeddable, bool PublicStatsViewable, bool MadeForKids);
}
