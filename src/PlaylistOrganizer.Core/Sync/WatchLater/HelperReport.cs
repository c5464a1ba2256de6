using System.Text.Json;
using System.Text.RegularExpressions;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>
/// Reads what the user pastes back from the browser helper: its report (<c>{"removed":["…"]}</c>) or plain video ids
/// separated by spaces, commas or lines, so what the helper removed can be ticked in one go.
/// </summary>
public static partial class HelperReport
{
    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex VideoId();

    /// <summary>The video ids, or a message naming what is not one (then nothing should be ticked).</summary>
    public static (IReadOnlyList<string> Ids, string? Problem) Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return ([], "Paste the helper's report (or video ids) first.");
        IEnumerable<string> tokens;
        if (trimmed.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(trimmed);
                if (!json.RootElement.TryGetProperty("removed", out var removed) || removed.ValueKind != JsonValueKind.Array)
                    return ([], "That report has no \"removed\" list. Copy the box the helper shows when it finishes.");
                tokens = removed.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList();
            }
            catch (JsonException)
            {
                return ([], "That is not the helper's report: it starts like JSON but is cut off or damaged. Copy the whole box again.");
            }
        }
        else
        {
            tokens = trimmed.Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('"', '\''));
        }
        var list = tokens.ToList();
        var bad = list.Where(t => !VideoId().IsMatch(t)).ToList();
        if (bad.Count > 0)
            return ([], $"Not a video id: {string.Join(", ", bad.Take(3).Select(b => $"'{b}'"))}{(bad.Count > 3 ? $" and {bad.Count - 3} more" : "")}. Nothing was ticked.");
        return (list.Distinct(StringComparer.Ordinal).ToList(), null);
    }
}
