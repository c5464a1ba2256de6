namespace PlaylistOrganizer.FakeYouTube.Quota;

/// <summary>A Data API method with its documented cost (docs/youtube-facts.md §1.2; every page of a list is charged again).</summary>
public sealed record ApiMethod(string Name, int CostUnits, bool IsWrite)
{
    public static readonly ApiMethod ChannelsList = new("channels.list", 1, false);
    public static readonly ApiMethod PlaylistsList = new("playlists.list", 1, false);
    public static readonly ApiMethod PlaylistsInsert = new("playlists.insert", 50, true);
    public static readonly ApiMethod PlaylistsUpdate = new("playlists.update", 50, true);
    public static readonly ApiMethod PlaylistsDelete = new("playlists.delete", 50, true);
    public static readonly ApiMethod PlaylistItemsList = new("playlistItems.list", 1, false);
    public static readonly ApiMethod PlaylistItemsInsert = new("playlistItems.insert", 50, true);
    public static readonly ApiMethod PlaylistItemsDelete = new("playlistItems.delete", 50, true);
    public static readonly ApiMethod VideosList = new("videos.list", 1, false);
}
