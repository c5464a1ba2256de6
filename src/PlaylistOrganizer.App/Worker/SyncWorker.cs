using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.App.Worker;

/// <summary>
/// Runs the active sync in the server, not the browser: closing the tab never stops it. A run still marked running at
/// start-up that no live command-line process works on was cut off by a crash; it waits as Interrupted for a manual resume.
/// </summary>
/// <remarks>With <c>Sync:BackgroundWorker=false</c> it still marks cut-off runs Interrupted at start-up but never runs a
/// sync itself: for tests (and tools) that drive <see cref="SyncEngine.RunAsync"/> by hand and must not share a run with it.</remarks>
public sealed class SyncWorker(SyncEngine engine, SyncProgress progress, SyncLease lease, SyncWakeUp wakeUp, IConfiguration configuration,
    ILogger<SyncWorker> logger)
    : BackgroundService
{
    /// <summary>How often to look for work when nobody signals. Commands signal at once; this is the safety net.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>Whether this worker runs syncs in the background. Default true.</summary>
    public const string BackgroundWorkerSetting = "Sync:BackgroundWorker";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Nobody else is about to take an unclaimed running run: this server's worker would have, before it stopped.
        await lease.InterruptAbandonedAsync(includeUnclaimed: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(BackgroundWorkerSetting, true)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            // A copy of the app on another machine that worked on a sync and stopped renewing its lease (it crashed):
            // this one goes on with it.
            foreach (var taken in await lease.TakeOverExpiredAsync(stoppingToken))
            {
                logger.LogWarning("Sync {RunId}: taken over from another copy of the app, whose lease expired", taken);
            }
            foreach (var runId in await progress.RunningRunIdsAsync(stoppingToken))
            {
                try
                {
                    await engine.RunAsync(runId, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return; // the engine marked the run Interrupted
                }
                catch (Exception ex)
                {
                    // A bug, not a YouTube failure (those are data). Stop the run where it is rather than loop on it.
                    logger.LogError(ex, "Sync {RunId} stopped on an unexpected error", runId);
                    await lease.InterruptAbandonedAsync(includeUnclaimed: true, CancellationToken.None);
                }
            }
            await wakeUp.WaitAsync(PollInterval, stoppingToken);
        }
    }
}
