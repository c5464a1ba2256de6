using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>The life of one journal row: Pending → InFlight → Succeeded | Failed | Unknown | Skipped.</summary>
public enum OperationStatus
{
    Pending,
    /// <summary>Committed just before the request went out. Found after a crash it means "outcome unknown".</summary>
    InFlight,
    Succeeded,
    /// <summary>YouTube refused it for a reason retrying cannot fix (or retries ran out); awaits the end-of-stage decision.</summary>
    Failed,
    /// <summary>Sent, but no answer came back: reconciled by reading YouTube before any retry, never treated as failed.</summary>
    Unknown,
    /// <summary>Not done, on purpose: unavailable video, the user skipped it, or the deletion guard kept a playlist.</summary>
    Skipped,
}

/// <summary>
/// One planned operation of a sync and everything that happened to it: the journal row the report is built from.
/// </summary>
/// <remarks>
/// Its status changes only through the transition methods below, each allowed from the statuses it names and otherwise
/// refused: it returns false and changes nothing. <see cref="SyncJournal"/> applies them as a compare-and-set on the
/// status it read (the status is the row's concurrency token), so a row moved meanwhile by someone else is left alone.
/// Every transition stamps <see cref="UpdatedAt"/>.
/// </remarks>
public sealed class SyncOperation
{
    public long Id { get; private set; }
    public long RunId { get; private init; }
    public int Sequence { get; private init; }
    public SyncStage Stage { get; private init; }
    public OperationKind Kind { get; private init; }
    public CategoryKey? CategoryKey { get; private init; }
    /// <summary>The existing playlist the operation touches (reused, original, or Watch Later); null for the category's
    /// playlist the sync creates (<see cref="PlaylistRef.Created"/>).</summary>
    public PlaylistId? PlaylistId { get; private init; }
    public VideoId? VideoId { get; private init; }
    /// <summary>The playlist item removed, or the item an add produced.</summary>
    public PlaylistItemId? ItemId { get; private set; }
    public string? Title { get; private init; }
    public string? Detail { get; private init; }

