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

/// <summary>A playlist's video list as read from one CSV, before titles are matched to playlists.csv.</summary>
/// <param name="LegacyId">The "Playlist Id" of a legacy file's metadata block, if any.</param>
/// <param name="LegacyTitle">The "Title" of a legacy file's metadata block, if any.</param>
internal sealed record ParsedVideosFile(IReadOnlyList<TakeoutEntry> Entries, string? LegacyId, string? LegacyTitle);

/// <summary>
/// Reads Takeout's CSVs by header name, loosely: current and legacy layouts, English and localized headers, BOM
/// and CRLF (docs/youtube-facts.md §5: Google publishes no spec and the columns vary between exports).
/// </summary>
internal static partial class TakeoutCsv
{
    [GeneratedRegex(@"^\s*video\s*[-_]?\s*id\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VideoIdHeader();

    // English current and legacy, Dutch "Tijdstempel…", German "Zeitstempel", French "Horodatage", Spanish "Marca de tiempo".
    [GeneratedRegex(@"timestamp|time\s*added|tijdstempel|zeitstempel|horodatage|marca de tiempo", RegexOptions.IgnoreCase)]
    private static partial Regex TimestampHeader();

    [GeneratedRegex(@"^\s*playlist\s*[-_]?\s*id\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaylistIdHeader();

    [GeneratedRegex(@"^\s*playlist\s*title\s*\(original\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalTitleHeader();

    [GeneratedRegex(@"^\s*(playlist\s*)?(title|titel|titre|título)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHeader();

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

    public static ParsedVideosFile? ParseVideosFile(byte[] content, string path, ProblemList problems)
    {
        var file = DisplayName(path);
        var records = ReadRecords(content, path, problems);
        if (records is null) return null;

        var index = 0;
        string? legacyId = null, legacyTitle = null;
        // Legacy layout: "Playlist Id,Channel Id,…,Title,…", one metadata row, a blank line, then the video table.
        if (FindColumn(records[0].Fields, PlaylistIdHeader()) is { } idColumn && FindColumn(records[0].Fields, VideoIdHeader()) is null)
        {
            var titleColumn = FindColumn(records[0].Fields, TitleHeader());
            index = 1;
            if (records.Count > 1 && FindColumn(records[1].Fields, VideoIdHeader()) is null)
            {
                var meta = records[1].Fields;
                legacyId = Cell(meta, idColumn);
                legacyTitle = titleColumn is { } t ? Cell(meta, t) : null;
                index = 2;
            }
        }

        if (index >= records.Count)
        {
            problems.Add(TakeoutProblemCode.MissingColumn, $"{file} has no 'Video ID' table after its playlist details.", path);
            return null;
        }

        var (headerLine, header) = records[index];
        if (FindColumn(header, VideoIdHeader()) is not { } videoColumn)
        {
            problems.Add(TakeoutProblemCode.MissingColumn,
                $"{file} line {headerLine}: expected a header with a 'Video ID' column but found \"{Shorten(string.Join(',', header))}\". " +
                "Is this a playlist file from Google Takeout?",
                path, headerLine);
            return null;
        }

        var timeColumn = FindColumn(header, TimestampHeader()) ?? (header.Length == 2 ? 1 - videoColumn : null);
        var entries = new List<TakeoutEntry>(records.Count - index);
        foreach (var (line, fields) in records.Skip(index + 1))
        {
            if (fields.Length != header.Length)
            {
                problems.Add(TakeoutProblemCode.MalformedRow,
                    $"{file} line {line}: expected {header.Length} values ({string.Join(", ", header)}) but found {fields.Length}: \"{Shorten(string.Join(',', fields))}\".",
                    path, line);
                continue;
            }

            var rawId = fields[videoColumn];
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
    public static List<(string Id, string Title)>? ParseManifest(byte[] content, string path, ProblemList problems)
    {
        var file = DisplayName(path);
        var records = ReadRecords(content, path, problems);
        if (records is null) return null;

        var (headerLine, header) = records[0];
        var idColumn = FindColumn(header, PlaylistIdHeader());
        var titleColumn = FindColumn(header, OriginalTitleHeader()) ?? FindColumn(header, TitleHeader());
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

    public static bool TryParseTime(string value, out DateTimeOffset result) =>
        DateTimeOffset.TryParseExact(value.Trim(), TimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out result);

    private static int? FindColumn(string[] header, Regex pattern)
    {
        for (var i = 0; i < header.Length; i++)
            if (pattern.IsMatch(header[i])) return i;
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
