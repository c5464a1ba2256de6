using System.IO.Compression;
using System.Text;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// Reads a Google Takeout upload (the .zip, or one CSV from it) into a <see cref="TakeoutLibrary"/>, or explains
/// everything wrong with it. All or nothing: any problem makes the result a <see cref="TakeoutReadResult.Failure"/>.
/// </summary>
/// <remarks>
/// <para>Takeout localizes folder names, file names and headers (docs/takeout-localization.md), so files are told
/// apart by what they hold: a playlist file is a two-column table of video ids and times (or a legacy file with a
/// metadata block), whatever its name; playlists.csv (in any language) maps titles to playlist ids and, when it cannot
/// be read, only costs the titles (a warning). Every other file is listed as not used, with the reason. Which playlist
/// file is Watch Later is decided by <see cref="WatchLaterSelector"/>.</para>
/// <para>The upload is untrusted: entries are read in memory only, never extracted to disk; absolute or ".."
/// entry names, too many entries, oversized entries and zip-bomb compression ratios refuse the whole upload.</para>
/// <para>Stateless apart from its options; safe to share between threads.</para>
/// </remarks>
public sealed class TakeoutReader(TakeoutReaderOptions? options = null)
{
    private readonly TakeoutReaderOptions _options = options ?? new TakeoutReaderOptions();

    /// <summary>
    /// Reads either a .zip or a single CSV, decided by the content (a .zip starts with "PK"). A single CSV is Watch
    /// Later whatever its name: it is what the user uploaded as Watch Later.
    /// </summary>
    public TakeoutReadResult Read(Stream upload, string fileName, WatchLaterHints? hints = null)
    {
        var bytes = ReadUpload(upload, fileName, out var failure);
        if (bytes is null) return failure!;
        return LooksLikeZip(bytes) || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? ReadZipBytes(bytes, fileName, hints ?? WatchLaterHints.None)
            : ReadCsvBytes(bytes, fileName);
    }

    /// <summary>Reads a whole Takeout .zip.</summary>
    public TakeoutReadResult ReadZip(Stream upload, string fileName = "the upload", WatchLaterHints? hints = null)
    {
        var bytes = ReadUpload(upload, fileName, out var failure);
        return bytes is null ? failure! : ReadZipBytes(bytes, fileName, hints ?? WatchLaterHints.None);
    }

    /// <summary>
    /// Reads one playlist CSV uploaded on its own, e.g. <c>Watch later-videos.csv</c>, as Watch Later. The title comes
    /// from the file name (or a legacy file's metadata); the playlist id is known only for legacy files.
    /// </summary>
    public TakeoutReadResult ReadCsv(Stream csv, string fileName)
    {
        var bytes = ReadUpload(csv, fileName, out var failure, _options.MaxEntryBytes);
        return bytes is null ? failure! : ReadCsvBytes(bytes, fileName);
    }

    /// <summary>The message for an upload over <see cref="TakeoutReaderOptions.MaxUploadBytes"/>, for callers that know
    /// the size before reading (the upload page, the command line).</summary>
    public TakeoutProblem TooLargeUpload(string fileName, long? size = null) => new(TakeoutProblemCode.UploadTooLarge,
        $"{fileName} is {(size is { } s ? Megabytes(s) : "larger than that")}; the largest accepted upload is {Megabytes(_options.MaxUploadBytes)}. " +
        "The playlists part of a Takeout export is far smaller: export only 'YouTube and YouTube Music' → playlists. Nothing was changed.",
        fileName);

