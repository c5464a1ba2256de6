using Microsoft.Extensions.DependencyInjection;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>Where the background YouTube import stands, for the Import page.</summary>
/// <param name="Last">How the last import ended (completed, paused with its reason, refused); null while one runs or before the first.</param>
/// <param name="Failure">Why the last import stopped when it did not end by itself (stopped by the user, the app shutting
/// down, a bug); its pages are kept and the next import resumes from them.</param>
public sealed record ImportJobStatus(bool IsRunning, ImportResult? Last, string? Failure);

/// <summary>
/// Runs the YouTube import (<see cref="YouTubeLibraryImporter"/>) in the background of the server, not on the page that
/// asked for it: leaving the page or closing the tab does not stop it, and the page shows its progress
/// (<see cref="ImportProgress"/>) and outcome when it comes back. One at a time; a second start is refused.
/// </summary>
/// <param name="appStopping">The host's stopping token: an import cut off by shutdown resumes from its saved pages next time.</param>
public sealed class YouTubeImportJob(IServiceScopeFactory scopes, CancellationToken appStopping)
{
    public const string Stopped = "The import was stopped. Import again to resume where it stopped.";

    private readonly Lock gate = new();
    private CancellationTokenSource? stop;
    private ImportJobStatus status = new(false, null, null);

    public ImportJobStatus Status
    {
        get { lock (gate) return status; }
    }

    /// <summary>Starts the import and returns at once. Refused (the reason returned, nothing started) while one runs.</summary>
    public string? Start()
    {
        lock (gate)
        {
            if (status.IsRunning) return YouTubeLibraryImporter.AlreadyRunning;
            stop = CancellationTokenSource.CreateLinkedTokenSource(appStopping);
            status = new ImportJobStatus(true, null, null);
            var token = stop.Token;
            // Not awaited: the outcome lands in Status, which the page polls.
            _ = Task.Run(() => RunAsync(token), CancellationToken.None);
            return null;
        }
    }

    /// <summary>Stops the running import after the page it is reading (each page is saved, so nothing paid for is lost).</summary>
    public void Stop()
    {
        lock (gate) stop?.Cancel();
    }

    private async Task RunAsync(CancellationToken ct)
    {
        ImportJobStatus ended;
        try
        {
            // Its own scope: nothing the import resolves is shared with the page (or the request) that started it.
            await using var scope = scopes.CreateAsyncScope();
            ended = new ImportJobStatus(false, await scope.ServiceProvider.GetRequiredService<YouTubeLibraryImporter>().RunAsync(ct), null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            ended = new ImportJobStatus(false, null, Stopped);
        }
        catch (Exception ex)
        {
            // A bug, not a YouTube failure (those come back as a paused run): say so rather than spin forever.
            ended = new ImportJobStatus(false, null, $"The import stopped on an unexpected error ({ex.GetType().Name}: {ex.Message}). Import again to resume where it stopped.");
        }
        lock (gate)
        {
            status = ended;
            stop?.Dispose();
            stop = null;
        }
    }
}
