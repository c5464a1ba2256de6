using PlaylistOrganizer.Core.Safety;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>The outcome of a Takeout import: the run with its summary, or the problems that stopped it (nothing changed).</summary>
public sealed record TakeoutImportResult(ImportRun? Run, IReadOnlyList<TakeoutProblem> Problems)
{
    public bool Succeeded => Run is not null;
}

/// <summary>
/// Brings Watch Later in from a Google Takeout upload: the only way to read it, since the API lists it empty
/// (docs/youtube-facts.md §3). Playlists themselves come from the YouTube import, which knows their item ids.
/// </summary>
/// <remarks>A newer export replaces the older Watch Later; videos that left it are counted as removed (this is how the
/// guided clean-up is confirmed later). Any problem with the upload changes nothing.</remarks>
public sealed class TakeoutImporter(IDbContextFactory<OrganizerDbContext> dbFactory, TakeoutReader reader, TimeProvider time)
{
    public async Task<TakeoutImportResult> ImportAsync(Stream upload, string fileName, CancellationToken ct)
    {
        var read = reader.Read(upload, fileName);
        if (read is TakeoutReadResult.Failure failure)
        {
            return new TakeoutImportResult(null, failure.Problems);
        }
        var library = ((TakeoutReadResult.Success)read).Library;
        if (library.WatchLater is null)
        {
            return new TakeoutImportResult(null, [new TakeoutProblem(TakeoutProblemCode.NoPlaylistFiles,
                $"{fileName} has no 'Watch later-videos.csv'. In Google Takeout, choose YouTube and YouTube Music → playlists; nothing was changed.")]);
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var summary = new ImportSummary();
        var incoming = Deduplicate(library.WatchLater.Entries);
        var incomingIds = incoming.Select(e => e.VideoId).ToHashSet();
        var existing = await db.WatchLater.ToDictionaryAsync(w => w.VideoId, ct);

        foreach (var gone in existing.Values.Where(w => !incomingIds.Contains(w.VideoId)))
        {
            db.WatchLater.Remove(gone);
            summary.WatchLaterRemoved++;
        }
        var position = 0;
        foreach (var (videoId, addedAt) in incoming)
        {
            if (!existing.TryGetValue(videoId, out var entry))
            {
                entry = new WatchLaterEntry { VideoId = videoId };
                db.WatchLater.Add(entry);
                summary.WatchLaterAdded++;
            }
            entry.Position = position++;
            entry.AddedAt = addedAt;
        }

        // Every Watch Later video gets a library record now; its details come from videos.list on the next lookup.
        var ids = incomingIds.ToList();
        var known = await db.Videos.Where(v => ids.Contains(v.Id)).Select(v => v.Id).ToHashSetAsync(ct);
        db.Videos.AddRange(ids.Where(id => !known.Contains(id)).Select(id => new LibraryVideo { Id = id }));

        var run = new ImportRun
        {
            Source = ImportSource.Takeout, StartedAt = now, FinishedAt = now, State = ImportRunState.Completed, Summary = summary,
        };
        db.ImportRuns.Add(run);
        ActivityEntry.Record(db, now, ActivityArea.Library, "you",
            $"Imported Watch Later from {fileName}: {summary.WatchLaterAdded:N0} added, {summary.WatchLaterRemoved:N0} no longer in Watch Later");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TakeoutImportResult(run, []);
    }

    /// <summary>Watch Later holds a video once; keep the first occurrence, in the export's order.</summary>
    private static List<(string VideoId, DateTimeOffset? AddedAt)> Deduplicate(IEnumerable<TakeoutEntry> entries)
    {
        var seen = new HashSet<string>();
        return entries.Where(e => seen.Add(e.VideoId.Value)).Select(e => (e.VideoId.Value, e.AddedAt)).ToList();
    }
}
