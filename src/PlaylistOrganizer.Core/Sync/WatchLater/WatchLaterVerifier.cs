using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>What a verification upload found, or why it was refused (then nothing changed).</summary>
/// <param name="StillThere">Videos to remove that the Takeout still lists, in the checklist's order (newest added first).</param>
/// <param name="KeptButGone">Videos to keep that the Takeout no longer lists: not expected (the clean-up never asked for it).</param>
/// <param name="Completed">Nothing to remove is left, so the stage ended and the sync went on.</param>
public sealed record WatchLaterVerificationResult(
    string? Refusal, IReadOnlyList<TakeoutProblem> Problems, WatchLaterVerification? Verification,
    IReadOnlyList<string> StillThere, IReadOnlyList<string> KeptButGone, bool Completed)
{
    public bool Succeeded => Refusal is null && Problems.Count == 0;

    public static WatchLaterVerificationResult Refused(string why) => new(why, [], null, [], [], false);
}

/// <summary>
/// Verifies the clean-up with a Google Takeout made after the sync: the only way to read Watch Later
/// (docs/youtube-facts.md §3). Removals the Takeout no longer lists become verified; the ones it still lists
/// stay open and are listed; when none is left the stage completes by itself. The Takeout is then imported as any newer
/// Takeout is, so the library's Watch Later is current.
/// </summary>
/// <remarks>An upload that cannot be read, has no Watch Later, or was made before the sync began is refused with a
/// message and changes nothing: an older export would call videos "still there" that the user already removed.</remarks>
public sealed class WatchLaterVerifier(
    IDbContextFactory<OrganizerDbContext> dbFactory, TakeoutReader reader, TakeoutReaderOptions limits, TakeoutImporter importer,
    SyncCommands commands, TimeProvider time)
{
    public async Task<WatchLaterVerificationResult> VerifyAsync(long runId, Stream upload, string fileName, CancellationToken ct)
    {
        await using (var check = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await WatchLaterCleanup.WhyNotWaitingAsync(check, runId, ct) is { } why) return WatchLaterVerificationResult.Refused(why);
        }
        // Read once into memory (the reader would anyway): the same bytes are compared, then imported.
        var bytes = await ReadCappedAsync(upload, ct);
        if (bytes is null)
            return WatchLaterVerificationResult.Refused($"{fileName} is larger than {(limits.MaxUploadBytes / 1_048_576).Grouped()} MB; export only YouTube playlists.");
        var read = reader.Read(new MemoryStream(bytes, writable: false), fileName);
        if (read is TakeoutReadResult.Failure failure)
            return new WatchLaterVerificationResult(null, failure.Problems, null, [], [], false);
        var library = ((TakeoutReadResult.Success)read).Library;
        if (library.WatchLater is null)
            return WatchLaterVerificationResult.Refused($"{fileName} has no Watch Later file ('Watch later-videos.csv'), so it cannot show what is left. Nothing was changed.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var startedAt = await db.SyncRuns.Where(r => r.Id == runId).Select(r => r.StartedAt).SingleAsync(ct);
        var exportedAt = TakeoutExportTime.FromFileName(fileName);
        if (exportedAt is { } named && named < startedAt)
            return WatchLaterVerificationResult.Refused(
                $"{fileName} was exported on {named:yyyy-MM-dd HH:mm} UTC, before this sync began ({startedAt:yyyy-MM-dd HH:mm} UTC), so it cannot " +
                "show what you removed since. Make a new export at takeout.google.com (YouTube and YouTube Music → playlists) and upload that. Nothing was changed.");
        if (exportedAt is null)
        {
            var newest = TakeoutExportTime.NewestAdded(library);
            if (newest is null || newest < startedAt)
                return WatchLaterVerificationResult.Refused(
                    $"{fileName} does not say when it was exported, so the app cannot tell whether it is newer than this sync " +
                    $"({startedAt:yyyy-MM-dd HH:mm} UTC). Upload the .zip under the name Takeout gave it (takeout-YYYYMMDDTHHMMSSZ-001.zip). Nothing was changed.");
            exportedAt = newest; // the export was made after its newest addition, which is after the sync began
        }

        var present = library.WatchLater.Entries.Select(e => e.VideoId.Value).ToHashSet(StringComparer.Ordinal);
        var entries = await db.WatchLaterChecklist.Where(w => w.RunId == runId)
            .OrderBy(w => w.AddedAt == null).ThenByDescending(w => w.AddedAt).ThenBy(w => w.Position).ToListAsync(ct);
        var remove = entries.Where(w => w.Role == WatchLaterRole.Remove).ToList();
        var gone = remove.Where(w => !present.Contains(w.VideoId)).Select(w => w.VideoId).ToList();
        var stillThere = remove.Where(w => present.Contains(w.VideoId)).Select(w => w.VideoId).ToList();
        var keptButGone = entries.Where(w => w.Role != WatchLaterRole.Remove && !present.Contains(w.VideoId)).Select(w => w.VideoId).ToList();
        var listed = entries.Select(w => w.VideoId).ToHashSet(StringComparer.Ordinal);

        // The journal first: if the sync changed meanwhile, it refuses and nothing here changes either.
        var recorded = await commands.RecordWatchLaterVerificationAsync(runId, gone, stillThere, exportedAt.Value, ct);
        if (!recorded.Succeeded) return WatchLaterVerificationResult.Refused(recorded.Refusal!);

        var goneSet = gone.ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            entry.LastCheck = present.Contains(entry.VideoId) ? WatchLaterCheck.StillThere : WatchLaterCheck.Gone;
            // A tick the Takeout contradicts was wrong: the video is back on the list to remove.
            if (entry.Role == WatchLaterRole.Remove && !goneSet.Contains(entry.VideoId)) entry.TickedAt = null;
        }
        var verification = new WatchLaterVerification
        {
            RunId = runId, FileName = Path.GetFileName(fileName), ExportedAt = exportedAt.Value, CheckedAt = time.GetUtcNow(),
            Removed = gone.Count, StillThere = stillThere.Count, KeptButGone = keptButGone.Count, AddedSince = present.Count(v => !listed.Contains(v)),
        };
        db.WatchLaterVerifications.Add(verification);
        await db.SaveChangesAsync(ct);

        // Like any newer Takeout, it becomes the library's Watch Later (the reader accepted it above, so this succeeds).
        await importer.ImportAsync(new MemoryStream(bytes, writable: false), fileName, ct);
        return new WatchLaterVerificationResult(null, [], verification, stillThere, keptButGone, stillThere.Count == 0);
    }

    private async Task<byte[]?> ReadCappedAsync(Stream upload, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxUploadBytes) return null;
        }
        return buffer.ToArray();
    }
}
