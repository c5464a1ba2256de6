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

/// <summary>The kinds of operation, as the journal stores them. Each has its record in <see cref="PlannedOperation"/>.</summary>
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

/// <summary>What each kind of operation costs and which API method it is: the one place that says so.</summary>
public static class OperationKinds
{
    /// <summary>The Data API method that carries it out, or null for what is not sent (manual steps, skips).</summary>
    public static YouTubeMethod? ApiMethod(this OperationKind kind) => kind switch
    {
        OperationKind.CreatePlaylist => YouTubeMethod.PlaylistsInsert,
        OperationKind.UpdatePlaylist => YouTubeMethod.PlaylistsUpdate,
        OperationKind.AddVideo => YouTubeMethod.PlaylistItemsInsert,
        OperationKind.RemoveItem => YouTubeMethod.PlaylistItemsDelete,
        OperationKind.DeletePlaylist => YouTubeMethod.PlaylistsDelete,
        OperationKind.RemoveFromWatchLater or OperationKind.SkipUnavailableVideo => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Quota units one attempt costs (manual steps and skips cost nothing).</summary>
    public static int CostUnits(this OperationKind kind) => kind.ApiMethod()?.CostUnits() ?? 0;
}

/// <summary>Where an add goes: a playlist that exists (reused), or the one this sync creates for the category.</summary>
public abstract record PlaylistRef
{
    private PlaylistRef() { }

    /// <summary>A playlist already on YouTube.</summary>
    public sealed record Existing(PlaylistId Id) : PlaylistRef;

    /// <summary>The playlist the sync's <see cref="PlannedOperation.CreatePlaylist"/> makes for the category; its id is
    /// known once that succeeded.</summary>
    public sealed record ToBeCreated : PlaylistRef;

    public static PlaylistRef Created { get; } = new ToBeCreated();

    /// <summary>The existing playlist, or <see cref="Created"/> when there is none.</summary>
    public static PlaylistRef Of(PlaylistId? id) => id is { } existing ? new Existing(existing) : Created;

    /// <summary>The id, when the playlist exists already.</summary>
    public PlaylistId? ExistingId => this is Existing e ? e.Id : null;
}

/// <summary>
/// One operation of a plan: one record per kind, each with exactly the ids its kind needs, typed so that a mix-up
/// (a video id where the item id is meant) does not compile. <see cref="Sync.SyncOperation"/> stores them.
/// </summary>
/// <param name="Title">The playlist's title as the user reads it (the category's, or the original's).</param>
public abstract record PlannedOperation(int Sequence, string? Title)
{
    public abstract SyncStage Stage { get; }
    public abstract OperationKind Kind { get; }

    /// <summary>Why, in the user's words, where the kind has something to say (e.g. "Reuses 'Jazz'").</summary>
    public virtual string? Detail => null;

    /// <summary>Quota units the write costs (manual steps and skips cost nothing).</summary>
    public int CostUnits => Kind.CostUnits();

    public bool IsApiWrite => CostUnits > 0;

    /// <summary>playlists.insert of the category's playlist.</summary>
    public sealed record CreatePlaylist(int Sequence, CategoryKey Category, string Title) : PlannedOperation(Sequence, Title)
    {
        public override SyncStage Stage => SyncStage.CreatePlaylists;
        public override OperationKind Kind => OperationKind.CreatePlaylist;
    }

    /// <summary>playlists.update of a playlist the category reuses, to the category's title, description and privacy.</summary>
    public sealed record UpdatePlaylist(int Sequence, CategoryKey Category, PlaylistId Playlist, string Title, string Reason)
        : PlannedOperation(Sequence, Title)
    {
        public override SyncStage Stage => SyncStage.CreatePlaylists;
        public override OperationKind Kind => OperationKind.UpdatePlaylist;
        public override string? Detail => Reason;
    }

    /// <summary>playlistItems.insert of a video into its category's playlist; a repair when verify found it missing.</summary>
    public sealed record AddVideo(int Sequence, CategoryKey Category, PlaylistRef Into, VideoId Video, string Title, bool IsRepair = false)
        : PlannedOperation(Sequence, Title)
    {
        public override SyncStage Stage => IsRepair ? SyncStage.Verify : SyncStage.AddVideos;
        public override OperationKind Kind => OperationKind.AddVideo;
        public override string? Detail => IsRepair ? "Repair: missing after the add stage." : null;
    }

    /// <summary>An add not sent, because the video is unavailable (a doomed write still costs quota).</summary>
    public sealed record SkipUnavailableVideo(int Sequence, CategoryKey Category, PlaylistRef Into, VideoId Video, string Title)
        : PlannedOperation(Sequence, Title)
    {
        public const string Reason = "The video is no longer available on YouTube (deleted or private).";
        public override SyncStage Stage => SyncStage.AddVideos;
        public override OperationKind Kind => OperationKind.SkipUnavailableVideo;
        public override string? Detail => Reason;
    }

    /// <summary>Removing a synced video from Watch Later, by the user's hand (the API cannot).</summary>
    public sealed record RemoveFromWatchLater(int Sequence, VideoId Video) : PlannedOperation(Sequence, null)
    {
        public override SyncStage Stage => SyncStage.WatchLaterCleanup;
        public override OperationKind Kind => OperationKind.RemoveFromWatchLater;
    }

    /// <summary>playlistItems.delete of an item the category does not want in its reused playlist (another video, or a
    /// repeat); a repair when verify found an accidental duplicate.</summary>
    public sealed record RemoveItem(int Sequence, CategoryKey Category, PlaylistId Playlist, VideoId Video, PlaylistItemId Item, string Title,
        bool IsRepair = false) : PlannedOperation(Sequence, Title)
    {
        public override SyncStage Stage => IsRepair ? SyncStage.Verify : SyncStage.DeleteOriginals;
        public override OperationKind Kind => OperationKind.RemoveItem;
        public override string? Detail => IsRepair ? "Repair: accidental duplicate." : null;
    }

    /// <summary>playlists.delete of an original playlist (or, in a restore, of a category playlist a sync made).</summary>
    public sealed record DeletePlaylist(int Sequence, PlaylistId Playlist, string Title, string Reason) : PlannedOperation(Sequence, Title)
    {
        public override SyncStage Stage => SyncStage.DeleteOriginals;
        public override OperationKind Kind => OperationKind.DeletePlaylist;
        public override string? Detail => Reason;
    }
}
