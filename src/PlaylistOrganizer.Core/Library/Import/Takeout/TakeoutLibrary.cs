using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>What a Google Takeout export says about a user's playlists and Watch Later.</summary>
/// <remarks>
/// Takeout carries ids and "added" times only: no video titles, channels or availability (those come from
/// videos.list). Playlists keep the export's order and may repeat a video (a user can add one twice).
/// </remarks>
public sealed record TakeoutLibrary(IReadOnlyList<TakeoutPlaylist> Playlists, TakeoutPlaylist? WatchLater);

/// <param name="Title">The playlist's title: from <c>playlists.csv</c> or the legacy metadata when present, else from the file name.</param>
/// <param name="Id">The playlist id, when <c>playlists.csv</c> (or a legacy file's metadata) names it; null otherwise.</param>
/// <param name="SourceFile">The CSV it came from, for messages.</param>
public sealed record TakeoutPlaylist(string Title, PlaylistId? Id, IReadOnlyList<TakeoutEntry> Entries, string SourceFile);

/// <param name="AddedAt">When the video was added to the playlist (not when it was watched or published); null if the file had no time.</param>
public sealed record TakeoutEntry(VideoId VideoId, DateTimeOffset? AddedAt);

/// <summary>The outcome of reading a Takeout upload: a whole library, or the list of everything wrong with it.</summary>
public abstract record TakeoutReadResult
{
    private TakeoutReadResult() { }

    public sealed record Success(TakeoutLibrary Library) : TakeoutReadResult;

    /// <summary>Nothing was imported. <paramref name="Problems"/> is never empty.</summary>
    public sealed record Failure(IReadOnlyList<TakeoutProblem> Problems) : TakeoutReadResult;
}

/// <summary>One thing wrong with an upload, in words a user can act on.</summary>
/// <param name="File">The file inside the upload it concerns (null for the upload as a whole).</param>
/// <param name="Line">1-based physical line in <paramref name="File"/>, when it concerns one line.</param>
public sealed record TakeoutProblem(TakeoutProblemCode Code, string Message, string? File = null, int? Line = null);

public enum TakeoutProblemCode
{
    /// <summary>The upload, or a CSV in it, has no content.</summary>
    Empty,
    /// <summary>Not a .zip (or a damaged one).</summary>
    NotAZip,
    /// <summary>The upload is over <see cref="TakeoutReaderOptions.MaxUploadBytes"/>.</summary>
    UploadTooLarge,
    /// <summary>The .zip has more than <see cref="TakeoutReaderOptions.MaxEntries"/> entries.</summary>
    TooManyEntries,
    /// <summary>An entry name is absolute or climbs out with "..".</summary>
    UnsafeEntryName,
    /// <summary>One CSV unpacks to more than <see cref="TakeoutReaderOptions.MaxEntryBytes"/>.</summary>
    EntryTooLarge,
    /// <summary>The CSVs together unpack to more than <see cref="TakeoutReaderOptions.MaxTotalUncompressedBytes"/>.</summary>
    TotalTooLarge,
    /// <summary>An entry is compressed far more than text ever is: a zip bomb.</summary>
    SuspiciousCompression,
    /// <summary>No <c>-videos.csv</c> file anywhere in the .zip.</summary>
    NoPlaylistFiles,
    /// <summary>More than one Watch Later file.</summary>
    DuplicateWatchLater,
    /// <summary>The header has no recognisable video id column (or playlists.csv no id/title columns).</summary>
    MissingColumn,
    /// <summary>A row has the wrong number of values or broken quoting.</summary>
    MalformedRow,
    InvalidVideoId,
    InvalidTimestamp,
    /// <summary>A file that is not a playlist's video list was uploaded on its own (e.g. playlists.csv).</summary>
    NotAPlaylistFile,
    /// <summary>More problems of one kind in one file than are listed one by one.</summary>
    MoreOfTheSame,
}
