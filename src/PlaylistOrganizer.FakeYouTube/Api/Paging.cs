using System.Text;
using PlaylistOrganizer.FakeYouTube.Errors;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>
/// maxResults (0–50, default 5, docs/youtube-facts.md §4) and opaque page tokens. A token encodes an offset; clients must treat it
/// as opaque, as YouTube's "CAUQAA"-style tokens are.
/// </summary>
public static class Paging
{
    public const int DefaultMaxResults = 5;
    public const int MaxMaxResults = 50;

    public static PageSlice<T>? Slice<T>(ApiRequest request, IReadOnlyList<T> all, out GoogleError? error)
    {
        error = null;
        var maxResults = DefaultMaxResults;
        if (request.Query("maxResults") is { } raw)
        {
            if (!int.TryParse(raw, out maxResults) || maxResults is < 0 or > MaxMaxResults)
            {
                error = GoogleErrors.InvalidParameter("maxResults",
                    $"Invalid value '{raw}'. Values must be within the range: [0, {MaxMaxResults}]");
                return null;
            }
        }
        var offset = 0;
        if (request.Query("pageToken") is { } token && !TryDecode(token, out offset))
        {
            error = GoogleErrors.InvalidPageToken();
            return null;
        }
        offset = Math.Min(offset, all.Count);
        var items = all.Skip(offset).Take(maxResults).ToList();
        var next = maxResults > 0 && offset + maxResults < all.Count ? Encode(offset + maxResults) : null;
        var prev = offset > 0 ? Encode(Math.Max(0, offset - Math.Max(maxResults, 1))) : null;
        return new PageSlice<T>(items, next, prev, new PageInfo(all.Count, maxResults), offset);
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("CAE" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith("CAE", StringComparison.Ordinal) && int.TryParse(text.AsSpan(3), out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

public sealed record PageSlice<T>(IReadOnlyList<T> Items, string? NextPageToken, string? PrevPageToken, PageInfo PageInfo, int Offset);
