namespace PlaylistOrganizer.Core.YouTube;

// What the app needs of YouTube's resources. The wire JSON stays in the YouTube project.

public sealed record ChannelInfo(ChannelId Id, string Title);

/// <summary>A playlist as YouTube reports it. <paramref name="ItemCount"/> is contentDetails.itemCount.</summary>
public sealed record PlaylistInfo(
    PlaylistId Id, string Title, string Description, string PrivacyStatus, int ItemCount, DateTimeOffset PublishedAt, string ETag);

/// <summary>One entry of a playlist. <paramref name="AddedAt"/> is snippet.publishedAt (when it was added).</summary>
public sealed record PlaylistItemInfo(
    PlaylistItemId Id, PlaylistId PlaylistId, VideoId VideoId, int Position, DateTimeOffset AddedAt, string Title);

/// <summary>Details of an available video. Unavailable videos are simply absent from videos.list answers.</summary>
/// <remarks>Description, tags and YouTube's categoryId come in the same snippet part: keeping them costs no units.</remarks>
public sealed record VideoInfo(
    VideoId Id, string Title, string ChannelId, string ChannelTitle, TimeSpan Duration, DateTimeOffset PublishedAt,
    string PrivacyStatus, string? ThumbnailUrl)
{
    /// <summary>snippet.description, whole (the import keeps the start).</summary>
    public string Description { get; init; } = "";
    /// <summary>snippet.tags; empty when the uploader set none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>snippet.categoryId, YouTube's own coarse category ("10" = Music).</summary>
    public string? YouTubeCategoryId { get; init; }
}

/// <summary>One page of a list answer.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextPageToken, int TotalResults);

/// <summary>What a new or updated playlist should look like.</summary>
public sealed record PlaylistDraft(string Title, string Description, Privacy Privacy);
