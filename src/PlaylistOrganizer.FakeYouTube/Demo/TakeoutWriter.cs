using System.Globalization;
using System.IO.Compression;
using System.Text;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>Which generation of Takeout's per-playlist CSV to write (docs/youtube-facts.md §5).</summary>
public enum TakeoutFormat
{
    /// <summary><c>Video ID,Playlist Video Creation Timestamp</c> with ISO 8601 times, plus <c>playlists.csv</c>.</summary>
    Current,
    /// <summary>A <c>Playlist Id,Channel Id,…</c> metadata block, a blank line, then <c>Video Id,Time Added</c> with "… UTC" times.</summary>
    Legacy,
}

/// <summary>How <see cref="TakeoutWriter"/> lays out its files. Defaults match a current English export.</summary>
public sealed record TakeoutWriterOptions
{
    /// <summary>Default <see cref="TakeoutFormat.Current"/>.</summary>
    public TakeoutFormat Format { get; init; } = TakeoutFormat.Current;

    /// <summary>Start every CSV with a UTF-8 byte-order mark. Default false.</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>Line ending of the CSVs. Default "\n"; "\r\n" for the Windows-style exports some users have.</summary>
    public string NewLine { get; init; } = "\n";

    /// <summary>The folder the CSVs go in inside the .zip (localized in real exports). Default the English path.</summary>
    public string PlaylistsFolder { get; init; } = "Takeout/YouTube and YouTube Music/playlists/";

    /// <summary>Write <c>playlists.csv</c> (title → playlist id). Default true.</summary>
    public bool IncludeManifest { get; init; } = true;

    /// <summary>Header names of the per-playlist CSVs in the current format. Default English; e.g. Dutch for tests.</summary>
    public (string VideoId, string Timestamp) CurrentHeaders { get; init; } = ("Video ID", "Playlist Video Creation Timestamp");

    /// <summary>The file name of Watch Later. Default "Watch later-videos.csv".</summary>
    public string WatchLaterFileName { get; init; } = "Watch later-videos.csv";

    /// <summary>Last-write time stamped on the .zip entries (so output is byte-stable). Default 2026-11-01T00:00:00Z.</summary>
    public DateTimeOffset ExportedAt { get; init; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// Writes what Google Takeout gives a user for an account: a .zip with <c>playlists.csv</c>, one
/// <c>&lt;title&gt;-videos.csv</c> per regular playlist and <c>Watch later-videos.csv</c>. System lists (likes,
/// favorites, uploads) are left out. Google publishes no spec; the layout follows observed exports
/// (docs/youtube-facts.md §5).
/// </summary>
public static class TakeoutWriter
{
    private const string ManifestHeader =
        "Playlist ID,Add new videos to top,Playlist title (original),Playlist title (original) language," +
        "Playlist create timestamp,Playlist update timestamp,Playlist video order,Playlist visibility";

    private const string LegacyMetadataHeader = "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility";

    public static void WriteZip(AccountSnapshot account, Stream destination, TakeoutWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new TakeoutWriterOptions();
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);

        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        if (options.IncludeManifest) Add(zip, options, "playlists.csv", ManifestCsv(regular, options));
        foreach (var (fileName, playlist) in PlaylistFileNames(regular))
            Add(zip, options, fileName, PlaylistCsv(playlist, account.Channel.Id, options));
        Add(zip, options, options.WatchLaterFileName, WatchLaterCsv(account, options));
    }

    /// <summary>The bare <c>Watch later-videos.csv</c>, as a user might upload it on its own.</summary>
    public static byte[] WatchLaterCsv(AccountSnapshot account, TakeoutWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        options ??= new TakeoutWriterOptions();
        var created = account.WatchLater.Count > 0 ? account.WatchLater[0].AddedAt : options.ExportedAt;
        var updated = account.WatchLater.Count > 0 ? account.WatchLater[^1].AddedAt : (DateTimeOffset?)null;
        return VideosCsv(options, ("WL", account.Channel.Id, created, updated, "Watch later", "", "Private"),
            account.WatchLater.Select(w => (w.VideoId, w.AddedAt)));
    }

    /// <summary>One playlist's <c>-videos.csv</c>.</summary>
    public static byte[] PlaylistCsv(PlaylistSnapshot playlist, string channelId, TakeoutWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(playlist);
        options ??= new TakeoutWriterOptions();
        var updated = playlist.Items.Count > 0 ? playlist.Items.Max(i => i.AddedAt) : playlist.PublishedAt;
        return VideosCsv(options,
            (playlist.Id, channelId, playlist.PublishedAt, updated, playlist.Title, playlist.Description, Visibility(playlist)),
            playlist.Items.Select(i => (i.VideoId, i.AddedAt)));
    }

    /// <summary><c>playlists.csv</c>: one row per playlist, current column set.</summary>
    public static byte[] ManifestCsv(IEnumerable<PlaylistSnapshot> playlists, TakeoutWriterOptions? options = null)
    {
        options ??= new TakeoutWriterOptions();
        var text = new StringBuilder().Append(ManifestHeader).Append(options.NewLine);
        foreach (var p in playlists)
        {
            var updated = p.Items.Count > 0 ? p.Items.Max(i => i.AddedAt) : p.PublishedAt;
            text.AppendJoin(',', p.Id, "False", Quote(p.Title), "", Iso(p.PublishedAt), Iso(updated), "Manual", Visibility(p))
                .Append(options.NewLine);
        }
        return Encode(text.ToString(), options);
    }

    /// <summary>
    /// The file name each playlist gets: its sanitized title + "-videos.csv"; the second and later playlists whose
    /// sanitized titles collide get "-videos(1).csv", "-videos(2).csv", … in playlist order.
    /// </summary>
    public static IReadOnlyList<(string FileName, PlaylistSnapshot Playlist)> PlaylistFileNames(IEnumerable<PlaylistSnapshot> playlists)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<(string, PlaylistSnapshot)>();
        foreach (var playlist in playlists)
        {
            var stem = SanitizeFileTitle(playlist.Title);
            var n = seen.GetValueOrDefault(stem);
            seen[stem] = n + 1;
            names.Add((n == 0 ? $"{stem}-videos.csv" : $"{stem}-videos({n}).csv", playlist));
        }
        return names;
    }

