using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>A category of the draft structure: it becomes one YouTube playlist once approved and synced.</summary>
/// <remarks>Changed only through <see cref="CategoryEditor"/>, which validates, journals for undo and applies each edit in
/// one transaction. Ids stay stable across undo and redo, so the draft-vs-approved diff can tell a rename from a new category.</remarks>
public sealed class Category
{
    public long Id { get; init; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Words the user types to say what belongs here ("sourdough, knife skills"): local only, never synced.
    /// The suggestions read them with the title and description, most of all while the category has no videos yet.</summary>
    public string Keywords { get; set; } = "";
    /// <summary>The privacy of the playlist the sync creates: private (default), unlisted or public.</summary>
    public string Privacy { get; set; } = CategoryRules.DefaultPrivacy;
}

/// <summary>One video in one category. A video in several categories is several rows; a video in none is "Uncategorized".</summary>
/// <remarks>The video id is a plain string, not a foreign key: an imported structure file may name videos the library
/// does not know yet (they are reported, not refused).</remarks>
public sealed class CategoryVideo
{
    public long CategoryId { get; init; }
    public required string VideoId { get; init; }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> e)
    {
        e.ToTable("Categories");
        e.HasKey(c => c.Id);
        e.Property(c => c.Title).HasMaxLength(CategoryRules.MaxTitleLength * 2);
        e.Property(c => c.Description).HasMaxLength(CategoryRules.MaxDescriptionLength * 2);
        e.Property(c => c.Keywords).HasMaxLength(CategoryRules.MaxKeywordsLength);
        e.Property(c => c.Privacy).HasMaxLength(20);
        e.HasMany<CategoryVideo>().WithOne().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CategoryVideoConfiguration : IEntityTypeConfiguration<CategoryVideo>
{
    public void Configure(EntityTypeBuilder<CategoryVideo> e)
    {
        e.ToTable("CategoryVideos");
        e.HasKey(v => new { v.CategoryId, v.VideoId });
        e.Property(v => v.VideoId).HasMaxLength(16);
        e.HasIndex(v => v.VideoId);
    }
}
