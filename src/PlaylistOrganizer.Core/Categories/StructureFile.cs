using System.Text;
using System.Text.Json;
using CsvHelper;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>One category of a structure file.</summary>
/// <param name="Description">Null when the file does not say (CSV): an existing category of that title keeps its own, a new one gets "".</param>
/// <param name="Privacy">Null when the file does not say: kept, or "private" for a new category.</param>
/// <param name="Keywords">The suggestions' hint words. Null when the file does not say (CSV, files written before
/// keywords existed): an existing category keeps its own, a new one gets "". Local only, so not part of the approval hash.</param>
public sealed record StructureCategory(string Title, string? Description, string? Privacy, IReadOnlyList<string> VideoIds, string? Keywords = null);

/// <summary>The whole structure, as exported and imported (docs/structure-format.md).</summary>
public sealed record StructureDocument(IReadOnlyList<StructureCategory> Categories)
{
    /// <summary>The same rules as editing (<see cref="CategoryRules"/>), plus well-formed video ids. Empty when fine.</summary>
    public static IReadOnlyList<CategoryError> Validate(StructureDocument document)
    {
        var problems = new List<CategoryError>();
        var seen = new List<string>();
        for (var i = 0; i < document.Categories.Count; i++)
        {
            var c = document.Categories[i];
            var where = $"Category {i + 1} ('{c.Title}')";
            foreach (var p in new[] { CategoryRules.CheckTitle(c.Title), CategoryRules.CheckDescription(c.Description), c.Privacy is null ? null : CategoryRules.CheckPrivacy(c.Privacy), CategoryRules.CheckKeywords(c.Keywords) }.OfType<CategoryError>())
                problems.Add(p with { Message = $"{where}: {p.Message}" });
            if (seen.Any(t => CategoryRules.SameTitle(t, c.Title)))
                problems.Add(new(CategoryErrorCode.DuplicateTitle, $"{where}: the title appears more than once; category titles must be unique."));
            seen.Add(c.Title);
            var bad = c.VideoIds.Where(v => !VideoId.IsWellFormed(v)).ToList();
            if (bad.Count > 0)
                problems.Add(new(CategoryErrorCode.MalformedVideoId,
                    $"{where}: {string.Join(", ", bad.Take(3).Select(b => $"'{b}'"))}{(bad.Count > 3 ? $" and {bad.Count - 3} more" : "")} {(bad.Count == 1 ? "is not a YouTube video id" : "are not YouTube video ids")} (11 characters of A–Z, a–z, 0–9, - and _)."));
        }
        return problems;
    }
}

public enum StructureFileFormat { Json, Csv }

/// <summary>A parsed file, or why it cannot be read. A file with errors imports nothing.</summary>
public sealed record StructureParseResult(StructureDocument? Document, IReadOnlyList<CategoryError> Errors)
{
    public static StructureParseResult Fail(string message) => new(null, [new CategoryError(CategoryErrorCode.MalformedFile, message)]);
}

/// <summary>Reads and writes structure files: JSON (everything) and CSV (<c>category,videoId</c>: titles and videos only).
/// The format is documented in docs/structure-format.md; keep the two in step.</summary>
public static class StructureFile
{
    public const string FormatName = "playlist-organizer.structure";
    public const int FormatVersion = 1;
    private const int MaxListedErrors = 20;

