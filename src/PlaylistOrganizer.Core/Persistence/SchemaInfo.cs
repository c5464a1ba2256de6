using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>The fingerprint of the schema a database was created with (one row), so a newer app version notices.</summary>
public sealed class SchemaInfo
{
    public const int SingletonId = 1;
    public int Id { get; init; } = SingletonId;
    public required string Fingerprint { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class SchemaInfoConfiguration : IEntityTypeConfiguration<SchemaInfo>
{
    public void Configure(EntityTypeBuilder<SchemaInfo> e)
    {
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Fingerprint).HasMaxLength(64);
    }
}
