using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>A video's sentence vector, stored so that a video is run through the model once, not at every start.</summary>
/// <remarks>Recomputed only when the model or the text it was made from changes (<see cref="TextHash"/>).</remarks>
public sealed class VideoEmbedding
{
    public required string VideoId { get; init; }
    public required string Model { get; set; }
    /// <summary>First 16 hex digits of SHA-256 over the text the vector was made from.</summary>
    public required string TextHash { get; set; }
    /// <summary>The unit vector, little-endian float32.</summary>
    public required byte[] Vector { get; set; }
}

/// <summary>"Not this category" for one video: the suggestion is not offered again.</summary>
public sealed class SuggestionRejection
{
    public required string VideoId { get; init; }
    public long CategoryId { get; init; }
    public DateTimeOffset At { get; init; }
}

internal sealed class VideoEmbeddingConfiguration : IEntityTypeConfiguration<VideoEmbedding>
{
    public void Configure(EntityTypeBuilder<VideoEmbedding> e)
    {
        e.ToTable("VideoEmbeddings");
        e.HasKey(v => v.VideoId);
        e.Property(v => v.VideoId).HasMaxLength(16);
        e.Property(v => v.Model).HasMaxLength(100);
        e.Property(v => v.TextHash).HasMaxLength(16);
    }
}

internal sealed class SuggestionRejectionConfiguration : IEntityTypeConfiguration<SuggestionRejection>
{
    public void Configure(EntityTypeBuilder<SuggestionRejection> e)
    {
        e.ToTable("SuggestionRejections");
        e.HasKey(r => new { r.VideoId, r.CategoryId });
        e.Property(r => r.VideoId).HasMaxLength(16);
    }
}
