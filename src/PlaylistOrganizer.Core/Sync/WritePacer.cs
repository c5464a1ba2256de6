using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;

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
/// one engine pass that writes (the engine works on one run at a time, one operation at a time). It remembers when its
/// own last write and create were answered; the ledger, shared by every copy of the app and kept across restarts, says
/// when the last ones were sent. The later of the two counts, so the first write after a restart, or after another copy
/// wrote, keeps its distance too (from the previous one's sending: its answer time died with that process).
/// </remarks>
public sealed class WritePacer(IOptions<SyncEngineOptions> options, TimeProvider time, QuotaLedger ledger)
{
    private static readonly YouTubeMethod[] Writes = Enum.GetValues<YouTubeMethod>().Where(m => m.IsWrite()).ToArray();
    private static readonly YouTubeMethod[] Creates = [YouTubeMethod.PlaylistsInsert];

    private DateTimeOffset? lastWrite;
    private DateTimeOffset? lastCreate;

    /// <summary>When the last write was answered, or failing that sent (null: never); what read-backs wait from.</summary>
    public async Task<DateTimeOffset?> LastWriteAsync(CancellationToken ct) => Later(lastWrite, await ledger.LastSentAsync(Writes, ct));

    /// <summary>Waits until a write of <paramref name="kind"/> may go out.</summary>
    public async Task WaitTurnAsync(OperationKind kind, CancellationToken ct)
    {
        var pause = options.Value.WritePause;
        var spacing = kind == OperationKind.CreatePlaylist ? options.Value.PlaylistCreateSpacing : TimeSpan.Zero;
        if (pause <= TimeSpan.Zero && spacing <= TimeSpan.Zero) return; // no pace: no need to look anything up
        var due = Later(
            pause > TimeSpan.Zero ? Due(await LastWriteAsync(ct), pause) : null,
            spacing > TimeSpan.Zero ? Due(Later(lastCreate, await ledger.LastSentAsync(Creates, ct)), spacing) : null);
        if (due is { } at && at > time.GetUtcNow()) await Task.Delay(at - time.GetUtcNow(), time, ct);
    }

    /// <summary>A write of <paramref name="kind"/> was answered (or failed to be) now: the next one's wait runs from here.</summary>
    public void Answered(OperationKind kind)
    {
        lastWrite = time.GetUtcNow();
        if (kind == OperationKind.CreatePlaylist) lastCreate = lastWrite;
    }

    private static DateTimeOffset? Due(DateTimeOffset? last, TimeSpan gap) =>
        last is { } at ? at + gap + gap * (Random.Shared.NextDouble() / 4) : null;

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