    private TakeoutReadResult ReadCsvBytes(byte[] bytes, string fileName)
    {
        var problems = new ProblemList(_options.MaxListedProblemsPerKind);
        var name = FileName(fileName);
        var records = TakeoutCsv.ReadRecords(bytes, name, problems);
        if (records is null) return new TakeoutReadResult.Failure(problems.ToList());
        if (TakeoutNames.IsManifestFileName(name) || TakeoutCsv.Classify(records).Kind == TakeoutFileKind.Manifest)
            return Fail(new TakeoutProblem(TakeoutProblemCode.NotAPlaylistFile,
                $"{name} only lists your playlists' names, not their videos. Upload the whole Takeout .zip, " +
                "or the Watch Later file from it (e.g. 'Watch later-videos.csv').", name));

        var parsed = TakeoutCsv.ParseVideosFile(records, name, problems);
        if (parsed is null || problems.Any) return new TakeoutReadResult.Failure(problems.ToList());
        return new TakeoutReadResult.Success(new TakeoutLibrary([], ToPlaylist(name, parsed, manifest: null).Playlist));
    }

    private TakeoutReadResult ReadZipBytes(byte[] bytes, string uploadName, WatchLaterHints hints)
    {
        // ZipArchive materialises every central-directory entry up front; refuse a flood before it does.
        if (DeclaredEntryCount(bytes) is { } declared && declared > _options.MaxEntries)
            return Fail(TooManyEntries(uploadName, declared));

        ZipArchive archive;
        IReadOnlyList<ZipArchiveEntry> entries;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            entries = archive.Entries;
        }
        catch (InvalidDataException)
        {
            return Fail(new TakeoutProblem(TakeoutProblemCode.NotAZip,
                $"{uploadName} is not a readable .zip file. Upload the .zip that Google Takeout gave you, or a single " +
                "'…-videos.csv' file from it."));
        }

