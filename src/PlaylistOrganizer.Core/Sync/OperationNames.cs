using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Operation kinds in the user's words, for pages and reports.</summary>
public static class OperationNames
{
    public static string Of(OperationKind kind) => kind switch
    {
        OperationKind.CreatePlaylist => "Create playlist",
        OperationKind.UpdatePlaylist => "Rename reused playlist",
        OperationKind.AddVideo => "Add video",
        OperationKind.RemoveFromWatchLater => "Remove from Watch Later (by hand)",
        OperationKind.RemoveItem => "Remove extra video",
        OperationKind.DeletePlaylist => "Delete original playlist",
        OperationKind.SkipUnavailableVideo => "Skip unavailable video",
        _ => kind.ToString(),
    };
}
