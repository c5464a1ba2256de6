using Microsoft.Extensions.Options;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// YouTube's list calls may not show a write at once (docs/youtube-facts.md §8: read-your-writes is not promised). Before
/// the sync reads back what it wrote (a lost answer's read-back, verify), it waits until
/// <see cref="SyncEngineOptions.ReadBackDelay"/> has passed since its last write, so one read that lags behind is not
/// taken for a write that never landed, which would be sent again and duplicate.
/// </summary>
/// <remarks>The last write's time is the one <see cref="WritePacer"/> keeps for the pace between writes, so after a
/// restart the read-back of a write whose answer was lost still waits from when that write went out.</remarks>
public sealed class ListLag(WritePacer writes, IOptions<SyncEngineOptions> options, TimeProvider time)
{
    /// <summary>Waits, on the injected clock, until the delay has passed since the last write; at once if it has.</summary>
    public async Task WaitForListsAsync(CancellationToken ct)
    {
        if (options.Value.ReadBackDelay <= TimeSpan.Zero || await writes.LastWriteAsync(ct) is not { } last) return;
        var wait = last + options.Value.ReadBackDelay - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }

    /// <summary>Waits the whole delay once more: before a second read-back, when the first did not show the write.</summary>
    public Task WaitOnceMoreAsync(CancellationToken ct) =>
        options.Value.ReadBackDelay > TimeSpan.Zero ? Task.Delay(options.Value.ReadBackDelay, time, ct) : Task.CompletedTask;
}
