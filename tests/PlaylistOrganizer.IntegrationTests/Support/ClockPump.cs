using Microsoft.Extensions.Time.Testing;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>
/// Moves a fake clock forward in small steps while it lives, so waits on the injected clock (the sync's read-back delay,
/// the emulator's read lag) pass in milliseconds of real time, in order, as they would on a real one.
/// </summary>
public sealed class ClockPump : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task pumping;

    public ClockPump(FakeTimeProvider time, TimeSpan step)
    {
        pumping = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                time.Advance(step);
                await Task.Delay(2);
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await pumping;
        stop.Dispose();
    }
}
