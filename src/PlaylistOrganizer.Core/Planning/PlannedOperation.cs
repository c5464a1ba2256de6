using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>The stages of a sync, safest first. Nothing is deleted before the new structure is verified.</summary>
public enum SyncStage
{
    Backup,
    Preflight,
    CreatePlaylists,
    AddVideos,
    Verify,
    WatchLaterCleanup,
    DeleteOriginals,
    Completed,
}

public enum OperationKind
{
    /// <summary>playlists.insert for a category.</summary>
    CreatePlaylist,
    /// <summary>playlists.update: an original playlist reused for a category gets the category's title, description and privacy.</summary>
    UpdatePlaylist,
    /// <summary>playlistItems.insert of one video into its category's playlist.</summary>
    AddVideo,
    /// <summary>Remove a Watch Later entry by hand (the API cannot): guided, confirmed by a newer Takeout.</summary>
    RemoveFromWatchLater,
    /// <summary>playlistItems.delete of an item of a reused playlist that its category does not contain.</summary>
    RemoveItem,
    /// <summary>playlists.delete of an original playlist.</summary>
    DeletePlaylist,
    /// <summary>Not sent: the video is unavailable, and a doomed write still costs quota.</summary>
    SkipUnavailableVideo,
}

/// <summary>One operation of a plan.</summary>
/// <param name="CategoryKey">The category it serves (null for deletes of originals).</param>
/// <param name="PlaylistId">The existing playlist it touches (reused or original); null when it targets a playlist the sync creates.</param>
/// <param name="ItemId">For <see cref="OperationKind.RemoveItem"/>: the playlist-item id.</param>
public sealed record PlannedOperation(
    int Sequence, SyncStage Stage, OperationKind Kind, string? CategoryKey, string? PlaylistId, string? VideoId, string? ItemId,
    string? Title, string? Detail)
{
    /// <summary>Quota units the write costs (manual steps and skips cost nothing).</summary>
    public int CostUnits => CostOf(Kind);

    public static int CostOf(OperationKind kind) => kind switch
    {
        OperationKind.CreatePlaylist or OperationKind.UpdatePlaylist or OperationKind.AddVideo or OperationKind.RemoveItem
            or OperationKind.DeletePlaylist => QuotaCosts.Write,
        _ => 0,
    };

    public bool IsApiWrite => CostUnits > 0;
}
