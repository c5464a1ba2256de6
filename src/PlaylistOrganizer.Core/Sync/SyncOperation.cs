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

/// <summary>One planned operation of a sync and everything that happened to it: the journal row the report is built from.</summary>
public sealed class SyncOperation
{
    public long Id { get; private set; }
    public long RunId { get; init; }
    public int Sequence { get; init; }
    public SyncStage Stage { get; init; }
    public OperationKind Kind { get; init; }
    public string? CategoryKey { get; init; }
    /// <summary>The playlist the operation targets, once known (a reused or original one, or the category's created playlist).</summary>
    public string? PlaylistId { get; set; }
    public string? VideoId { get; init; }
    public string? ItemId { get; set; }
    public string? Title { get; init; }
    public string? Detail { get; init; }

    public OperationStatus Status { get; set; }
    public int Attempts { get; set; }
    /// <summary>What YouTube produced: the new playlist's id, or the new playlist item's id.</summary>
    public string? ResultId { get; set; }
    public YouTubeErrorKind? ErrorKind { get; set; }
    public string? ErrorReason { get; set; }
    public string? Message { get; set; }
    public int UnitsCharged { get; set; }
    /// <summary>The user chose to skip it while its outcome was unknown: read back, it is skipped only if it had not landed.</summary>
    public bool SkipIfNotApplied { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public static SyncOperation From(long runId, PlannedOperation planned) => new()
    {
        RunId = runId, Sequence = planned.Sequence, Stage = planned.Stage, Kind = planned.Kind, CategoryKey = planned.CategoryKey,
        PlaylistId = planned.PlaylistId, VideoId = planned.VideoId, ItemId = planned.ItemId, Title = planned.Title, Detail = planned.Detail,
        Status = planned.Kind == OperationKind.SkipUnavailableVideo ? OperationStatus.Skipped : OperationStatus.Pending,
        Message = planned.Kind == OperationKind.SkipUnavailableVideo ? planned.Detail : null,
    };
}

/// <summary>The YouTube playlist that holds a category during a sync (created by it, or an original it reuses).</summary>
public sealed class SyncCategoryPlaylist
{
    public long RunId { get; init; }
    public required string CategoryKey { get; init; }
    public required string PlaylistId { get; init; }
    public required string Title { get; init; }
    /// <summary>Set by the verify stage once the read-back matched the category exactly.</summary>
    public bool Verified { get; set; }
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
        e.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
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
