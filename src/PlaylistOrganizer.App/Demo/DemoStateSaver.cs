namespace PlaylistOrganizer.App.Demo;

/// <summary>Saves the demo emulator's state every minute, so a killed process loses at most a minute of demo changes.</summary>
public sealed class DemoStateSaver(DemoYouTube demo, ILogger<DemoStateSaver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await demo.SaveAsync(stoppingToken);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Saving the demo state failed; will try again.");
            }
        }
    }
}
