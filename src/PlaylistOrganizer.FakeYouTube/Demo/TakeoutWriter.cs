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

    /// <summary>Write <c>playlists.csv</c> (title → playlist id) in the current format. Default true. Legacy exports
    /// carry each playlist's id in its own file instead.</summary>
    public bool IncludeManifest { get; init; } = true;

    /// <summary>The account language: folder, file names, headers and Watch Later's title. Default English.</summary>
    public TakeoutLanguage Language { get; init; } = TakeoutLanguage.English;

    /// <summary>The id a legacy Watch Later file's metadata carries. Default "WL"; some legacy exports carry a
    /// <c>PL…</c> id instead (docs/youtube-facts.md §8).</summary>
    public string LegacyWatchLaterId { get; init; } = "WL";

    /// <summary>When the export was made: stamped on the .zip entries (so output is byte-stable) and in
    /// <see cref="TakeoutWriter.ArchiveName"/>. Default 2026-11-01T00:00:00Z.</summary>
    public DateTimeOffset ExportedAt { get; init; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// Writes what Google Takeout gives a user for an account, in the account's language: a .zip with the playlist list
/// (<c>playlists.csv</c> in English), one file per regular playlist (<c>&lt;title&gt;-videos.csv</c> in English) and
/// Watch Later (<c>Watch later-videos.csv</c>); in the legacy layout, one <c>&lt;title&gt;.csv</c> per playlist with
/// its metadata block. System lists (likes, favorites, uploads) are left out. Google publishes no spec; the layout
/// follows observed exports (docs/youtube-facts.md §5, docs/takeout-localization.md).
/// </summary>
public static class TakeoutWriter
{
    private const string LegacyMetadataHeader = "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility";

    /// <summary>
    /// The file name Takeout gives the archive: the moment the export was made, in UTC, and the part number
    /// (<c>takeout-20241118T044437Z-001.zip</c>, as seen in public exports; newer ones insert a job number,
    /// <c>takeout-20260919T163231Z-1-001.zip</c>). The app reads the export's date from it.
    /// </summary>
    public static string ArchiveName(DateTimeOffset exportedAt) =>
        $"takeout-{exportedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-001.zip";

    public static void WriteZip(AccountSnapshot account, Stream destination, TakeoutWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new TakeoutWriterOptions();
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);

        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var legacy = options.Format == TakeoutFormat.Legacy;
        if (options.IncludeManifest && !legacy) Add(zip, options, options.Language.ManifestFileName, ManifestCsv(regular, options));
        foreach (var (fileName, playlist) in PlaylistFileNames(regular, options))
            Add(zip, options, fileName, PlaylistCsv(playlist, account.Channel.Id, options));
        Add(zip, options, WatchLaterFileName(options), WatchLaterCsv(account, options));
    }

    /// <summary>Watch Later's file name: "Watch later-videos.csv" in a current English export, "Watch later.csv" in a legacy one.</summary>
    public static string WatchLaterFileName(TakeoutWriterOptions? options = null)
    {
        options ??= new TakeoutWriterOptions();
        var title = SanitizeFileTitle(options.Language.WatchLaterTitle);
        return options.Format == TakeoutFormat.Legacy ? title + ".csv" : options.Language.FileNameFor(title, 0);
    }

    /// <summary>The bare <c>Watch later-videos.csv</c>, as a user might upload it on its own.</summary>
    public static byte[] WatchLaterCsv(AccountSnapshot account, TakeoutWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        options ??= new TakeoutWriterOptions();
        var created = account.WatchLater.Count > 0 ? account.WatchLater[0].AddedAt : options.ExportedAt;
        var updated = account.WatchLater.Count > 0 ? account.WatchLater[^1].AddedAt : (DateTimeOffset?)null;
        return VideosCsv(options, (options.LegacyWatchLaterId, account.Channel.Id, created, updated, options.Language.WatchLaterTitle, "", "Private"),
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
        var text = new StringBuilder().AppendJoin(',', options.Language.ManifestColumns.Select(Quote)).Append(options.NewLine);
        foreach (var p in playlists)
        {
            var updated = p.Items.Count > 0 ? p.Items.Max(i => i.AddedAt) : p.PublishedAt;
            text.AppendJoin(',', p.Id, "False", Quote(p.Title), "", Iso(p.PublishedAt), Iso(updated), "Manual", Visibility(p))
                .Append(options.NewLine);
        }
        return Encode(text.ToString(), options);
    }

    /// <summary>
    /// The file name each playlist gets: its sanitized title in the language's wrapper ("-videos.csv" in English); the
    /// second and later playlists whose sanitized titles collide get "(1)", "(2)", … before ".csv", in playlist order.
    /// Legacy files are named by the title alone.
    /// </summary>
    public static IReadOnlyList<(string FileName, PlaylistSnapshot Playlist)> PlaylistFileNames(
        IEnumerable<PlaylistSnapshot> playlists, TakeoutWriterOptions? options = null)
    {
        options ??= new TakeoutWriterOptions();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<(string, PlaylistSnapshot)>();
        foreach (var playlist in playlists)
        {
            var stem = SanitizeFileTitle(playlist.Title);
            var n = seen.GetValueOrDefault(stem);
            seen[stem] = n + 1;
            names.Add((options.Format == TakeoutFormat.Legacy
                ? (n == 0 ? $"{stem}.csv" : $"{stem}({n}).csv")
                : options.Language.FileNameFor(stem, n), playlist));
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
            text.Append(Quote(options.Language.VideoIdHeader)).Append(',').Append(Quote(options.Language.TimestampHeader)).Append(nl);
            foreach (var (videoId, addedAt) in rows) text.Append(videoId).Append(',').Append(Iso(addedAt)).Append(nl);
        }
        return Encode(text.ToString(), options);
    }

    private static void Add(ZipArchive zip, TakeoutWriterOptions options, string fileName, byte[] content)
    {
        var entry = zip.CreateEntry(options.Language.PlaylistsFolder + fileName, CompressionLevel.Optimal);
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
