using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library;

public enum LibraryPlaylistKind
{
    /// <summary>A playlist the user made.</summary>
    Regular,
    /// <summary>Uploads, liked videos, favorites: readable, never edited or deleted (docs/youtube-facts.md §4).</summary>
    System,
}

/// <summary>A playlist of the account as last imported.</summary>
public sealed class LibraryPlaylist
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string PrivacyStatus { get; set; } = "private";
    public LibraryPlaylistKind Kind { get; set; }
    /// <summary>contentDetails.itemCount as YouTube reported it.</summary>
    public int ReportedItemCount { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public List<LibraryPlaylistItem> Items { get; init; } = [];

    public static LibraryPlaylistKind KindOf(string playlistId) =>
        new PlaylistId(playlistId).IsSystem ? LibraryPlaylistKind.System : LibraryPlaylistKind.Regular;
}

/// <summary>One entry of a playlist. A playlist may hold the same video more than once.</summary>
public sealed class LibraryPlaylistItem
{
    /// <summary>The playlist-item id (what playlistItems.delete takes).</summary>
    public required string Id { get; init; }
    public required string PlaylistId { get; init; }
    public required string VideoId { get; init; }
    public int Position { get; set; }
    public DateTimeOffset? AddedAt { get; set; }
}

/// <summary>One Watch Later entry, known only from Google Takeout: the API cannot read Watch Later (docs/youtube-facts.md §3).</summary>
public sealed class WatchLaterEntry
{
    public required string VideoId { get; init; }
    public int Position { get; set; }
    public DateTimeOffset? AddedAt { get; set; }
}

internal sealed class LibraryPlaylistConfiguration : IEntityTypeConfiguration<LibraryPlaylist>
{
    public void Configure(EntityTypeBuilder<LibraryPlaylist> e)
    {
        e.HasKey(p => p.Id);
        e.Property(p => p.Id).HasMaxLength(64);
        e.Property(p => p.Title).HasMaxLength(300);
        e.Property(p => p.Description).HasMaxLength(5000);
        e.Property(p => p.PrivacyStatus).HasMaxLength(20);
        e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlaylistId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LibraryPlaylistItemConfiguration : IEntityTypeConfiguration<LibraryPlaylistItem>
{
    public void Configure(EntityTypeBuilder<LibraryPlaylistItem> e)
    {
        e.HasKey(i => i.Id);
        e.Property(i => i.Id).HasMaxLength(100);
        e.Property(i => i.VideoId).HasMaxLength(16);
        e.HasIndex(i => i.VideoId);
        e.HasIndex(i => new { i.PlaylistId, i.Position });
    }
}

internal sealed class WatchLaterEntryConfiguration : IEntityTypeConfiguration<WatchLaterEntry>
{
    public void Configure(EntityTypeBuilder<WatchLaterEntry> e)
    {
        e.HasKey(w => w.VideoId);
        e.Property(w => w.VideoId).HasMaxLength(16);
    }
}