    public static string ToJson(StructureDocument document)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteNumber("version", FormatVersion);
            w.WriteStartArray("categories");
            foreach (var c in document.Categories)
            {
                w.WriteStartObject();
                w.WriteString("title", c.Title);
                w.WriteString("description", c.Description ?? "");
                w.WriteString("privacy", c.Privacy ?? CategoryRules.DefaultPrivacy);
                w.WriteString("keywords", c.Keywords ?? "");
                w.WriteStartArray("videoIds");
                foreach (var v in c.VideoIds) w.WriteStringValue(v);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string ToCsv(StructureDocument document)
    {
        var sb = new StringBuilder("category,videoId\n");
        foreach (var c in document.Categories)
        {
            if (c.VideoIds.Count == 0) sb.Append(Quote(c.Title)).Append(",\n");
            foreach (var v in c.VideoIds) sb.Append(Quote(c.Title)).Append(',').Append(v).Append('\n');
        }
        return sb.ToString();
    }

    public static string Write(StructureDocument document, StructureFileFormat format) =>
        format == StructureFileFormat.Csv ? ToCsv(document) : ToJson(document);

    /// <summary>Reads a file by its content: JSON if it starts with '{', CSV otherwise.</summary>
    public static StructureParseResult Parse(string text)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.Length == 0) return StructureParseResult.Fail("The file is empty.");
        var result = trimmed[0] == '{' ? ParseJson(trimmed) : ParseCsv(trimmed);
        if (result.Document is null) return result;
        var problems = StructureDocument.Validate(result.Document);
        return problems.Count == 0 ? result : new(null, Limit(problems));
    }

    public static StructureParseResult ParseJson(string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return StructureParseResult.Fail($"The file is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return StructureParseResult.Fail("The file must hold one JSON object.");
            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
                return StructureParseResult.Fail($"This is not a PlaylistOrganizer structure file: \"format\" must be \"{FormatName}\".");
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v))
                return StructureParseResult.Fail("\"version\" is missing or not a whole number.");
            if (v != FormatVersion)
                return StructureParseResult.Fail($"The file is version {v}; this app reads version {FormatVersion}.");
            if (!root.TryGetProperty("categories", out var list) || list.ValueKind != JsonValueKind.Array)
                return StructureParseResult.Fail("\"categories\" is missing or not a list.");

            var errors = new List<CategoryError>();
            var categories = new List<StructureCategory>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                index++;
                var at = $"categories[{index - 1}]";
                if (item.ValueKind != JsonValueKind.Object) { errors.Add(Malformed($"{at} is not an object.")); continue; }
                var title = OptionalString(item, "title", at, errors);
                if (title is null && !errors.Any(e => e.Message.StartsWith(at + ".title", StringComparison.Ordinal)))
                    errors.Add(Malformed($"{at}: \"title\" is missing."));
                var description = OptionalString(item, "description", at, errors);
                var privacy = OptionalString(item, "privacy", at, errors);
                var keywords = OptionalString(item, "keywords", at, errors);
                var ids = new List<string>();
                if (item.TryGetProperty("videoIds", out var videos))
                {
                    if (videos.ValueKind != JsonValueKind.Array) errors.Add(Malformed($"{at}.videoIds is not a list."));
                    else
                    {
                        var n = 0;
                        foreach (var video in videos.EnumerateArray())
                        {
                            if (video.ValueKind == JsonValueKind.String) ids.Add(video.GetString()!);
                            else errors.Add(Malformed($"{at}.videoIds[{n}] is not a string."));
                            n++;
                        }
                    }
                }
                if (title is not null) categories.Add(new StructureCategory(title, description, privacy, ids.Distinct().ToList(), keywords));
            }
            return errors.Count > 0 ? new(null, Limit(errors)) : new(new StructureDocument(categories), []);
        }
    }

    public static StructureParseResult ParseCsv(string text)
    {
        var errors = new List<CategoryError>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = bad => errors.Add(Malformed($"Line {bad.LineNumber}: the row is not valid CSV ({bad.Reason}).")),
        };
        using var reader = CsvReader.FromText(text, options);
        var order = new List<string>();
        var byTitle = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var header = true;
        while (reader.Read())
        {
            var line = reader.LineNumber;
            if (header)
            {
                header = false;
                if (reader.FieldCount < 2 || !reader.GetString(0).Trim().Equals("category", StringComparison.OrdinalIgnoreCase)
                    || !reader.GetString(1).Trim().Equals("videoId", StringComparison.OrdinalIgnoreCase))
                    return StructureParseResult.Fail("The first line must be the header \"category,videoId\".");
                continue;
            }
            if (reader.FieldCount != 2) { errors.Add(Malformed($"Line {line}: expected 2 fields (category,videoId), found {reader.FieldCount}.")); continue; }
            var title = reader.GetString(0);
            var video = reader.GetString(1).Trim();
            if (!byTitle.TryGetValue(title, out var ids)) { byTitle[title] = ids = []; order.Add(title); }
            if (video.Length > 0 && !ids.Contains(video)) ids.Add(video);
        }
        if (header) return StructureParseResult.Fail("The first line must be the header \"category,videoId\".");
        return errors.Count > 0
            ? new(null, Limit(errors))
            : new(new StructureDocument(order.Select(t => new StructureCategory(t, null, null, byTitle[t])).ToList()), []);
    }

    private static string? OptionalString(JsonElement item, string name, string at, List<CategoryError> errors)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        errors.Add(Malformed($"{at}.{name} is not a string."));
        return null;
    }

    private static CategoryError Malformed(string message) => new(CategoryErrorCode.MalformedFile, message);

    private static IReadOnlyList<CategoryError> Limit(IReadOnlyList<CategoryError> errors) =>
        errors.Count <= MaxListedErrors ? errors
            : [.. errors.Take(MaxListedErrors), Malformed($"…and {errors.Count - MaxListedErrors} more problems.")];

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field != field.Trim() ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
