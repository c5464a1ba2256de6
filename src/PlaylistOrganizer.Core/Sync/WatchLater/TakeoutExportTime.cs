using System.Globalization;
using System.Text.RegularExpressions;
using PlaylistOrganizer.Core.Library.Import.Takeout;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>How the app knows when a Takeout was made, to refuse one older than the sync it should verify.</summary>
/// <remarks>
/// <para>Takeout names its archives after the moment the export was created, in UTC: <c>takeout-20241118T044437Z-001.zip</c>,
/// and in newer exports <c>takeout-20260919T163231Z-1-001.zip</c> (the part number last; <c>.tgz</c> when chosen). That
/// name is the export's date as Google wrote it, so it decides when present.</para>
/// <para>The .zip's own entry times are not used: a zip stores them in DOS form, without a time zone, so they cannot
/// order an export against a sync to the hour. Without Takeout's file name (a renamed archive, or the bare
/// <c>Watch later-videos.csv</c>), the newest "time added" in the export proves only that it was made after that moment:
/// enough when that is after the sync began, otherwise the date is unknown and the upload is refused.</para>
/// </remarks>
public static partial class TakeoutExportTime
{
    [GeneratedRegex(@"^takeout-(?<at>\d{8}T\d{6}Z)(-\d+)?-\d{3}\.(zip|tgz|tbz)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveName();

    /// <summary>The export time in Takeout's archive name, or null for any other name.</summary>
    public static DateTimeOffset? FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var match = ArchiveName().Match(name);
        return match.Success && DateTimeOffset.TryParseExact(match.Groups["at"].Value, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
    }

    /// <summary>The newest time any video was added to any playlist of the export: the export came after it.</summary>
    public static DateTimeOffset? NewestAdded(TakeoutLibrary library) =>
        library.Playlists.Append(library.WatchLater).Where(p => p is not null).SelectMany(p => p!.Entries)
            .Select(e => e.AddedAt).Max();
}
