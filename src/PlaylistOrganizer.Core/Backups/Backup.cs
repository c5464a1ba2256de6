using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Backups;

/// <summary>A stored backup: the JSON document and its SHA-256, checked before any use.</summary>
public sealed class Backup
{
    public long Id { get; private set; }
    public DateTimeOffset TakenAt { get; init; }
    /// <summary>The sync it was taken for, or null for an on-demand backup.</summary>
    public long? SyncRunId { get; init; }
    public required string Json { get; init; }
    /// <summary>Lower-case hex SHA-256 of the UTF-8 JSON.</summary>
    public required string Sha256 { get; init; }
    public int Playlists { get; init; }
    public int Items { get; init; }
}

internal sealed class BackupConfiguration : IEntityTypeConfiguration<Backup>
{
    public void Configure(EntityTypeBuilder<Backup> e)
    {
        e.HasKey(b => b.Id);
        e.Property(b => b.Sha256).HasMaxLength(64);
        e.HasIndex(b => b.SyncRunId);
    }
}
