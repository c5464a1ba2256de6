using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>Collects problems, listing the first few of each kind per file and summarising the rest.</summary>
internal sealed class ProblemList(int maxListedPerKind)
{
    private readonly List<TakeoutProblem> _listed = [];
    private readonly Dictionary<(string?, TakeoutProblemCode), int> _counts = [];

    public bool Any => _listed.Count > 0;

    public void Add(TakeoutProblemCode code, string message, string? file = null, int? line = null)
    {
        var key = (file, code);
        var count = _counts.GetValueOrDefault(key) + 1;
        _counts[key] = count;
        if (count <= maxListedPerKind) _listed.Add(new TakeoutProblem(code, message, file, line));
    }

    /// <summary>Takes over another list's problems (a file's, once it is known to be a playlist file).</summary>
    public void Include(ProblemList other) => _listed.AddRange(other.ToList());

    public IReadOnlyList<TakeoutProblem> ToList()
    {
        var all = new List<TakeoutProblem>(_listed);
        foreach (var ((file, code), count) in _counts.Where(c => c.Value > maxListedPerKind))
        {
            all.Add(new TakeoutProblem(TakeoutProblemCode.MoreOfTheSame,
                $"{(file is null ? "The upload" : TakeoutCsv.DisplayName(file))}: {count} rows in all have this problem ({Describe(code)}); the first {maxListedPerKind} are listed.",
                file));
        }
        return all;
    }

    private static string Describe(TakeoutProblemCode code) => code switch
    {
        TakeoutProblemCode.InvalidVideoId => "not a YouTube video id",
        TakeoutProblemCode.InvalidTimestamp => "unreadable time",
        TakeoutProblemCode.MalformedRow => "malformed row",
        _ => code.ToString(),
    };
}

/// <summary>A playlist's video list as read from one CSV, before its title is matched to playlists.csv.</summary>
/// <param name="LegacyId">The "Playlist Id" of a legacy file's metadata block, if any.</param>
/// <param name="LegacyTitle">The "Title" of a legacy file's metadata block, if any.</param>
internal sealed record ParsedVideosFile(IReadOnlyList<TakeoutEntry> Entries, string? LegacyId, string? LegacyTitle);

/// <summary>What a CSV in a Takeout .zip is, judged by its columns.</summary>
internal enum TakeoutFileKind { Videos, Manifest, Other }

/// <summary>
/// Reads Takeout's CSVs loosely: current and legacy layouts, headers in any language or none known (columns are then
/// found by their values, <see cref="TakeoutColumns"/>), BOM and CRLF (docs/youtube-facts.md §5: Google
/// publishes no spec and the columns vary between exports and languages).
/// </summary>
internal static partial class TakeoutCsv
{
    private static readonly HashSet<string> PlaylistIdKeys = TakeoutNames.PlaylistIdHeaders.Select(TakeoutNames.Key).ToHashSet();
    private static readonly HashSet<string> TitleKeys = TakeoutNames.TitleHeaders.Select(TakeoutNames.Key).ToHashSet();

