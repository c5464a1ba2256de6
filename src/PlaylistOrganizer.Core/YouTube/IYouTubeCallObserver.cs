namespace PlaylistOrganizer.Core.YouTube;

/// <summary>Told about every request the app sent to YouTube once it was answered and charged (the account status
/// notices a revoked token). Observers run in registration order and must not throw for API failures.</summary>
public interface IYouTubeCallObserver
{
    Task OnCallCompletedAsync(YouTubeMethod method, YouTubeError? error, CancellationToken ct);
}
