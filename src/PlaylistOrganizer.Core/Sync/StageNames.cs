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

    /// <summary>The stage's name as its operations make it: the last stage of a quota-saver sync also removes extras from
    /// reused playlists, and the first also renames them, and the name says so, in the preview's words.</summary>
    public static string Title(SyncStage stage, IReadOnlySet<OperationKind> kinds) => stage switch
    {
        SyncStage.DeleteOriginals when kinds.Contains(OperationKind.RemoveItem) =>
            kinds.Contains(OperationKind.DeletePlaylist) ? "Deleting originals and removing extras" : "Removing extras from reused playlists",
        SyncStage.CreatePlaylists when kinds.Contains(OperationKind.UpdatePlaylist) =>
            kinds.Contains(OperationKind.CreatePlaylist) ? "Creating and renaming playlists" : "Renaming reused playlists",
        _ => Title(stage),
    };

    /// <summary>Lower-case gerund for sentences: "while adding videos".</summary>
    public static string Doing(SyncStage stage) => Title(stage).ToLowerInvariant();
}

/// <summary>How a run's status is named to the user.</summary>
public static class StatusNames
{
    public static string Title(SyncRunStatus status) => status switch
    {
        SyncRunStatus.Running => "Running",
        SyncRunStatus.PausedForQuota => "Paused until the quota resets",
        SyncRunStatus.PausedByUser => "Paused by you",
        SyncRunStatus.Interrupted => "Interrupted (the app stopped)",
        SyncRunStatus.NeedsReconnect => "Waiting for you to reconnect",
        SyncRunStatus.AwaitingDecision => "Waiting for your decision",
        SyncRunStatus.AwaitingWatchLater => "Waiting for the Watch Later clean-up",
        SyncRunStatus.Completed => "Completed",
        SyncRunStatus.Aborted => "Aborted",
        _ => status.ToString(),
    };
}