    public OperationStatus Status { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>What YouTube produced: the new playlist's id, or the new playlist item's id.</summary>
    public string? ResultId { get; private set; }
    public YouTubeErrorKind? ErrorKind { get; private set; }
    public string? ErrorReason { get; private set; }
    public string? Message { get; private set; }
    /// <summary>Units the ledger charged for it (its writes and the reads that reconciled it), booked by <see cref="SyncQuotaBooking"/>.</summary>
    public int UnitsCharged { get; private set; }
    /// <summary>The user chose to skip it while its outcome was unknown: read back, it is skipped only if it had not landed.</summary>
    public bool SkipIfNotApplied { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    private SyncOperation() { }

    /// <summary>The journal row of a planned operation: pending, or skipped already when the plan says it must not be sent.</summary>
    public static SyncOperation From(long runId, PlannedOperation planned)
    {
        (CategoryKey? Category, PlaylistId? Playlist, VideoId? Video, PlaylistItemId? Item) ids = planned switch
        {
            PlannedOperation.CreatePlaylist c => (c.Category, null, null, null),
            PlannedOperation.UpdatePlaylist u => (u.Category, u.Playlist, null, null),
            PlannedOperation.AddVideo a => (a.Category, a.Into.ExistingId, a.Video, null),
            PlannedOperation.SkipUnavailableVideo s => (s.Category, s.Into.ExistingId, s.Video, null),
            PlannedOperation.RemoveFromWatchLater w => (null, YouTube.PlaylistId.WatchLater, w.Video, null),
            PlannedOperation.RemoveItem r => (r.Category, r.Playlist, r.Video, r.Item),
            PlannedOperation.DeletePlaylist d => (null, d.Playlist, null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(planned), planned, "Unknown kind of operation."),
        };
        var skipped = planned.Kind == OperationKind.SkipUnavailableVideo;
        return new()
        {
            RunId = runId, Sequence = planned.Sequence, Stage = planned.Stage, Kind = planned.Kind, CategoryKey = ids.Category,
            PlaylistId = ids.Playlist, VideoId = ids.Video, ItemId = ids.Item, Title = planned.Title, Detail = planned.Detail,
            Status = skipped ? OperationStatus.Skipped : OperationStatus.Pending,
            Message = skipped ? planned.Detail : null,
        };
    }

    /// <summary>The planned operation this row carries out, with the ids its kind needs.</summary>
    public PlannedOperation Planned => Kind switch
    {
        OperationKind.CreatePlaylist => new PlannedOperation.CreatePlaylist(Sequence, Required(CategoryKey), Title ?? ""),
        OperationKind.UpdatePlaylist => new PlannedOperation.UpdatePlaylist(Sequence, Required(CategoryKey), Required(PlaylistId), Title ?? "", Detail ?? ""),
        OperationKind.AddVideo => new PlannedOperation.AddVideo(Sequence, Required(CategoryKey), PlaylistRef.Of(PlaylistId), Required(VideoId), Title ?? "",
            IsRepair: Stage == SyncStage.Verify),
        OperationKind.SkipUnavailableVideo => new PlannedOperation.SkipUnavailableVideo(Sequence, Required(CategoryKey), PlaylistRef.Of(PlaylistId),
            Required(VideoId), Title ?? ""),
        OperationKind.RemoveFromWatchLater => new PlannedOperation.RemoveFromWatchLater(Sequence, Required(VideoId)),
        OperationKind.RemoveItem => new PlannedOperation.RemoveItem(Sequence, Required(CategoryKey), Required(PlaylistId), Required(VideoId),
            Required(ItemId), Title ?? "", IsRepair: Stage == SyncStage.Verify),
        OperationKind.DeletePlaylist => new PlannedOperation.DeletePlaylist(Sequence, Required(PlaylistId), Title ?? "", Detail ?? ""),
        _ => throw new InvalidOperationException($"Operation #{Sequence} has an unknown kind {Kind}."),
    };

    private T Required<T>(T? id) where T : struct =>
        id ?? throw new InvalidOperationException($"Operation #{Sequence} ({Kind}) has no {typeof(T).Name}: the journal row is damaged.");

    /// <summary>Still to do: waiting to be sent, sent without a recorded answer, or sent with its answer lost.</summary>
    public bool IsOpen => OperationStatuses.IsOpen(Status);

    /// <summary>
    /// A failure after which the write may have landed: it ran out of retries on a passing error, or the read-back of an
    /// earlier unknown outcome was the call refused for rate. Whatever the user decides, it is read back first.
    /// </summary>
    public bool MayHaveLanded => Status == OperationStatus.Failed && ErrorKind is YouTubeErrorKind.Transient or YouTubeErrorKind.RateLimited;

    /// <summary>Pending → InFlight, just before its request goes out. An unknown outcome is never resent before it is read back.</summary>
    internal bool BeginAttempt(DateTimeOffset at)
    {
        if (Status != OperationStatus.Pending) return false;
        Status = OperationStatus.InFlight;
        Attempts++;
        UpdatedAt = at;
        return true;
    }

    /// <summary>InFlight | Unknown → Succeeded: YouTube answered that it applied the write, or the read-back shows it did.</summary>
    internal bool Succeed(DateTimeOffset at, string? resultId, PlaylistItemId? itemId, string? message) =>
        From(Sent) && Record(OperationStatus.Succeeded, at, message: message, resultId: resultId, itemId: itemId);

    /// <summary>InFlight | Unknown → Unknown: the answer was lost (the write may have landed), or the read-back that
    /// would tell failed. Read back again before any resend.</summary>
    internal bool MarkUnknown(DateTimeOffset at, YouTubeError? error) =>
        From(Sent) && Record(OperationStatus.Unknown, at, error);

    /// <summary>InFlight | Unknown → Pending: YouTube refused the request (so it was not applied), or the read-back showed
    /// the earlier one had not landed. It may be sent (again).</summary>
    internal bool MarkNotApplied(DateTimeOffset at, YouTubeError? error) =>
        From(Sent) && Record(OperationStatus.Pending, at, error);

    /// <summary>Pending | InFlight | Unknown → Failed: for the end-of-stage decision.</summary>
    internal bool Fail(DateTimeOffset at, YouTubeError? error, string? message) =>
        IsOpen && Record(OperationStatus.Failed, at, error, message);

    /// <summary>Pending → Skipped, never sent: the video is unavailable, the playlist is gone, or the deletion guard keeps it.</summary>
    internal bool Skip(DateTimeOffset at, string why, YouTubeErrorKind? kind = null)
    {
        if (Status != OperationStatus.Pending) return false;
        Status = OperationStatus.Skipped;
        ErrorKind = kind ?? ErrorKind;
        Message = why;
        UpdatedAt = at;
        return true;
    }

    /// <summary>InFlight | Unknown → Skipped, for a row the user chose to skip while its outcome was unknown, once the
    /// read-back showed it had not been applied.</summary>
    internal bool SkipNotApplied(DateTimeOffset at) =>
        SkipIfNotApplied && From(Sent)
        && Record(OperationStatus.Skipped, at, message: "Skipped by your decision (reading YouTube back showed it had not been applied).");

    /// <summary>
    /// Failed → Skipped by the user's decision; or, when it <see cref="MayHaveLanded"/>, Failed → Unknown, to be skipped
    /// only if the read-back shows it had not landed: the report never calls skipped what YouTube did.
    /// </summary>
    internal bool SkipByDecision(DateTimeOffset at)
    {
        if (Status != OperationStatus.Failed) return false;
        if (MayHaveLanded)
        {
            Status = OperationStatus.Unknown;
            SkipIfNotApplied = true;
        }
        else
        {
            Status = OperationStatus.Skipped;
            Message = "Skipped by your decision: " + (Message ?? ErrorReason ?? "failed");
        }
        UpdatedAt = at;
        return true;
    }

    /// <summary>Failed → Pending by the user's decision; or Failed → Unknown when it <see cref="MayHaveLanded"/>, so it is
    /// read back before it is resent.</summary>
    internal bool RetryByDecision(DateTimeOffset at)
    {
        if (Status != OperationStatus.Failed) return false;
        Status = MayHaveLanded ? OperationStatus.Unknown : OperationStatus.Pending;
        SkipIfNotApplied = false;
        UpdatedAt = at;
        return true;
    }

    /// <summary>InFlight → Unknown, on resuming a run whose pass stopped before this row's answer was recorded: the write
    /// may have landed. Its cost is already booked (the ledger charged it when it was sent).</summary>
    internal bool MarkAnswerNeverRecorded(DateTimeOffset at)
    {
        if (Status != OperationStatus.InFlight) return false;
        Status = OperationStatus.Unknown;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Pending → Succeeded for a Watch Later entry the user says they removed by hand (the API cannot).</summary>
    internal bool ConfirmDoneByHand(DateTimeOffset at, string message)
    {
        if (Kind != OperationKind.RemoveFromWatchLater || Status != OperationStatus.Pending) return false;
        Status = OperationStatus.Succeeded;
        Message = message;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Pending | Succeeded → Succeeded for a Watch Later entry a newer Takeout no longer lists: verified, whether
    /// or not the user had confirmed it by hand.</summary>
    internal bool VerifyRemovedByTakeout(DateTimeOffset at, string message) =>
        Kind == OperationKind.RemoveFromWatchLater && From(CheckableByTakeout) && Record(OperationStatus.Succeeded, at, message: message);

    /// <summary>Pending | Succeeded → Pending for a Watch Later entry a newer Takeout still lists, even if the user had
    /// confirmed it by hand: the Takeout shows it is still there.</summary>
    internal bool ReopenStillListed(DateTimeOffset at, string message) =>
        Kind == OperationKind.RemoveFromWatchLater && From(CheckableByTakeout) && Record(OperationStatus.Pending, at, message: message);

    private static readonly OperationStatus[] CheckableByTakeout = [OperationStatus.Pending, OperationStatus.Succeeded];

    private static readonly OperationStatus[] Sent = [OperationStatus.InFlight, OperationStatus.Unknown];

    private bool From(OperationStatus[] allowed) => allowed.Contains(Status);

    /// <summary>An attempt's end: the error it ended with replaces any earlier one (none: cleared); the message and ids
    /// are kept unless new ones are given.</summary>
    private bool Record(OperationStatus status, DateTimeOffset at, YouTubeError? error = null, string? message = null,
        string? resultId = null, PlaylistItemId? itemId = null)
    {
        Status = status;
        ResultId = resultId ?? ResultId;
        ItemId = itemId ?? ItemId;
        ErrorKind = error?.Kind;
        ErrorReason = error?.Reason;
        Message = message ?? error?.Message ?? Message;
        UpdatedAt = at;
        return true;
    }
}

/// <summary>The playlist that holds a category during a sync (created by it, or an original it reuses).</summary>
public sealed class SyncCategoryPlaylist
{
    public long RunId { get; init; }
    public required CategoryKey CategoryKey { get; init; }
    public required PlaylistId PlaylistId { get; init; }
    public required string Title { get; init; }
    /// <summary>Set by the verify stage once the read-back matched the category exactly.</summary>
    public bool Verified { get; private set; }

    internal void MarkVerified(bool verified) => Verified = verified;
}

internal sealed class SyncOperationConfiguration : IEntityTypeConfiguration<SyncOperation>
{
    public void Configure(EntityTypeBuilder<SyncOperation> e)
    {
        e.HasKey(o => o.Id);
        e.HasIndex(o => new { o.RunId, o.Stage, o.Status });
        e.HasIndex(o => new { o.RunId, o.Sequence }).IsUnique();
        e.Property(o => o.Stage).HasConversion<string>().HasMaxLength(30);
        e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        // The concurrency token: every transition is a compare-and-set on the status it was read with (see SyncJournal).
        e.Property(o => o.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        e.Property(o => o.ErrorKind).HasConversion<string>().HasMaxLength(30);
        e.Property(o => o.Title).HasMaxLength(300);
        e.Property(o => o.Detail).HasMaxLength(1000);
        e.Property(o => o.Message).HasMaxLength(1000);
        e.Property(o => o.SkipIfNotApplied).HasDefaultValue(false);
    }
}

internal sealed class SyncCategoryPlaylistConfiguration : IEntityTypeConfiguration<SyncCategoryPlaylist>
{
    public void Configure(EntityTypeBuilder<SyncCategoryPlaylist> e) => e.HasKey(c => new { c.RunId, c.CategoryKey });
}
