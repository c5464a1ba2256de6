using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PlaylistOrganizer.Core.Library.Import;

public enum ImportSource { YouTube, Takeout }

public enum ImportRunState
{
    /// <summary>Reading pages now.</summary>
    Running,
    /// <summary>Stopped part-way (quota spent, credentials refused, crash, YouTube failing); the next import resumes from the saved pages.</summary>
    Paused,
    /// <summary>Applied to the library.</summary>
    Completed,
}

/// <summary>
/// One import of the account. Pages are staged in the database together with the cursor that produced them, so an
/// interrupted import resumes without re-reading finished pages, and the library only changes when every page is in.
/// </summary>
public sealed class ImportRun
{
    public long Id { get; private set; }
    public ImportSource Source { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }
    public ImportRunState State { get; set; }
    /// <summary>Why the run is paused, in words for the user.</summary>
    public string? Problem { get; set; }
    public int UnitsSpent { get; set; }

    public string? ChannelId { get; set; }
    public string? ChannelTitle { get; set; }
    /// <summary>Where playlists.list paging stands; null with <see cref="PlaylistsListed"/> false means "not started".</summary>
    public string? PlaylistsNextPageToken { get; set; }
    public bool PlaylistsListed { get; set; }
    public bool VideosLookedUp { get; set; }

    /// <summary>What the import changed, for the summary shown afterwards.</summary>
    public ImportSummary Summary { get; set; } = new();
}

/// <summary>What an import changed in the library.</summary>
public sealed class ImportSummary
{
    public int PlaylistsAdded { get; set; }
    public int PlaylistsRemoved { get; set; }
    public int PlaylistsRenamed { get; set; }
    public int ItemsAdded { get; set; }
    public int ItemsRemoved { get; set; }
    public int VideosLookedUp { get; set; }
    public int VideosFoundUnavailable { get; set; }
    public int WatchLaterAdded { get; set; }
    public int WatchLaterRemoved { get; set; }

    public bool NothingChanged => PlaylistsAdded + PlaylistsRemoved + PlaylistsRenamed + ItemsAdded + ItemsRemoved
        + VideosFoundUnavailable + WatchLaterAdded + WatchLaterRemoved == 0;
}

/// <summary>A playlist read during an unfinished import, with where its item paging stands.</summary>
public sealed class StagedPlaylist
{
    public long RunId { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public string PrivacyStatus { get; init; } = "private";
    public int ReportedItemCount { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? ItemsNextPageToken { get; set; }
    public bool ItemsListed { get; set; }
}

/// <summary>A playlist item read during an unfinished import.</summary>
public sealed class StagedPlaylistItem
{
    public long RunId { get; init; }
    public required string Id { get; init; }
    public required string PlaylistId { get; init; }
    public required string VideoId { get; init; }
    public int Position { get; init; }
    public DateTimeOffset? AddedAt { get; init; }
}

/// <summary>A video looked up during an unfinished import (Found false: videos.list no longer returns it).</summary>
public sealed class StagedVideo
{
    public long RunId { get; init; }
    public required string Id { get; init; }
    public bool Found { get; init; }
    public string? Title { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelTitle { get; init; }
    public int? DurationSeconds { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? ThumbnailUrl { get; init; }
    public string? PrivacyStatus { get; init; }
    /// <summary>The start of snippet.description (<see cref="LibraryVideo.MaxDescriptionLength"/> characters).</summary>
    public string? Description { get; init; }
    public string[]? Tags { get; init; }
    public string? YouTubeCategoryId { get; init; }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> e)
    {
        e.HasKey(r => r.Id);
        e.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Problem).HasMaxLength(1000);
        e.OwnsOne(r => r.Summary);
        e.HasIndex(r => new { r.Source, r.State });
    }
}

internal sealed class StagedPlaylistConfiguration : IEntityTypeConfiguration<StagedPlaylist>
{
    public void Configure(EntityTypeBuilder<StagedPlaylist> e) => e.HasKey(p => new { p.RunId, p.Id });
}

internal sealed class StagedPlaylistItemConfiguration : IEntityTypeConfiguration<StagedPlaylistItem>
{
    public void Configure(EntityTypeBuilder<StagedPlaylistItem> e) => e.HasKey(i => new { i.RunId, i.Id });
}

internal sealed class StagedVideoConfiguration : IEntityTypeConfiguration<StagedVideo>
{
    public void Configure(EntityTypeBuilder<StagedVideo> e) => e.HasKey(v => new { v.RunId, v.Id });
}
