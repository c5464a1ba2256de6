using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// The pace of the sync's writes: at least <see cref="SyncEngineOptions.WritePause"/> between two writes, and at least
/// <see cref="SyncEngineOptions.PlaylistCreateSpacing"/> between two playlist creates, each plus a random extra of up to a
/// quarter of it, so the writes do not tick like a machine's. YouTube answers bursts with 409s and 500s, and channels
/// that created playlists in a burst have been removed (docs/youtube-facts.md §1.4, §1.5, §8).
/// </summary>
/// <remarks>
/// A gap runs from the answer to the previous write to the sending of the next, so requests are at least that far apart
/// at YouTube however long each took. The waits run on the injected clock, so tests drive them. One per app, used by the
/// one engine pass that writes (the engine works on one run at a time, one operation at a time): it only remembers when
/// its last write and its last create were answered, so the first write after the app starts goes out at once.
/// </remarks>
public sealed class WritePacer(IOptions<SyncEngineOptions> options, TimeProvider time)
{
    private DateTimeOffset? lastWrite;
    private DateTimeOffset? lastCreate;

    /// <summary>When the last write was answered (null: none since the app started); what read-backs wait from.</summary>
    public DateTimeOffset? LastWriteAnswered => lastWrite;

    /// <summary>Waits until a write of <paramref name="kind"/> may go out.</summary>
    public async Task WaitTurnAsync(OperationKind kind, CancellationToken ct)
    {
        var due = Later(Due(lastWrite, options.Value.WritePause),
            kind == OperationKind.CreatePlaylist ? Due(lastCreate, options.Value.PlaylistCreateSpacing) : null);
        if (due is { } at && at > time.GetUtcNow()) await Task.Delay(at - time.GetUtcNow(), time, ct);
    }

    /// <summary>A write of <paramref name="kind"/> was answered (or failed to be) now: the next one's wait runs from here.</summary>
    public void Answered(OperationKind kind)
    {
        lastWrite = time.GetUtcNow();
        if (kind == OperationKind.CreatePlaylist) lastCreate = lastWrite;
    }

    private static DateTimeOffset? Due(DateTimeOffset? last, TimeSpan gap) =>
        last is { } at && gap > TimeSpan.Zero ? at + gap + gap * (Random.Shared.NextDouble() / 4) : null;

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
