using System.IO.Compression;
using System.Text.RegularExpressions;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// Reads a Google Takeout upload (the .zip, or one CSV from it) into a <see cref="TakeoutLibrary"/>, or explains
/// everything wrong with it. All or nothing: any problem makes the result a <see cref="TakeoutReadResult.Failure"/>.
/// </summary>
/// <remarks>
/// <para>Files are found by name, not path, because Takeout localizes its folder names: every
/// <c>…-videos.csv</c> (and <c>-videos(1).csv</c> for repeated titles) is a playlist, <c>Watch later-videos.csv</c>
/// (any case) is Watch Later, and <c>playlists.csv</c> maps titles to playlist ids
/// (docs/youtube-facts.md §5).</para>
/// <para>The upload is untrusted: entries are read in memory only, never extracted to disk; absolute or ".."
/// entry names, too many entries, oversized entries and zip-bomb compression ratios refuse the whole upload.</para>
/// <para>Stateless apart from its options; safe to share between threads.</para>
/// </remarks>
public sealed partial class TakeoutReader(TakeoutReaderOptions? options = null)
{
    private readonly TakeoutReaderOptions _options = options ?? new TakeoutReaderOptions();

    [GeneratedRegex(@"-videos(\((?<n>\d+)\))?\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex VideosSuffix();

    // "Watch later-videos.csv" in English; Dutch exports were seen writing "Video_s in Watch later.csv".
    [GeneratedRegex(@"^(watch later-videos(\(\d+\))?\.csv|video_?'?s in watch later\.csv)$", RegexOptions.IgnoreCase)]
    private static partial Regex WatchLaterName();

    /// <summary>Reads either a .zip or a single CSV, decided by the content (a .zip starts with "PK").</summary>
    public TakeoutReadResult Read(Stream upload, string fileName)
    {
        var bytes = ReadUpload(upload, fileName, out var failure);
        if (bytes is null) return failure!;
        return LooksLikeZip(bytes) || fileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            ? ReadZipBytes(bytes, fileName)
            : ReadCsvBytes(bytes, fileName);
    }

    /// <summary>Reads a whole Takeout .zip.</summary>
    public TakeoutReadResult ReadZip(Stream upload, string fileName = "the upload")
    {
        var bytes = ReadUpload(upload, fileName, out var failure);
        return bytes is null ? failure! : ReadZipBytes(bytes, fileName);
    }

    /// <summary>
    /// Reads one playlist CSV uploaded on its own, e.g. <c>Watch later-videos.csv</c>. The title comes from the file
    /// name (or a legacy file's metadata); the playlist id is known only for legacy files.
    /// </summary>
    public TakeoutReadResult ReadCsv(Stream csv, string fileName)
    {
        var bytes = ReadUpload(csv, fileName, out var failure, _options.MaxEntryBytes);
        return bytes is null ? failure! : ReadCsvBytes(bytes, fileName);
    }

    private TakeoutReadResult ReadCsvBytes(byte[] bytes, string fileName)
    {
        var problems = new ProblemList(_options.MaxListedProblemsPerKind);
        var name = FileName(fileName);
        if (name.Equals("playlists.csv", StringComparison.OrdinalIgnoreCase))
            return Fail(new TakeoutProblem(TakeoutProblemCode.NotAPlaylistFile,
                "playlists.csv only lists your playlists' names, not their videos. Upload the whole Takeout .zip, " +
                "or a '…-videos.csv' file from it.", name));

        var parsed = TakeoutCsv.ParseVideosFile(bytes, name, problems);
        if (parsed is null || problems.Any) return new TakeoutReadResult.Failure(problems.ToList());

        var playlist = ToPlaylist(name, parsed, manifest: null);
        return new TakeoutReadResult.Success(IsWatchLater(name, parsed)
            ? new TakeoutLibrary([], playlist)
            : new TakeoutLibrary([playlist], null));
    }

    private TakeoutReadResult ReadZipBytes(byte[] bytes, string uploadName)
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

            var csvEntries = entries.Where(e => IsVideosFile(FileName(e.FullName))).ToList();
            if (csvEntries.Count == 0)
                return Fail(new TakeoutProblem(TakeoutProblemCode.NoPlaylistFiles,
                    $"No playlist files found in {uploadName}: expected files ending in '-videos.csv' (such as " +
                    "'Watch later-videos.csv') in Takeout's 'playlists' folder. When exporting, include 'YouTube and " +
                    "YouTube Music' with 'playlists' selected."));

            var csvFolders = csvEntries.Select(e => Folder(e.FullName)).ToHashSet(StringComparer.Ordinal);
            var manifestEntry = entries
                .Where(e => FileName(e.FullName).Equals("playlists.csv", StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => csvFolders.Contains(Folder(e.FullName)) ? 0 : 1)
                .FirstOrDefault();

            long total = 0;
            List<(string Id, string Title)>? manifest = null;
            if (manifestEntry is not null && ReadEntry(manifestEntry, ref total, problems) is { } manifestBytes)
                manifest = TakeoutCsv.ParseManifest(manifestBytes, manifestEntry.FullName, problems);

            var playlists = new List<TakeoutPlaylist>();
            TakeoutPlaylist? watchLater = null;
            foreach (var entry in csvEntries)
            {
                if (ReadEntry(entry, ref total, problems) is not { } content) continue;
                if (TakeoutCsv.ParseVideosFile(content, entry.FullName, problems) is not { } parsed) continue;

                var playlist = ToPlaylist(entry.FullName, parsed, manifest);
                if (!IsWatchLater(FileName(entry.FullName), parsed)) playlists.Add(playlist);
                else if (watchLater is null) watchLater = playlist;
                else
                    problems.Add(TakeoutProblemCode.DuplicateWatchLater,
                        $"Two Watch Later files found ('{watchLater.SourceFile}' and '{entry.FullName}'). Upload one Takeout export at a time.",
                        entry.FullName);
            }

            return problems.Any
                ? new TakeoutReadResult.Failure(problems.ToList())
                : new TakeoutReadResult.Success(new TakeoutLibrary(playlists, watchLater));
        }
    }

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
                $"{name} declares {entry.Length:N0} bytes unpacked but {entry.CompressedLength:N0} packed, which no real " +
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
        $"{uploadName} holds {count:N0} files; at most {_options.MaxEntries:N0} are accepted. " +
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
        $"{name} is compressed {uncompressed / Math.Max(1, compressed):N0}:1, which text never is (a 'zip bomb'); refusing the upload.";

    private static TakeoutPlaylist ToPlaylist(string path, ParsedVideosFile parsed, List<(string Id, string Title)>? manifest)
    {
        var name = FileName(path);
        var match = VideosSuffix().Match(name);
        var stem = match.Success ? name[..match.Index] : Path.GetFileNameWithoutExtension(name);
        var duplicateIndex = match.Success && match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value) : 0;

        // The file itself (legacy metadata) is the best source; then playlists.csv, where the n-th playlist whose
        // title gives this file stem owns "-videos(n).csv"; then the file name.
        if (parsed.LegacyTitle is not null || parsed.LegacyId is not null)
            return new TakeoutPlaylist(parsed.LegacyTitle ?? stem, parsed.LegacyId is { } id ? new PlaylistId(id) : null, parsed.Entries, path);

        var owner = manifest?.Where(row => SanitizeFileTitle(row.Title) == stem || row.Title == stem)
            .Skip(duplicateIndex).Select(row => (Id: row.Id, row.Title)).FirstOrDefault();
        return owner is { Id.Length: > 0 } found
            ? new TakeoutPlaylist(found.Title, new PlaylistId(found.Id), parsed.Entries, path)
            : new TakeoutPlaylist(stem, null, parsed.Entries, path);
    }

    /// <summary>How Takeout turns a title into a file name: characters file systems refuse (and the apostrophe) become "_".</summary>
    internal static string SanitizeFileTitle(string title)
    {
        var chars = title.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\'' || char.IsControl(c) ? '_' : c);
        var sanitized = new string(chars.ToArray()).Trim();
        return sanitized.Length == 0 ? "_" : sanitized;
    }

    private static bool IsWatchLater(string name, ParsedVideosFile parsed) =>
        parsed.LegacyId is { } id ? id == "WL" : WatchLaterName().IsMatch(name);

    private static bool IsVideosFile(string name) => VideosSuffix().IsMatch(name) || WatchLaterName().IsMatch(name);

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
        var tooLarge = new TakeoutReadResult.Failure([new TakeoutProblem(
            cap is null ? TakeoutProblemCode.UploadTooLarge : TakeoutProblemCode.EntryTooLarge,
            $"{fileName} is larger than {Megabytes(max)}. The playlists part of a Takeout export is far smaller: export " +
            "only 'YouTube and YouTube Music' → playlists.", fileName)]);

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
