using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.ActivityLog;

public enum ActivityArea { Account, Library, Structure, Sync, YouTube, Backup }

/// <summary>
/// One line of the append-only activity log: who did what, when. Rows are only ever added (no code updates or deletes
/// them); changes the sync made on YouTube come from its journal rows, which never change once they succeeded.
/// </summary>
public sealed class ActivityEntry
{
    public long Id { get; private set; }
    public DateTimeOffset At { get; init; }
    public ActivityArea Area { get; init; }
    /// <summary>"you", "sync #3", "restore #4"…: a single-user app has one person and the processes acting for them.</summary>
    public required string Actor { get; init; }
    public required string What { get; init; }

    /// <summary>Adds an entry to <paramref name="db"/>, so it commits (or not) with the change it describes.</summary>
    public static void Record(OrganizerDbContext db, DateTimeOffset at, ActivityArea area, string actor, string what) =>
        db.ActivityLog.Add(new ActivityEntry { At = at, Area = area, Actor = actor, What = what.Length > 1000 ? what[..999] + "…" : what });
}

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> e)
    {
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.At);
        e.Property(a => a.Area).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Actor).HasMaxLength(50);
        e.Property(a => a.What).HasMaxLength(1000);
    }
}
