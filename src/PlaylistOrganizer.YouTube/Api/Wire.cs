using Newtonsoft.Json;

namespace PlaylistOrganizer.YouTube.Api;

// The JSON shapes of the Data API, trimmed to the fields the app reads or writes
// (reference/youtube-v3-discovery.trimmed.json: Channel, Playlist, PlaylistItem, Video and their list responses).
// They stay inside this project: Core only sees its own records. Nullable everywhere because YouTube leaves parts out
// that were not requested, and an emulator may be sparser still.

internal sealed class PageInfoWire
{
    [JsonProperty("totalResults")] public int? TotalResults { get; set; }
    [JsonProperty("resultsPerPage")] public int? ResultsPerPage { get; set; }
}

internal class ListResponseWire<T>
{
    [JsonProperty("etag")] public string? ETag { get; set; }
    [JsonProperty("nextPageToken")] public string? NextPageToken { get; set; }
    [JsonProperty("pageInfo")] public PageInfoWire? PageInfo { get; set; }
    [JsonProperty("items")] public List<T>? Items { get; set; }
}

internal sealed class ChannelListResponseWire : ListResponseWire<ChannelWire>;
internal sealed class PlaylistListResponseWire : ListResponseWire<PlaylistWire>;
internal sealed class PlaylistItemListResponseWire : ListResponseWire<PlaylistItemWire>;
internal sealed class VideoListResponseWire : ListResponseWire<VideoWire>;

internal sealed class ChannelWire
{
    [JsonProperty("id")] public string? Id { get; set; }
    [JsonProperty("snippet")] public ChannelSnippetWire? Snippet { get; set; }
}

internal sealed class ChannelSnippetWire
{
    [JsonProperty("title")] public string? Title { get; set; }
}

internal sealed class PlaylistWire
{
    [JsonProperty("kind", NullValueHandling = NullValueHandling.Ignore)] public string? Kind { get; set; }
    [JsonProperty("etag", NullValueHandling = NullValueHandling.Ignore)] public string? ETag { get; set; }
    [JsonProperty("id", NullValueHandling = NullValueHandling.Ignore)] public string? Id { get; set; }
    [JsonProperty("snippet", NullValueHandling = NullValueHandling.Ignore)] public PlaylistSnippetWire? Snippet { get; set; }
    [JsonProperty("status", NullValueHandling = NullValueHandling.Ignore)] public PrivacyStatusWire? Status { get; set; }
    [JsonProperty("contentDetails", NullValueHandling = NullValueHandling.Ignore)] public PlaylistContentDetailsWire? ContentDetails { get; set; }
}

internal sealed class PlaylistSnippetWire
{
    [JsonProperty("title", NullValueHandling = NullValueHandling.Ignore)] public string? Title { get; set; }
    [JsonProperty("description", NullValueHandling = NullValueHandling.Ignore)] public string? Description { get; set; }
    [JsonProperty("publishedAt", NullValueHandling = NullValueHandling.Ignore)] public DateTimeOffset? PublishedAt { get; set; }
}

internal sealed class PrivacyStatusWire
{
    [JsonProperty("privacyStatus", NullValueHandling = NullValueHandling.Ignore)] public string? PrivacyStatus { get; set; }
}

internal sealed class PlaylistContentDetailsWire
{
    [JsonProperty("itemCount")] public int? ItemCount { get; set; }
}

internal sealed class PlaylistItemWire
{
    [JsonProperty("kind", NullValueHandling = NullValueHandling.Ignore)] public string? Kind { get; set; }
    [JsonProperty("id", NullValueHandling = NullValueHandling.Ignore)] public string? Id { get; set; }
    [JsonProperty("snippet", NullValueHandling = NullValueHandling.Ignore)] public PlaylistItemSnippetWire? Snippet { get; set; }
    [JsonProperty("contentDetails", NullValueHandling = NullValueHandling.Ignore)] public PlaylistItemContentDetailsWire? ContentDetails { get; set; }
}

internal sealed class PlaylistItemSnippetWire
{
    [JsonProperty("playlistId", NullValueHandling = NullValueHandling.Ignore)] public string? PlaylistId { get; set; }

    /// <remarks>Never set on insert: a position makes YouTube answer 400 manualSortRequired for playlists not sorted
    /// manually; leaving it out appends (docs/youtube-facts.md §2.2, §4).</remarks>
    [JsonProperty("position", NullValueHandling = NullValueHandling.Ignore)] public int? Position { get; set; }
    [JsonProperty("title", NullValueHandling = NullValueHandling.Ignore)] public string? Title { get; set; }
    [JsonProperty("publishedAt", NullValueHandling = NullValueHandling.Ignore)] public DateTimeOffset? PublishedAt { get; set; }
    [JsonProperty("resourceId", NullValueHandling = NullValueHandling.Ignore)] public ResourceIdWire? ResourceId { get; set; }
}

internal sealed class ResourceIdWire
{
    [JsonProperty("kind", NullValueHandling = NullValueHandling.Ignore)] public string? Kind { get; set; }
    [JsonProperty("videoId", NullValueHandling = NullValueHandling.Ignore)] public string? VideoId { get; set; }
}

internal sealed class PlaylistItemContentDetailsWire
{
    [JsonProperty("videoId")] public string? VideoId { get; set; }
}

internal sealed class VideoWire
{
    [JsonProperty("id")] public string? Id { get; set; }
    [JsonProperty("snippet")] public VideoSnippetWire? Snippet { get; set; }
    [JsonProperty("contentDetails")] public VideoContentDetailsWire? ContentDetails { get; set; }
    [JsonProperty("status")] public PrivacyStatusWire? Status { get; set; }
}

internal sealed class VideoSnippetWire
{
    [JsonProperty("title")] public string? Title { get; set; }
    [JsonProperty("channelId")] public string? ChannelId { get; set; }
    [JsonProperty("channelTitle")] public string? ChannelTitle { get; set; }
    [JsonProperty("publishedAt")] public DateTimeOffset? PublishedAt { get; set; }
    [JsonProperty("thumbnails")] public ThumbnailsWire? Thumbnails { get; set; }
    [JsonProperty("description")] public string? Description { get; set; }
    /// <summary>Absent when the uploader set none.</summary>
    [JsonProperty("tags")] public List<string>? Tags { get; set; }
    [JsonProperty("categoryId")] public string? CategoryId { get; set; }
}

internal sealed class ThumbnailsWire
{
    [JsonProperty("default")] public ThumbnailWire? Default { get; set; }
    [JsonProperty("medium")] public ThumbnailWire? Medium { get; set; }
    [JsonProperty("high")] public ThumbnailWire? High { get; set; }
}

internal sealed class ThumbnailWire
{
    [JsonProperty("url")] public string? Url { get; set; }
}

internal sealed class VideoContentDetailsWire
{
    /// <summary>ISO 8601, e.g. "PT4M13S"; "P0D" for live streams.</summary>
    [JsonProperty("duration")] public string? Duration { get; set; }
}
