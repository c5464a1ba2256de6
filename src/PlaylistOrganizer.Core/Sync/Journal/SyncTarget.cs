using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>A category as the sync's plan froze it: what its playlist must be called and hold.</summary>
public sealed class SyncTargetCategory
{
    public long RunId { get; init; }
    public required CategoryKey CategoryKey { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public Privacy Privacy { get; init; } = Privacy.Private;

    public PlaylistDraft Draft => new(Title, Description, Privacy);
}

/// <summary>A video a category's playlist must hold when the sync is done (available videos only): what verify compares against.</summary>
public sealed class SyncTargetVideo
{
    public long RunId { get; init; }
    public required CategoryKey CategoryKey { get; init; }
    public required VideoId VideoId { get; init; }
}

internal sealed class SyncTargetCategoryConfiguration : IEntityTypeConfiguration<SyncTargetCategory>
{
    public void Configure(EntityTypeBuilder<SyncTargetCategory> e)
    {
        e.HasKey(t => new { t.RunId, t.CategoryKey });
        e.Property(t => t.Title).HasMaxLength(300);
        e.Property(t => t.Description).HasMaxLength(5000);
        // Stored as YouTube spells it, in the column it always had.
        e.Property(t => t.Privacy).HasColumnName("PrivacyStatus").HasConversion(p => p.ToWire(), s => PrivacyNames.Parse(s) ?? Privacy.Private);
    }
}

internal sealed class SyncTargetVideoConfiguration : IEntityTypeConfiguration<SyncTargetVideo>
{
    public void Configure(EntityTypeBuilder<SyncTargetVideo> e) => e.HasKey(t => new { t.RunId, t.CategoryKey, t.VideoId });
}