        using (archive)
        {
            if (entries.Count > _options.MaxEntries) return Fail(TooManyEntries(uploadName, entries.Count));

            var problems = new ProblemList(_options.MaxListedProblemsPerKind);
            foreach (var entry in entries.Where(e => IsUnsafeName(e.FullName)))
                problems.Add(TakeoutProblemCode.UnsafeEntryName,
                    $"The .zip contains an entry named '{entry.FullName}', which points outside the archive (an absolute " +
                    "path or '..'). Takeout never writes such names, so the whole file is refused.", entry.FullName);
            if (problems.Any) return new TakeoutReadResult.Failure(problems.ToList());

            var sorted = SortFiles(entries, problems);
            if (problems.Any) return new TakeoutReadResult.Failure(problems.ToList());
            if (sorted.Videos.Count == 0)
                return Fail(new TakeoutProblem(TakeoutProblemCode.NoPlaylistFiles,
                    $"No playlist files found in {uploadName}: expected CSV files of video ids and times (such as " +
                    "'Watch later-videos.csv') in Takeout's 'playlists' folder. When exporting, include 'YouTube and " +
                    "YouTube Music' with 'playlists' selected." + FoundInstead(sorted.Unused)));

            var warnings = new List<string>();
            var manifest = ReadManifest(sorted, warnings);
            var files = new List<WatchLaterSelector.PlaylistFile>();
            foreach (var (path, records, fileProblems) in sorted.Videos)
            {
                if (TakeoutCsv.ParseVideosFile(records, path, fileProblems) is { } parsed) files.Add(ToPlaylist(path, parsed, manifest));
                problems.Include(fileProblems);
            }
            if (problems.Any) return new TakeoutReadResult.Failure(problems.ToList());

            var selection = WatchLaterSelector.Select(files, hints, uploadName, problems);
            if (problems.Any) return new TakeoutReadResult.Failure(problems.ToList());
            return new TakeoutReadResult.Success(new TakeoutLibrary(
                files.Select(f => f.Playlist).Where(p => p != selection.WatchLater).ToList(), selection.WatchLater)
            {
                WatchLaterCandidates = selection.Candidates,
                UnusedFiles = sorted.Unused,
                Warnings = warnings,
            });
        }
    }

    /// <summary>The CSVs of a .zip, sorted into playlist files, playlists.csv candidates and files not used.</summary>
    private sealed record SortedFiles(
        List<(string Path, List<(int Line, string[] Fields)> Records, ProblemList Problems)> Videos,
        List<(string Path, List<(int Line, string[] Fields)> Records, ProblemList Problems)> Manifests,
        List<TakeoutUnusedFile> Unused);

    private SortedFiles SortFiles(IReadOnlyList<ZipArchiveEntry> entries, ProblemList problems)
    {
        var sorted = new SortedFiles([], [], []);
        long total = 0;
        foreach (var entry in entries.Where(e => !e.FullName.EndsWith('/')))
        {
            var path = entry.FullName;
            var name = FileName(path);
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                sorted.Unused.Add(new TakeoutUnusedFile(path, "not a CSV file"));
                continue;
            }
            if (ReadEntry(entry, ref total, problems) is not { } content) continue;

            // A playlist file's problems are the user's to know; another file's are not, it is simply not used.
            var namedAsVideos = TakeoutNames.TitleFromFileName(name) is not null || TakeoutNames.IsLegacyWatchLaterFileName(name);
            var fileProblems = new ProblemList(_options.MaxListedProblemsPerKind);
            var records = TakeoutCsv.ReadRecords(content, path, fileProblems);
            if (records is null)
            {
                if (namedAsVideos) problems.Include(fileProblems);
                else sorted.Unused.Add(new TakeoutUnusedFile(path, "empty"));
                continue;
            }

            // What the columns say wins; the name decides only for a file whose columns are not a playlist's.
            var (kind, why) = TakeoutCsv.Classify(records);
            if (kind != TakeoutFileKind.Videos && TakeoutNames.IsManifestFileName(name)) kind = TakeoutFileKind.Manifest;
            else if (kind != TakeoutFileKind.Videos && namedAsVideos) kind = TakeoutFileKind.Videos;
            if (kind == TakeoutFileKind.Manifest) sorted.Manifests.Add((path, records, fileProblems));
            else if (kind == TakeoutFileKind.Videos) sorted.Videos.Add((path, records, fileProblems));
            else sorted.Unused.Add(new TakeoutUnusedFile(path, why!));
        }
        return sorted;
    }

    /// <summary>
    /// playlists.csv (the one beside the playlist files, if several), as (id, title) rows. One that cannot be read is
    /// a warning: titles then come from the file names and ids from the YouTube import.
    /// </summary>
    private List<(string Id, string Title)>? ReadManifest(SortedFiles sorted, List<string> warnings)
    {
        var folders = sorted.Videos.Select(v => Folder(v.Path)).ToHashSet(StringComparer.Ordinal);
        var chosen = sorted.Manifests.OrderBy(m => folders.Contains(Folder(m.Path)) ? 0 : 1).FirstOrDefault();
        foreach (var other in sorted.Manifests.Where(m => m != chosen))
            sorted.Unused.Add(new TakeoutUnusedFile(other.Path, $"a second playlist list; '{chosen.Path}' was read"));
        if (chosen.Records is null) return null;

        var manifestProblems = chosen.Problems;
        var manifest = TakeoutCsv.ParseManifest(chosen.Records, chosen.Path, manifestProblems);
        if (manifest is not null && !manifestProblems.Any) return manifest;
        warnings.Add($"{TakeoutCsv.DisplayName(chosen.Path)} could not be read, so playlist titles come from the file names: " +
                     string.Join(" ", manifestProblems.ToList().Select(p => p.Message)));
        sorted.Unused.Add(new TakeoutUnusedFile(chosen.Path, "unreadable list of playlists (see the warning)"));
        return null;
    }

    private static string FoundInstead(List<TakeoutUnusedFile> unused) => unused.Count == 0 ? " The .zip holds no files."
        : " Found instead: " + string.Join("; ", unused.Take(5).Select(u => $"'{TakeoutCsv.DisplayName(u.File)}' ({u.Reason})")) +
          (unused.Count > 5 ? $"; and {unused.Count - 5} more." : ".");

    /// <summary>
    /// Reads one entry into memory, enforcing the limits on the bytes actually inflated: the sizes a .zip declares
    /// can lie.
    /// </summary>
    private byte[]? ReadEntry(ZipArchiveEntry entry, ref long total, ProblemList problems)
    {
        var path = entry.FullName;
        var name = TakeoutCsv.DisplayName(path);
        var limit = Math.Min(_options.MaxEntryBytes, _options.MaxTotalUncompressedBytes - total);
        if (entry.Length > _options.MaxEntryBytes)
        {
            problems.Add(TakeoutProblemCode.EntryTooLarge, TooLarge(name), path);
            return null;
        }
        if (IsBomb(entry.Length, entry.CompressedLength))
        {
            problems.Add(TakeoutProblemCode.SuspiciousCompression, Bomb(name, entry.Length, entry.CompressedLength), path);
            return null;
        }

        // .NET stops inflating at the declared size, so a bomb that under-declares is cut short rather than
        // exploding; but deflate never grows data by more than a fraction, so such sizes betray a forged entry.
        if (entry.CompressedLength > entry.Length + entry.Length / 100 + 1024)
        {
            problems.Add(TakeoutProblemCode.SuspiciousCompression,
                $"{name} declares {entry.Length.Grouped()} bytes unpacked but {entry.CompressedLength.Grouped()} packed, which no real " +
                "archive does (a forged 'zip bomb' entry); refusing the upload.", path);
            return null;
        }

        var buffer = new MemoryStream();
        try
        {
            using var stream = entry.Open();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    var (code, message) = buffer.Length > _options.MaxEntryBytes
                        ? (TakeoutProblemCode.EntryTooLarge, TooLarge(name))
                        : (TakeoutProblemCode.TotalTooLarge,
                            $"The playlist files in the .zip unpack to more than {Megabytes(_options.MaxTotalUncompressedBytes)} together; refusing the upload.");
                    problems.Add(code, message, path);
                    return null;
                }
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(TakeoutProblemCode.NotAZip, $"{name} inside the .zip is damaged and cannot be unpacked.", path);
            return null;
        }
        catch (NotSupportedException)
        {
            problems.Add(TakeoutProblemCode.NotAZip,
                $"{name} inside the .zip is encrypted or packed in a way Takeout never uses; re-download the export.", path);
            return null;
        }

        if (IsBomb(buffer.Length, entry.CompressedLength))
        {
            problems.Add(TakeoutProblemCode.SuspiciousCompression, Bomb(name, buffer.Length, entry.CompressedLength), path);
            return null;
        }
        total += buffer.Length;
        return buffer.ToArray();
    }

    private TakeoutProblem TooManyEntries(string uploadName, long count) => new(TakeoutProblemCode.TooManyEntries,
        $"{uploadName} holds {count.Grouped()} files; at most {_options.MaxEntries.Grouped()} are accepted. " +
        "Export only 'YouTube and YouTube Music' → playlists from Takeout.");

    /// <summary>
    /// The entry count in the end-of-central-directory record (the last 22–65,557 bytes), or null when absent or
    /// deferred to Zip64 (ZipArchive then reports the damage or the count itself).
    /// </summary>
    private static long? DeclaredEntryCount(byte[] bytes)
    {
        for (var i = bytes.Length - 22; i >= Math.Max(0, bytes.Length - 22 - ushort.MaxValue); i--)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x05 || bytes[i + 3] != 0x06) continue;
            var count = BitConverter.ToUInt16(bytes, i + 10);
            return count == ushort.MaxValue ? null : count;
        }
        return null;
    }

    private bool IsBomb(long uncompressed, long compressed) =>
        uncompressed >= _options.CompressionRatioMinBytes && uncompressed > _options.MaxCompressionRatio * Math.Max(1, compressed);

    private string TooLarge(string name) =>
        $"{name} unpacks to more than {Megabytes(_options.MaxEntryBytes)}, far more than any playlist export; refusing the upload.";

    private static string Bomb(string name, long uncompressed, long compressed) =>
        $"{name} is compressed {(uncompressed / Math.Max(1, compressed)).Grouped()}:1, which text never is (a 'zip bomb'); refusing the upload.";

    private static WatchLaterSelector.PlaylistFile ToPlaylist(string path, ParsedVideosFile parsed, List<(string Id, string Title)>? manifest)
    {
        var name = FileName(path);
        var (stem, duplicateIndex) = TakeoutNames.TitleFromFileName(name) ?? (Path.GetFileNameWithoutExtension(name), 0);

        // The file itself (legacy metadata) is the best source; then playlists.csv, where the n-th playlist whose
        // title gives this file stem owns "…(n).csv"; then the file name.
        if (parsed.LegacyTitle is not null || parsed.LegacyId is not null)
            return new(new TakeoutPlaylist(parsed.LegacyTitle ?? stem, parsed.LegacyId is { } id ? new PlaylistId(id) : null, parsed.Entries, path),
                stem, parsed.LegacyId);

        // Exact titles first: "cooking" and "Cooking" are two playlists with two files. Then loosely (case, spacing).
        var exact = stem.Normalize(NormalizationForm.FormC);
        var stemKey = TakeoutNames.Key(stem);
        var owners = manifest?.Where(row => SanitizeFileTitle(row.Title).Normalize(NormalizationForm.FormC) == exact).ToList();
        if (owners is { Count: 0 })
            owners = manifest!.Where(row => TakeoutNames.Key(SanitizeFileTitle(row.Title)) == stemKey || TakeoutNames.Key(row.Title) == stemKey).ToList();
        var owner = owners?.Skip(duplicateIndex).Select(row => (Id: row.Id, row.Title)).FirstOrDefault();
        var playlist = owner is { Id.Length: > 0 } found
            ? new TakeoutPlaylist(found.Title, new PlaylistId(found.Id), parsed.Entries, path)
            : new TakeoutPlaylist(stem, null, parsed.Entries, path);
        return new(playlist, stem, null);
    }

    /// <summary>How Takeout turns a title into a file name: characters file systems refuse (and the apostrophe) become "_".</summary>
    internal static string SanitizeFileTitle(string title)
    {
        var chars = title.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\'' || char.IsControl(c) ? '_' : c);
        var sanitized = new string(chars.ToArray()).Trim();
        return sanitized.Length == 0 ? "_" : sanitized;
    }

    private static bool IsUnsafeName(string name)
    {
        if (name.Length == 0 || name.Contains('\0')) return true;
        if (name[0] is '/' or '\\') return true;
        if (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])) return true;
        return name.Split('/', '\\').Any(segment => segment == "..");
    }

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static string Folder(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? "" : path[..slash];
    }

    private static bool LooksLikeZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] is 3 or 5 && bytes[3] is 4 or 6;

    /// <summary>Copies the upload into memory, refusing it once it passes the size cap.</summary>
    private byte[]? ReadUpload(Stream upload, string fileName, out TakeoutReadResult? failure, long? cap = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var max = cap ?? _options.MaxUploadBytes;
        failure = null;
        var tooLarge = new TakeoutReadResult.Failure([cap is null ? TooLargeUpload(fileName, upload.CanSeek ? upload.Length - upload.Position : null)
            : new TakeoutProblem(TakeoutProblemCode.EntryTooLarge,
                $"{fileName} is larger than {Megabytes(max)}, far more than any playlist export; nothing was changed.", fileName)]);

        if (upload.CanSeek && upload.Length - upload.Position > max) { failure = tooLarge; return null; }
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = upload.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max) { failure = tooLarge; return null; }
        }

        if (buffer.Length == 0)
        {
            failure = Fail(new TakeoutProblem(TakeoutProblemCode.Empty, $"{fileName} is empty (0 bytes).", fileName));
            return null;
        }
        return buffer.ToArray();
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    private static TakeoutReadResult.Failure Fail(TakeoutProblem problem) => new([problem]);
}
