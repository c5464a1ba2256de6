using Microsoft.Extensions.Options;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// YouTube's list calls may not show a write at once (docs/youtube-facts.md §8: read-your-writes is not promised). Before
/// the sync reads back what it wrote (a lost answer's read-back, verify), it waits until
/// <see cref="SyncEngineOptions.ReadBackDelay"/> has passed since its last write, so one read that lags behind is not
/// taken for a write that never landed, which would be sent again and duplicate.
/// </summary>
/// <remarks>One per process: the engine and the executor share it, and there is one sync at a time.</remarks>
public sealed class ListLag(IOptions<SyncEngineOptions> options, TimeProvider time)
{
    private long lastWriteTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>A write was sent (whatever its answer).</summary>
    public void NoteWrite() => Interlocked.Exchange(ref lastWriteTicks, time.GetUtcNow().UtcTicks);

    /// <summary>Waits, on the injected clock, until the delay has passed since the last write; at once if it has.</summary>
    public Task WaitForListsAsync(CancellationToken ct)
    {
        var due = new DateTimeOffset(Interlocked.Read(ref lastWriteTicks), TimeSpan.Zero) + options.Value.ReadBackDelay;
        var wait = due - time.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, ct) : Task.CompletedTask;
    }

    /// <summary>Waits the whole delay once more: before a second read-back, when the first did not show the write.</summary>
    public Task WaitOnceMoreAsync(CancellationToken ct) =>
        options.Value.ReadBackDelay > TimeSpan.Zero ? Task.Delay(options.Value.ReadBackDelay, time, ct) : Task.CompletedTask;
}
