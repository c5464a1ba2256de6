using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// Finds the video-id and time columns of a playlist file by their header in any known language, and otherwise by what
/// they hold: 11-character video ids in one, dates and times in the other. Headers change with the account's language
/// and between export versions (docs/youtube-facts.md §5, §8); the values do not.
/// </summary>
internal static class TakeoutColumns
{
    private static readonly HashSet<string> VideoIdKeys = TakeoutNames.VideoIdHeaders.Select(TakeoutNames.Key).ToHashSet();
    private static readonly HashSet<string> TimestampKeys = TakeoutNames.TimestampHeaders.Select(TakeoutNames.Key).ToHashSet();

    /// <summary>
    /// The column of video ids and the column of times (null when absent) under <paramref name="header"/>. A column is
    /// taken for ids when most of its values are well-formed ids, and for times when every value is a time; in a
    /// two-column table the other column of a known one is the second.
    /// </summary>
    public static (int? VideoId, int? Time) Find(string[] header, IReadOnlyList<string[]> rows)
    {
        int? id = Index(header, h => VideoIdKeys.Contains(TakeoutNames.Key(h)) || LooseVideoIdHeader(h));
        int? time = Index(header, h => TimestampKeys.Contains(TakeoutNames.Key(h)) || LooseTimestampHeader(h));

        if (rows.Count > 0)
        {
            time ??= BestColumn(header.Length, exclude: id, rows, minimumShare: 1.0, TakeoutCsv.LooksLikeTime);
            id ??= BestColumn(header.Length, exclude: time, rows, minimumShare: 0.5, VideoId.IsWellFormed);
        }
        if (header.Length == 2)
        {
            if (id is null && time is { } t) id = 1 - t;
            else if (time is null && id is { } i) time = 1 - i;
        }
        return (id, time == id ? null : time);
    }

    /// <summary>The column whose values most often pass <paramref name="test"/>, if that share reaches the minimum.</summary>
    private static int? BestColumn(int columns, int? exclude, IReadOnlyList<string[]> rows, double minimumShare, Func<string, bool> test)
    {
        int? best = null;
        var bestShare = 0.0;
        for (var c = 0; c < columns; c++)
        {
            if (c == exclude) continue;
            var values = rows.Where(r => c < r.Length && r[c].Length > 0).Select(r => r[c]).ToList();
            if (values.Count == 0) continue;
            var share = values.Count(test) / (double)values.Count;
            if (share >= minimumShare && share > bestShare) (best, bestShare) = (c, share);
        }
        return best;
    }

    private static int? Index(string[] header, Func<string, bool> matches)
    {
        for (var i = 0; i < header.Length; i++)
            if (matches(header[i])) return i;
        return null;
    }

    // English spellings seen across export versions: "Video ID", "Video Id", "video_id", "Video-ID".
    private static bool LooseVideoIdHeader(string h)
    {
        var compact = new string(h.Where(char.IsLetter).ToArray());
        return compact.Equals("videoid", StringComparison.OrdinalIgnoreCase);
    }

    private static bool LooseTimestampHeader(string h) =>
        h.Contains("timestamp", StringComparison.OrdinalIgnoreCase) || h.Contains("time added", StringComparison.OrdinalIgnoreCase);
}
