using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>An encrypted value kept by key (OAuth tokens). Core stores only ciphertext; the host encrypts and decrypts.</summary>
public sealed class StoredSecret
{
    public required string Key { get; init; }
    public required string Ciphertext { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StoredSecretConfiguration : IEntityTypeConfiguration<StoredSecret>
{
    public void Configure(EntityTypeBuilder<StoredSecret> e)
    {
        e.HasKey(s => s.Key);
        e.Property(s => s.Key).HasMaxLength(200);
    }
}
