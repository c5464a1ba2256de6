using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>An approved, frozen copy of the structure. The sync works only from one of these, never from the draft.</summary>
/// <remarks>Immutable once written. <see cref="ContentHash"/> is the SHA-256 of the canonical form
/// (<see cref="StructureCanon"/>): the same categories and videos always give the same hash, whatever the ids.</remarks>
public sealed class StructureVersion
{
    /// <summary>1, 2, 3… in approval order.</summary>
    public int Number { get; init; }
    public DateTimeOffset ApprovedAt { get; init; }
    /// <summary>Lower-case hex SHA-256 of the canonical form.</summary>
    public required string ContentHash { get; init; }
    public int CategoryCount { get; init; }
    public int VideoLinkCount { get; init; }
}

/// <summary>A category as approved in one version. <see cref="CategoryId"/> is the draft category it was copied from.</summary>
public sealed class ApprovedCategory
{
    public int VersionNumber { get; init; }
    public long CategoryId { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Privacy { get; init; }
}

public sealed class ApprovedCategoryVideo
{
    public int VersionNumber { get; init; }
    public long CategoryId { get; init; }
    public required string VideoId { get; init; }
}

internal sealed class StructureVersionConfiguration : IEntityTypeConfiguration<StructureVersion>
{
    public void Configure(EntityTypeBuilder<StructureVersion> e)
    {
        e.ToTable("StructureVersions");
        e.HasKey(v => v.Number);
        e.Property(v => v.Number).ValueGeneratedNever();
        e.Property(v => v.ContentHash).HasMaxLength(64);
        e.HasMany<ApprovedCategory>().WithOne().HasForeignKey(c => c.VersionNumber).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApprovedCategoryConfiguration : IEntityTypeConfiguration<ApprovedCategory>
{
    public void Configure(EntityTypeBuilder<ApprovedCategory> e)
    {
        e.ToTable("ApprovedCategories");
        e.HasKey(c => new { c.VersionNumber, c.CategoryId });
        e.Property(c => c.Title).HasMaxLength(CategoryRules.MaxTitleLength * 2);
        e.Property(c => c.Description).HasMaxLength(CategoryRules.MaxDescriptionLength * 2);
        e.Property(c => c.Privacy).HasMaxLength(20);
    }
}

internal sealed class ApprovedCategoryVideoConfiguration : IEntityTypeConfiguration<ApprovedCategoryVideo>
{
    public void Configure(EntityTypeBuilder<ApprovedCategoryVideo> e)
    {
        e.ToTable("ApprovedCategoryVideos");
        e.HasKey(v => new { v.VersionNumber, v.CategoryId, v.VideoId });
        e.Property(v => v.VideoId).HasMaxLength(16);
        e.HasOne<ApprovedCategory>().WithMany().HasForeignKey(v => new { v.VersionNumber, v.CategoryId }).OnDelete(DeleteBehavior.Cascade);
    }
}
