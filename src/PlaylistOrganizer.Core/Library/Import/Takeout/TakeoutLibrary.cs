using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>What a Google Takeout export says about a user's playlists and Watch Later.</summary>
/// <remarks>
/// Takeout carries ids and "added" times only: no video titles, channels or availability (those come from
/// videos.list). Playlists keep the export's order and may repeat a video (a user can add one twice).
/// </remarks>
/// <param name="Playlists">Every playlist file except the one taken as Watch Later (all of them when Watch Later is undecided).</param>
/// <param name="WatchLater">The file taken as Watch Later; null when there is none, or when it is ambiguous (then see
/// <see cref="WatchLaterCandidates"/>).</param>
public sealed record TakeoutLibrary(IReadOnlyList<TakeoutPlaylist> Playlists, TakeoutPlaylist? WatchLater)
{
    /// <summary>When no file can be told to be Watch Later for sure: the files it may be, for the user to pick.</summary>
    public IReadOnlyList<TakeoutPlaylist> WatchLaterCandidates { get; init; } = [];

    /// <summary>Files in the upload that are not playlist files (nor playlists.csv), with the reason.</summary>
    public IReadOnlyList<TakeoutUnusedFile> UnusedFiles { get; init; } = [];

    /// <summary>Things that did not stop the import but the user should know (e.g. an unreadable playlists.csv).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A file of the upload that was not read as a playlist, and why.</summary>
public sealed record TakeoutUnusedFile(string File, string Reason);

/// <summary>What the app knows that tells Watch Later apart from the other playlist files of a .zip.</summary>
/// <param name="ImportedPlaylists">Playlists imported from YouTube. The API never lists Watch Later, so a file that
/// matches one of them (by id, else by title) is not Watch Later.</param>
/// <param name="WatchLaterFile">The file the user picked as Watch Later: its path in the .zip or its file name. It
/// overrides every other rule.</param>
public sealed record WatchLaterHints(IReadOnlyCollection<KnownPlaylist> ImportedPlaylists, string? WatchLaterFile = null)
{
    public static readonly WatchLaterHints None = new([]);
}

/// <summary>A playlist the library already holds (from the YouTube import).</summary>
public sealed record KnownPlaylist(string Id, string Title);

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
    /// <summary>No playlist file (a two-column table of video ids and times, or a legacy playlist file) in the .zip.</summary>
    NoPlaylistFiles,
    /// <summary>No file can be told to be Watch Later; the user picks one of <see cref="TakeoutLibrary.WatchLaterCandidates"/>.</summary>
    WatchLaterAmbiguous,
    /// <summary>The upload has no Watch Later file, or none by the name the user gave.</summary>
    WatchLaterNotFound,
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
