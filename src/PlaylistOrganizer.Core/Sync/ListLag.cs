using Microsoft.Extensions.Options;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// YouTube's list calls may not show a write at once (docs/youtube-facts.md §8: read-your-writes is not promised). Before
/// the sync reads back what it wrote (a lost answer's read-back, verify), it waits until
/// <see cref="SyncEngineOptions.ReadBackDelay"/> has passed since its last write, so one read that lags behind is not
/// taken for a write that never landed, which would be sent again and duplicate.
/// </summary>
/// <remarks>The last write's time is the one <see cref="WritePacer"/> keeps for the pace between writes.</remarks>
public sealed class ListLag(WritePacer writes, IOptions<SyncEngineOptions> options, TimeProvider time)
{
    /// <summary>Waits, on the injected clock, until the delay has passed since the last write; at once if it has.</summary>
    public Task WaitForListsAsync(CancellationToken ct)
    {
        if (writes.LastWriteAnswered is not { } last) return Task.CompletedTask;
        var wait = last + options.Value.ReadBackDelay - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;
    }

    /// <summary>Waits the whole delay once more: before a second read-back, when the first did not show the write.</summary>
    public Task WaitOnceMoreAsync(CancellationToken ct) =>
        options.Value.ReadBackDelay > TimeSpan.Zero ? Task.Delay(options.Value.ReadBackDelay, time, ct) : Task.CompletedTask;
}
