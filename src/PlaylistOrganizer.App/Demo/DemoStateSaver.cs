namespace PlaylistOrganizer.App.Demo;

/// <summary>Saves the demo emulator's state every minute and when the app stops, so the demo survives restarts and a
/// killed process loses at most a minute of demo changes.</summary>
public sealed class DemoStateSaver(DemoYouTube demo, ILogger<DemoStateSaver> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SaveAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await demo.SaveAsync(ct);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Saving the demo state failed; will try again.");
        }
    }
}
