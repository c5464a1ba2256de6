using System.Text.Json.Serialization;

namespace PlaylistOrganizer.FakeYouTube.State;

/// <summary>
/// The whole state of one emulated YouTube account, as loaded and exported through the admin API
/// (<c>PUT/GET /_emulator/accounts/{accountId}</c>) and produced by the demo-library generator.
/// </summary>
/// <remarks>
/// Videos are global on YouTube; the emulator keeps one catalogue and a snapshot carries the videos its account
/// refers to (plus any it should be able to look up). Loading a snapshot replaces that account's playlists and
/// Watch Later and upserts its videos into the catalogue.
/// </remarks>
public sealed class AccountSnapshot
{
    /// <summary>The emulator's own key for the account; OAuth consent picks an account by this id.</summary>
    public required string AccountId { get; init; }

    public required ChannelSnapshot Channel { get; init; }

    /// <summary>Every playlist of the account, system playlists (likes, favorites, uploads) included.</summary>
    public List<PlaylistSnapshot> Playlists { get; init; } = [];

    /// <summary>Watch Later, oldest first. Never visible through the Data API (it lists empty), only through Takeout.</summary>
    public List<WatchLaterEntry> WatchLater { get; init; } = [];

    public List<VideoSnapshot> Videos { get; init; } = [];
}

public sealed class ChannelSnapshot
{
    /// <summary>"UC" + 22 characters, as on YouTube.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>When the channel was created (channels.list snippet.publishedAt). Optional; added for the emulator.</summary>
    public DateTimeOffset PublishedAt { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<PlaylistKind>))]
public enum PlaylistKind
{
    /// <summary>A playlist the user made: fully editable.</summary>
    Regular,
    /// <summary>Liked videos ("LL…"): read-only through playlistItems, cannot be deleted.</summary>
    Likes,
    /// <summary>The deprecated favorites list ("FL…"): read-only, cannot be deleted.</summary>
    Favorites,
    /// <summary>The channel's uploads ("UU…"): read-only, cannot be deleted.</summary>
    Uploads,
}

public sealed class PlaylistSnapshot
{
    /// <summary>"PL" + 32 characters for regular playlists; "LL"/"FL"/"UU" + channel suffix for system ones.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>public, unlisted or private.</summary>
    public string PrivacyStatus { get; init; } = "private";
    public PlaylistKind Kind { get; init; } = PlaylistKind.Regular;
    public DateTimeOffset PublishedAt { get; init; }
    /// <summary>Items in playlist order (position = index).</summary>
    public List<PlaylistItemSnapshot> Items { get; init; } = [];
}

public sealed class PlaylistItemSnapshot
{
    /// <summary>The playlist-item id (what playlistItems.delete takes), not the video id.</summary>
    public required string Id { get; init; }
    public required string VideoId { get; init; }
    /// <summary>When the video was added to the playlist (snippet.publishedAt / contentDetails.videoPublishedAt differ on YouTube).</summary>
    public DateTimeOffset AddedAt { get; init; }
}

public sealed class WatchLaterEntry
{
    public required string VideoId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<VideoAvailability>))]
public enum VideoAvailability
{
    Public,
    Unlisted,
    /// <summary>Private to another channel: absent from videos.list, inserts answer 404 videoNotFound or 400 failedPrecondition.</summary>
    Private,
    /// <summary>Deleted by its uploader: absent from videos.list, inserts answer 404 videoNotFound.</summary>
    Deleted,
}

public sealed class VideoSnapshot
{
    /// <summary>11 characters from [A-Za-z0-9_-].</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required string ChannelId { get; init; }
    public required string ChannelTitle { get; init; }
    /// <summary>snippet.tags: the uploader's keywords. Many videos have none (YouTube then leaves the field out).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>snippet.categoryId: YouTube's own coarse category ("10" Music, "27" Education…), always present.</summary>
    public string CategoryId { get; init; } = "22";
    /// <summary>ISO 8601 duration, e.g. "PT12M3S".</summary>
    public string Duration { get; init; } = "PT0S";
    public DateTimeOffset PublishedAt { get; init; }
    public VideoAvailability Availability { get; init; } = VideoAvailability.Public;
}
