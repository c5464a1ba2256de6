using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.App.Demo;

/// <summary>
/// The demo's "jump to the next quota reset": moves the clock the app and the emulator share just past midnight Pacific,
/// so a multi-day sync can be walked in minutes, and wakes the worker so a sync waiting on the clock sees the new day now.
/// </summary>
/// <param name="demo">Null outside demo mode, where there is no clock to move (<see cref="IsAvailable"/> is false).</param>
public sealed class DemoClockJump(QuotaLedger ledger, ISyncWorkerWake worker, DemoYouTube? demo = null)
{
    public bool IsAvailable => demo is not null;

    /// <summary>The simulated time (only when <see cref="IsAvailable"/>).</summary>
    public DateTimeOffset Now => Demo.Clock.GetUtcNow();

    public async Task JumpToNextResetAsync(CancellationToken ct)
    {
        var status = await ledger.GetStatusAsync(ct);
        Demo.Clock.Advance(status.UntilNextReset + TimeSpan.FromSeconds(1));
        worker.Wake();
    }

    private DemoYouTube Demo => demo ?? throw new InvalidOperationException("The clock only jumps in demo mode.");
}
