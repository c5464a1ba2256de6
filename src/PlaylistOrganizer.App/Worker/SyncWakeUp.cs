using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.App.Worker;

/// <summary>Lets a command (start, resume, decide, ...) wake the <see cref="SyncWorker"/> at once instead of at its next poll.</summary>
/// <remarks>The command-line verbs build the same app but never start its worker: there a wake reaches nobody, which is
/// right, for a verb runs the sync itself in the foreground.</remarks>
public sealed class SyncWakeUp : ISyncWorkerWake
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Wake()
    {
        try { signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try { await signal.WaitAsync(timeout, ct); } catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }
}
