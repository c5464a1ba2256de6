using PlaylistOrganizer.Core.ActivityLog;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>The outcome of a Takeout import: the run with its summary, or the problems that stopped it (nothing changed).</summary>
public sealed record TakeoutImportResult(ImportRun? Run, IReadOnlyList<TakeoutProblem> Problems)
{
    public bool Succeeded => Run is not null;

    /// <summary>
    /// When the upload holds several files that may be Watch Later (or none recognisably so): the files to choose
    /// from. Nothing was changed; import again naming one of them (<see cref="TakeoutImporter.ImportAsync(Stream, string, string?, CancellationToken)"/>).
    /// </summary>
    public IReadOnlyList<WatchLaterCandidate> WatchLaterCandidates { get; init; } = [];

    /// <summary>For a successful import: which file was taken as Watch Later, what it held, and what was not used.</summary>
    public TakeoutImportReport? Report { get; init; }
}

/// <param name="File">Its path in the upload: what to pass back as the chosen Watch Later file.</param>
/// <param name="Videos">How many videos the file lists.</param>
public sealed record WatchLaterCandidate(string File, string Title, int Videos);

/// <param name="WatchLaterFile">The file read as Watch Later (its path in the upload).</param>
/// <param name="VideosRead">Entries read from it (a video listed twice counts twice).</param>
/// <param name="UnusedFiles">Every other file of the upload, with why it was not used.</param>
/// <param name="Warnings">Problems that did not stop the import (e.g. an unreadable playlists.csv).</param>
public sealed record TakeoutImportReport(
    string WatchLaterFile, int VideosRead, IReadOnlyList<TakeoutUnusedFile> UnusedFiles, IReadOnlyList<string> Warnings);

/// <summary>
/// Brings Watch Later in from a Google Takeout upload: the only way to read it, since the API lists it empty
/// (docs/youtube-facts.md §3). Playlists themselves come from the YouTube import, which knows their item ids.
/// </summary>
/// <remarks>A newer export replaces the older Watch Later; videos that left it are counted as removed (this is how the
/// guided clean-up is confirmed later). Any problem with the upload changes nothing.</remarks>
public sealed class TakeoutImporter(IDbContextFactory<OrganizerDbContext> dbFactory, TakeoutReader reader, TimeProvider time)
{
    /// <summary>Imports Watch Later, finding its file in a .zip by itself (see <see cref="WatchLaterSelector"/>).</summary>
    public Task<TakeoutImportResult> ImportAsync(Stream upload, string fileName, CancellationToken ct) =>
        ImportAsync(upload, fileName, watchLaterFile: null, ct);

    /// <param name="watchLaterFile">The file of the .zip to take as Watch Later (a path from
    /// <see cref="TakeoutImportResult.WatchLaterCandidates"/>, or a file name); null to let the importer find it.
    /// Ignored for a single CSV, which is Watch Later whatever its name.</param>
    public async Task<TakeoutImportResult> ImportAsync(Stream upload, string fileName, string? watchLaterFile, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var imported = await db.Playlists.Where(p => p.Kind == LibraryPlaylistKind.Regular)
            .Select(p => new KnownPlaylist(p.Id, p.Title)).ToListAsync(ct);
        var read = reader.Read(upload, fileName, new WatchLaterHints(imported, watchLaterFile));
        if (read is TakeoutReadResult.Failure failure)
        {
            return new TakeoutImportResult(null, failure.Problems);
        }
        var library = ((TakeoutReadResult.Success)read).Library;
        if (library.WatchLater is null) return WatchLaterUndecided(library, fileName);

        var now = time.GetUtcNow();
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
        var watchLaterFileName = TakeoutCsv.DisplayName(library.WatchLater.SourceFile);
        ActivityEntry.Record(db, now, ActivityArea.Library, "you",
            $"Imported Watch Later from {fileName} ({watchLaterFileName}, {library.WatchLater.Entries.Count.Grouped()} videos read): " +
            $"{summary.WatchLaterAdded.Grouped()} added, {summary.WatchLaterRemoved.Grouped()} no longer in Watch Later");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TakeoutImportResult(run, []) { Report = ReportOf(library) };
    }

    private static TakeoutImportReport ReportOf(TakeoutLibrary library)
    {
        var otherPlaylists = library.Playlists.Select(p =>
            new TakeoutUnusedFile(p.SourceFile, $"the playlist '{p.Title}': playlists come from the YouTube import"));
        return new TakeoutImportReport(library.WatchLater!.SourceFile, library.WatchLater.Entries.Count,
            [.. otherPlaylists, .. library.UnusedFiles], library.Warnings);
    }

    private static TakeoutImportResult WatchLaterUndecided(TakeoutLibrary library, string fileName)
    {
        if (library.WatchLaterCandidates.Count == 0)
            return new TakeoutImportResult(null, [new TakeoutProblem(TakeoutProblemCode.WatchLaterNotFound,
                $"{fileName} has no Watch Later file: each of its playlist files matches a playlist imported from YouTube, " +
                "and YouTube never lists Watch Later. In Google Takeout, choose YouTube and YouTube Music → playlists; nothing was changed.")]);

        var candidates = library.WatchLaterCandidates
            .Select(c => new WatchLaterCandidate(c.SourceFile, c.Title, c.Entries.Count)).ToList();
        return new TakeoutImportResult(null, [new TakeoutProblem(TakeoutProblemCode.WatchLaterAmbiguous,
            $"{fileName}: which file is Watch Later? It may be " +
            string.Join(", ", candidates.Select(c => $"'{TakeoutCsv.DisplayName(c.File)}' ({c.Videos.Grouped()} videos)")) +
            ". Pick one and import again; nothing was changed.")])
        {
            WatchLaterCandidates = candidates,
        };
    }

    /// <summary>Watch Later holds a video once; keep the first occurrence, in the export's order.</summary>
    private static List<(string VideoId, DateTimeOffset? AddedAt)> Deduplicate(IEnumerable<TakeoutEntry> entries)
    {
        var seen = new HashSet<string>();
        return entries.Where(e => seen.Add(e.VideoId.Value)).Select(e => (e.VideoId.Value, e.AddedAt)).ToList();
    }
}
