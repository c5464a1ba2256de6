using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>How stages are named to the user ("Creating playlists 3/25").</summary>
public static class StageNames
{
    public static string Title(SyncStage stage) => stage switch
    {
        SyncStage.Backup => "Taking a backup",
        SyncStage.Preflight => "Checking videos and playlists",
        SyncStage.CreatePlaylists => "Creating playlists",
        SyncStage.AddVideos => "Adding videos",
        SyncStage.Verify => "Verifying playlists",
        SyncStage.WatchLaterCleanup => "Cleaning up Watch Later",
        SyncStage.DeleteOriginals => "Deleting original playlists",
        SyncStage.Completed => "Completed",
        _ => stage.ToString(),
    };

    /// <summary>Lower-case gerund for sentences: "while adding videos".</summary>
    public static string Doing(SyncStage stage) => Title(stage).ToLowerInvariant();
}
