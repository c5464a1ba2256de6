using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>What the clean-up wants done with one Watch Later video.</summary>
public enum WatchLaterRole
{
    /// <summary>Synced into its category playlists: take it out of Watch Later.</summary>
    Remove,
    /// <summary>In no category: Watch Later is its only home, so it stays.</summary>
    KeepNoCategory,
    /// <summary>Every add of it to a category playlist was skipped, so it reached no playlist and stays.</summary>
    KeepSkipped,
    /// <summary>YouTube reports it unavailable (deleted or private): no playlist could take it; left as it is.</summary>
    KeepUnavailable,
}

/// <summary>What the newest verification Takeout said about a video.</summary>
public enum WatchLaterCheck
{
    /// <summary>The Takeout no longer lists it in Watch Later.</summary>
    Gone,
    /// <summary>The Takeout still lists it in Watch Later.</summary>
    StillThere,
}

/// <summary>
/// One row of a sync's Watch Later checklist: every video that was in Watch Later when the clean-up stage began,
/// the ones to remove and the ones to keep, in Takeout's order, with the user's tick saved the moment it is made.
/// </summary>
/// <remarks>
/// Frozen when the stage begins (<see cref="WatchLaterCleanup.PrepareAsync"/>), so a newer Takeout import changes the
/// library's Watch Later but never the list the user is working down. The journal's RemoveFromWatchLater operations stay
/// the record of what was done; this table holds only the clean-up's own state: order, role, tick, last check.
/// </remarks>
public sealed class WatchLaterChecklistEntry
{
    public long RunId { get; init; }
    public required string VideoId { get; init; }
    /// <summary>The row's place in the Takeout file (0 = first), used to break ties between equal added times.</summary>
    public int Position { get; init; }
    /// <summary>When the video was added to Watch Later (Takeout's time); null when the file had none.</summary>
    public DateTimeOffset? AddedAt { get; init; }
    public WatchLaterRole Role { get; init; }
    /// <summary>When the user ticked it as removed (by hand, or from the browser helper's report); null when not ticked.</summary>
    public DateTimeOffset? TickedAt { get; set; }
    /// <summary>What the newest verification Takeout said; null until one was uploaded.</summary>
    public WatchLaterCheck? LastCheck { get; set; }
}

/// <summary>One verification: a Takeout made after the sync, compared with the checklist.</summary>
public sealed class WatchLaterVerification
{
    public long Id { get; private set; }
    public long RunId { get; init; }
    public required string FileName { get; init; }
    /// <summary>When Google made the export (see <see cref="TakeoutExportTime"/>).</summary>
    public DateTimeOffset ExportedAt { get; init; }
    public DateTimeOffset CheckedAt { get; init; }
    /// <summary>Videos to remove that the Takeout no longer lists.</summary>
    public int Removed { get; init; }
    /// <summary>Videos to remove that the Takeout still lists.</summary>
    public int StillThere { get; init; }
    /// <summary>Videos to keep that are gone from Watch Later (not expected: the clean-up never asked for it).</summary>
    public int KeptButGone { get; init; }
    /// <summary>Videos in the Takeout's Watch Later that were not there when the clean-up began (added since; left alone).</summary>
    public int AddedSince { get; init; }
}

internal sealed class WatchLaterChecklistEntryConfiguration : IEntityTypeConfiguration<WatchLaterChecklistEntry>
{
    public void Configure(EntityTypeBuilder<WatchLaterChecklistEntry> e)
    {
        e.HasKey(w => new { w.RunId, w.VideoId });
        e.Property(w => w.VideoId).HasMaxLength(16);
        e.Property(w => w.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(w => w.LastCheck).HasConversion<string>().HasMaxLength(20);
        // The checklist pages through YouTube's order: newest added first, or oldest first.
        e.HasIndex(w => new { w.RunId, w.AddedAt, w.Position });
    }
}

internal sealed class WatchLaterVerificationConfiguration : IEntityTypeConfiguration<WatchLaterVerification>
{
    public void Configure(EntityTypeBuilder<WatchLaterVerification> e)
    {
        e.HasKey(v => v.Id);
        e.Property(v => v.FileName).HasMaxLength(300);
        e.HasIndex(v => v.RunId);
    }
}
