using PlaylistOrganizer.Core.ActivityLog;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>Turns a fully staged import into the library in one transaction, counting what changed.</summary>
internal static class LibraryApplier
{
    public static async Task ApplyYouTubeImportAsync(OrganizerDbContext db, ImportRun run, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var summary = new ImportSummary();

        var staged = await db.StagedPlaylists.Where(p => p.RunId == run.Id).ToDictionaryAsync(p => p.Id, ct);
        var stagedItems = (await db.StagedPlaylistItems.Where(i => i.RunId == run.Id).ToListAsync(ct))
            .ToLookup(i => i.PlaylistId);
        var library = await db.Playlists.Include(p => p.Items).ToDictionaryAsync(p => p.Id, ct);

        foreach (var gone in library.Values.Where(p => !staged.ContainsKey(p.Id)))
        {
            db.Playlists.Remove(gone);
            summary.PlaylistsRemoved++;
        }
        foreach (var source in staged.Values)
        {
            if (!library.TryGetValue(source.Id, out var playlist))
            {
                playlist = new LibraryPlaylist { Id = source.Id, Title = source.Title };
                db.Playlists.Add(playlist);
                summary.PlaylistsAdded++;
            }
            else if (playlist.Title != source.Title)
            {
                summary.PlaylistsRenamed++;
            }
            playlist.Title = source.Title;
            playlist.Description = source.Description;
            playlist.PrivacyStatus = source.PrivacyStatus;
            playlist.Kind = LibraryPlaylist.KindOf(source.Id);
            playlist.ReportedItemCount = source.ReportedItemCount;
            playlist.PublishedAt = source.PublishedAt;
            playlist.ImportedAt = now;
            MergeItems(playlist, stagedItems[source.Id], summary);
        }

        await MergeVideosAsync(db, run.Id, now, summary, ct);

        await db.StagedPlaylistItems.Where(i => i.RunId == run.Id).ExecuteDeleteAsync(ct);
        await db.StagedPlaylists.Where(p => p.RunId == run.Id).ExecuteDeleteAsync(ct);
        await db.StagedVideos.Where(v => v.RunId == run.Id).ExecuteDeleteAsync(ct);
        run.Summary = summary;
        run.State = ImportRunState.Completed;
        run.FinishedAt = now;
        ActivityEntry.Record(db, now, ActivityArea.Library, "you",
            $"Imported from YouTube: {summary.PlaylistsAdded} playlists added, {summary.PlaylistsRemoved} removed, {summary.PlaylistsRenamed} renamed; " +
            $"{summary.ItemsAdded.Grouped()} entries added, {summary.ItemsRemoved.Grouped()} removed ({run.UnitsSpent} units)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static void MergeItems(LibraryPlaylist playlist, IEnumerable<StagedPlaylistItem> source, ImportSummary summary)
    {
        var incoming = source.ToDictionary(i => i.Id);
        foreach (var gone in playlist.Items.Where(i => !incoming.ContainsKey(i.Id)).ToList())
        {
            playlist.Items.Remove(gone);
            summary.ItemsRemoved++;
        }
        var existing = playlist.Items.ToDictionary(i => i.Id);
        foreach (var item in incoming.Values)
        {
            if (existing.TryGetValue(item.Id, out var kept))
            {
                kept.Position = item.Position;
                kept.AddedAt = item.AddedAt;
                continue;
            }
            playlist.Items.Add(new LibraryPlaylistItem
            {
                Id = item.Id, PlaylistId = playlist.Id, VideoId = item.VideoId, Position = item.Position, AddedAt = item.AddedAt,
            });
            summary.ItemsAdded++;
        }
    }

    private static async Task MergeVideosAsync(OrganizerDbContext db, long runId, DateTimeOffset now, ImportSummary summary, CancellationToken ct)
    {
        var looked = await db.StagedVideos.Where(v => v.RunId == runId).ToListAsync(ct);
        summary.VideosLookedUp = looked.Count;
        var ids = looked.Select(v => v.Id).ToList();
        var existing = await db.Videos.Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        foreach (var found in looked)
        {
            if (!existing.TryGetValue(found.Id, out var video))
            {
                video = new LibraryVideo { Id = found.Id };
                db.Videos.Add(video);
            }
            if (!found.Found)
            {
                summary.VideosFoundUnavailable++;
                video.Availability = VideoAvailability.Unavailable;
                video.CheckedAt = now;
                continue;
            }
            video.Title = found.Title;
            video.ChannelId = found.ChannelId;
            video.ChannelTitle = found.ChannelTitle;
            video.DurationSeconds = found.DurationSeconds;
            video.PublishedAt = found.PublishedAt;
            video.ThumbnailUrl = found.ThumbnailUrl;
            video.PrivacyStatus = found.PrivacyStatus;
            video.Description = found.Description;
            video.Tags = found.Tags;
            video.YouTubeCategoryId = found.YouTubeCategoryId;
            video.Availability = VideoAvailability.Available;
            video.CheckedAt = now;
        }
    }
}
