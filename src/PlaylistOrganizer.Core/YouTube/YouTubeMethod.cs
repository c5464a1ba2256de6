namespace PlaylistOrganizer.Core.YouTube;

/// <summary>The Data API methods the app calls. Each gateway call is exactly one HTTP request of one of these.</summary>
public enum YouTubeMethod
{
    ChannelsList,
    PlaylistsList,
    PlaylistsInsert,
    PlaylistsUpdate,
    PlaylistsDelete,
    PlaylistItemsList,
    PlaylistItemsInsert,
    PlaylistItemsDelete,
    VideosList,
}

/// <summary>Documented quota costs (docs/youtube-facts.md §1.2).</summary>
/// <remarks>
/// Every request that reaches the API is charged its full method cost, failures included: whether a failed write
/// costs 50 or 1 is unverified (§1.3), so we budget the worst case. Each page of a list is a separate request.
/// </remarks>
public static class QuotaCosts
{
    public const int Read = 1;
    public const int Write = 50;

    public static int CostUnits(this YouTubeMethod method) => method switch
    {
        YouTubeMethod.ChannelsList or YouTubeMethod.PlaylistsList or YouTubeMethod.PlaylistItemsList
            or YouTubeMethod.VideosList => Read,
        YouTubeMethod.PlaylistsInsert or YouTubeMethod.PlaylistsUpdate or YouTubeMethod.PlaylistsDelete
            or YouTubeMethod.PlaylistItemsInsert or YouTubeMethod.PlaylistItemsDelete => Write,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static bool IsWrite(this YouTubeMethod method) => method.CostUnits() == Write;
}