    [GeneratedRegex(@"^\s*playlist\s*[-_]?\s*id\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LoosePlaylistIdHeader();

    [GeneratedRegex(@"^\s*playlist\s*title\s*\(original\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LooseOriginalTitleHeader();

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss.FFFFFFF 'UTC'", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>Decodes (BOM-aware, UTF-8 by default) and splits into records with their physical line numbers.</summary>
    public static List<(int Line, string[] Fields)>? ReadRecords(byte[] content, string path, ProblemList problems)
    {
        var file = DisplayName(path);
        string text;
        using (var decoder = new StreamReader(new MemoryStream(content), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
            text = decoder.ReadToEnd();
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(TakeoutProblemCode.Empty, $"{file} is empty.", path);
            return null;
        }

        var records = new List<(int, string[])>();
        var malformedLines = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // Keep reading after a broken row so the user gets every problem at once, not one per upload.
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = bad => ReportOnce(bad.LineNumber, () => problems.Add(TakeoutProblemCode.MalformedRow,
                $"{file} line {bad.LineNumber}: {Explain(bad.Reason)} in \"{Shorten(bad.RawRecord.TrimEnd('\r', '\n'))}\".",
                path, (int)bad.LineNumber)),
        };
        using var reader = CsvReader.FromText(text, options);

        void ReportOnce(long line, Action report)
        {
            if (malformedLines.Add(line)) report();
        }

        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
            // A record already reported as malformed is not checked again (one message per broken line).
            if (!malformedLines.Contains(reader.LineNumber)) records.Add(((int)reader.LineNumber, fields));
        }
        return records;
    }

    /// <summary>
    /// Tells a playlist's video list (legacy metadata block, or a two-column table of ids and times) from playlists.csv
    /// and from Takeout's other CSVs (subscriptions, comments, videos…), which have other columns.
    /// </summary>
    public static (TakeoutFileKind Kind, string? Why) Classify(List<(int Line, string[] Fields)> records)
    {
        var header = records[0].Fields;
        if (IsLegacyMetadataHeader(header)) return (TakeoutFileKind.Videos, null);
        if (PlaylistIdColumn(header) is not null && TitleColumn(header) is not null) return (TakeoutFileKind.Manifest, null);
        var rows = records.Skip(1).Select(r => r.Fields).Take(50).ToList();
        if (header.Length == 2 && TakeoutColumns.Find(header, rows).VideoId is not null) return (TakeoutFileKind.Videos, null);
        return (TakeoutFileKind.Other,
            $"not a playlist's video list: its columns are \"{Shorten(string.Join(',', header))}\" (a playlist file has two: video id and time added)");
    }

    public static ParsedVideosFile? ParseVideosFile(List<(int Line, string[] Fields)> records, string path, ProblemList problems)
    {
        var file = DisplayName(path);
        var index = 0;
        string? legacyId = null, legacyTitle = null;
        // Legacy layout: "Playlist Id,Channel Id,…,Title,…", one metadata row, a blank line, then the video table.
        if (IsLegacyMetadataHeader(records[0].Fields))
        {
            var metaHeader = records[0].Fields;
            index = 1;
            if (records.Count > 1 && !IsVideoTableHeader(records[1].Fields))
            {
                var meta = records[1].Fields;
                legacyId = Cell(meta, PlaylistIdColumn(metaHeader)!.Value);
                legacyTitle = TitleColumn(metaHeader) is { } t ? Cell(meta, t) : null;
                index = 2;
            }
        }

        if (index >= records.Count)
        {
            problems.Add(TakeoutProblemCode.MissingColumn, $"{file} has no 'Video ID' table after its playlist details.", path);
            return null;
        }

        var (headerLine, header) = records[index];
        var rows = records.Skip(index + 1).ToList();
        var (videoColumn, timeColumn) = TakeoutColumns.Find(header, rows.Select(r => r.Fields).ToList());
        if (videoColumn is not { } idColumn)
        {
            problems.Add(TakeoutProblemCode.MissingColumn,
                $"{file} line {headerLine}: expected a 'Video ID' column (11-character YouTube video ids) but found none under \"{Shorten(string.Join(',', header))}\". " +
                "Is this a playlist file from Google Takeout?",
                path, headerLine);
            return null;
        }

        var entries = new List<TakeoutEntry>(rows.Count);
        foreach (var (line, fields) in rows)
        {
            if (fields.Length != header.Length)
            {
                problems.Add(TakeoutProblemCode.MalformedRow,
                    $"{file} line {line}: expected {header.Length} values ({string.Join(", ", header)}) but found {fields.Length}: \"{Shorten(string.Join(',', fields))}\".",
                    path, line);
                continue;
            }

            var rawId = fields[idColumn];
            var idOk = VideoId.IsWellFormed(rawId);
            if (!idOk)
                problems.Add(TakeoutProblemCode.InvalidVideoId,
                    $"{file} line {line}: '{Shorten(rawId)}' is not a YouTube video id (11 letters, digits, '-' or '_').", path, line);

            DateTimeOffset? addedAt = null;
            if (timeColumn is { } tc && fields[tc].Length > 0)
            {
                if (TryParseTime(fields[tc], out var parsed)) addedAt = parsed;
                else
                {
                    problems.Add(TakeoutProblemCode.InvalidTimestamp,
                        $"{file} line {line}: '{Shorten(fields[tc])}' is not a date and time (expected e.g. 2026-02-25T19:35:57+00:00).", path, line);
                    continue;
                }
            }

            if (idOk) entries.Add(new TakeoutEntry(new VideoId(rawId), addedAt));
        }

        return new ParsedVideosFile(entries, legacyId, legacyTitle);
    }

    /// <summary>playlists.csv: (id, original title) per row, in file order.</summary>
    public static List<(string Id, string Title)>? ParseManifest(List<(int Line, string[] Fields)> records, string path, ProblemList problems)
    {
        var file = DisplayName(path);
        var (headerLine, header) = records[0];
        var idColumn = PlaylistIdColumn(header);
        var titleColumn = TitleColumn(header);
        if (idColumn is null || titleColumn is null)
        {
            problems.Add(TakeoutProblemCode.MissingColumn,
                $"{file} line {headerLine}: expected 'Playlist ID' and 'Playlist title (original)' columns but found \"{Shorten(string.Join(',', header))}\".",
                path, headerLine);
            return null;
        }

        var rows = new List<(string, string)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Length != header.Length)
            {
                problems.Add(TakeoutProblemCode.MalformedRow,
                    $"{file} line {line}: expected {header.Length} values but found {fields.Length}.", path, line);
                continue;
            }
            rows.Add((fields[idColumn.Value], fields[titleColumn.Value]));
        }
        return rows;
    }

    public static bool LooksLikeTime(string value) => TryParseTime(value, out _);

    public static bool TryParseTime(string value, out DateTimeOffset result) =>
        DateTimeOffset.TryParseExact(value.Trim(), TimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

    private static bool IsLegacyMetadataHeader(string[] header) =>
        PlaylistIdColumn(header) is not null && !IsVideoTableHeader(header) && header.Length > 2 && TitleColumn(header) is not null
        && header.Any(h => h.Contains("channel", StringComparison.OrdinalIgnoreCase));

    private static bool IsVideoTableHeader(string[] header) => TakeoutColumns.Find(header, []).VideoId is not null && header.Length == 2;

    private static int? PlaylistIdColumn(string[] header) =>
        Index(header, h => PlaylistIdKeys.Contains(TakeoutNames.Key(h)) || LoosePlaylistIdHeader().IsMatch(h));

    private static int? TitleColumn(string[] header) =>
        Index(header, h => LooseOriginalTitleHeader().IsMatch(h)) ?? Index(header, h => TitleKeys.Contains(TakeoutNames.Key(h)));

    private static int? Index(string[] header, Func<string, bool> matches)
    {
        for (var i = 0; i < header.Length; i++)
            if (matches(header[i])) return i;
        return null;
    }

    private static string? Cell(string[] fields, int column) =>
        column < fields.Length && fields[column].Length > 0 ? fields[column] : null;

    /// <summary>The file name without its folders: what a user recognises in a message (the full path stays in File).</summary>
    public static string DisplayName(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static string Explain(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted value (\") is never closed",
        CsvMalformedReason.StrayQuote or CsvMalformedReason.TextAfterClosingQuote => "a quote (\") is out of place",
        _ => "the row is malformed",
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";
}
