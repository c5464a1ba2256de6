using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Library;

public enum VideoAvailability
{
    /// <summary>Not looked up yet (a Takeout import knows only the id).</summary>
    Unknown,
    Available,
    /// <summary>videos.list no longer returns it: deleted, private or blocked. Kept, never dropped, so the user sees what was lost.</summary>
    Unavailable,
}

/// <summary>A video the library refers to, with the details videos.list gave the last time it was looked up.</summary>
public sealed class LibraryVideo
{
    public required string Id { get; init; }
    public string? Title { get; set; }
    public string? ChannelId { get; set; }
    public string? ChannelTitle { get; set; }
    public int? DurationSeconds { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? ThumbnailUrl { get; set; }
    public string? PrivacyStatus { get; set; }
    /// <summary>The first <see cref="MaxDescriptionLength"/> characters of snippet.description: enough to tell the topic.</summary>
    public string? Description { get; set; }
    /// <summary>snippet.tags (null: not looked up since tags were kept; empty: the video has none).</summary>
    public string[]? Tags { get; set; }
    /// <summary>snippet.categoryId: YouTube's coarse category ("10" = Music).</summary>
    public string? YouTubeCategoryId { get; set; }
    public VideoAvailability Availability { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }

    public const int MaxDescriptionLength = 1_000;

    /// <summary>The description cut to <see cref="MaxDescriptionLength"/>, never through a surrogate pair.</summary>
    public static string DescriptionStart(string description)
    {
        if (description.Length <= MaxDescriptionLength) return description;
        var end = char.IsHighSurrogate(description[MaxDescriptionLength - 1]) ? MaxDescriptionLength - 1 : MaxDescriptionLength;
        return description[..end];
    }
}

internal sealed class LibraryVideoConfiguration : IEntityTypeConfiguration<LibraryVideo>
{
    public void Configure(EntityTypeBuilder<LibraryVideo> e)
    {
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).HasMaxLength(16);
        e.Property(v => v.Title).HasMaxLength(500);
        e.Property(v => v.ChannelId).HasMaxLength(64);
        e.Property(v => v.ChannelTitle).HasMaxLength(300);
        e.Property(v => v.ThumbnailUrl).HasMaxLength(500);
        e.Property(v => v.PrivacyStatus).HasMaxLength(20);
        e.Property(v => v.Description).HasMaxLength(LibraryVideo.MaxDescriptionLength);
        e.Property(v => v.YouTubeCategoryId).HasMaxLength(10);
        e.Property(v => v.Availability).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(v => v.Availability);
    }
}
