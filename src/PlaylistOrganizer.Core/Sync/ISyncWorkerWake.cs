namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// Tells whoever runs syncs in the background that a command changed a run it must look at now (started, resumed,
/// decided, paused, aborted, a Watch Later choice), instead of at its next poll. <see cref="SyncCommands"/> calls it after
/// every change it made; pages and verbs only call the commands.
/// </summary>
/// <remarks>A hint, never a requirement: the worker also polls, and a process with no worker running (a command-line
/// verb runs the sync itself in the foreground) may wake nobody. Must not block or throw.</remarks>
public interface ISyncWorkerWake
{
    void Wake();
}