    /// <summary>
    /// Replaces what file systems refuse (and the apostrophe, which Takeout also turns into "_") with "_".
    /// </summary>
    public static string SanitizeFileTitle(string title)
    {
        var chars = title.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\'' || char.IsControl(c) ? '_' : c);
        var sanitized = new string(chars.ToArray()).Trim();
        return sanitized.Length == 0 ? "_" : sanitized;
    }

    private static byte[] VideosCsv(
        TakeoutWriterOptions options,
        (string Id, string ChannelId, DateTimeOffset Created, DateTimeOffset? Updated, string Title, string Description, string Visibility) meta,
        IEnumerable<(string VideoId, DateTimeOffset AddedAt)> rows)
    {
        var nl = options.NewLine;
        var text = new StringBuilder();
        if (options.Format == TakeoutFormat.Legacy)
        {
            text.Append(LegacyMetadataHeader).Append(nl)
                .AppendJoin(',', meta.Id, meta.ChannelId, Legacy(meta.Created), meta.Updated is { } u ? Legacy(u) : "",
                    Quote(meta.Title), Quote(meta.Description), meta.Visibility).Append(nl)
                .Append(nl)
                .Append("Video Id,Time Added").Append(nl);
            foreach (var (videoId, addedAt) in rows) text.Append(videoId).Append(',').Append(Legacy(addedAt)).Append(nl);
        }
        else
        {
            text.Append(Quote(options.CurrentHeaders.VideoId)).Append(',').Append(Quote(options.CurrentHeaders.Timestamp)).Append(nl);
            foreach (var (videoId, addedAt) in rows) text.Append(videoId).Append(',').Append(Iso(addedAt)).Append(nl);
        }
        return Encode(text.ToString(), options);
    }

    private static void Add(ZipArchive zip, TakeoutWriterOptions options, string fileName, byte[] content)
    {
        var entry = zip.CreateEntry(options.PlaylistsFolder + fileName, CompressionLevel.Optimal);
        entry.LastWriteTime = options.ExportedAt;
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] Encode(string text, TakeoutWriterOptions options) =>
        options.ByteOrderMark ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    private static string Visibility(PlaylistSnapshot p) =>
        p.PrivacyStatus.Length == 0 ? "Private" : char.ToUpperInvariant(p.PrivacyStatus[0]) + p.PrivacyStatus[1..];

    private static string Iso(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static string Legacy(DateTimeOffset t) =>
        t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
