namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// Safety limits for reading an uploaded Takeout. The playlists part of a real export is tiny (a 5,000-entry
/// playlist is about 180 KB), so the defaults leave ample room while refusing zip bombs and floods.
/// </summary>
public sealed record TakeoutReaderOptions
{
    /// <summary>
    /// Largest accepted upload, as uploaded (compressed). Default 64 MB: a whole "YouTube and YouTube Music" export
    /// without the uploaded videos themselves (history, comments, playlists) stays a few MB, so a bigger upload is the
    /// wrong export (one with videos) and is refused before it is read.
    /// </summary>
    public long MaxUploadBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of one CSV read from the .zip, or of a bare CSV. Default 64 MB.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all CSVs read from one .zip together. Default 512 MB.</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Highest accepted uncompressed:compressed ratio for an entry of at least
    /// <see cref="CompressionRatioMinBytes"/>. CSV text compresses 3–10:1; bombs 1000:1. Default 100.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this (uncompressed) skip the ratio check: they are harmless. Default 1 MB.</summary>
    public long CompressionRatioMinBytes { get; init; } = 1024 * 1024;

    /// <summary>Most entries (files and folders) a .zip may hold. Default 10,000.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Problems of one kind listed one by one per file before they are summarised. Default 5.</summary>
    public int MaxListedProblemsPerKind { get; init; } = 5;
}
