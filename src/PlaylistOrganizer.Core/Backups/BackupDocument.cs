namespace PlaylistOrganizer.Core.Backups;

/// <summary>
/// Version 1 of the backup file: every playlist of the account as last imported (with its items in order), Watch Later
/// as imported from Takeout, and the structure the sync was approved with. Enough to recreate what a sync deletes.
/// </summary>
public sealed record BackupDocument(
    string Format, int Version, DateTimeOffset TakenAt, string? ChannelId,
    IReadOnlyList<BackupPlaylist> Playlists, IReadOnlyList<BackupWatchLaterEntry> WatchLater, IReadOnlyList<BackupCategory> Structure)
{
    public const string FormatName = "playlist-organizer.backup";
    public const int CurrentVersion = 1;
}

public sealed record BackupPlaylist(string Id, string Title, string Description, string PrivacyStatus, bool IsSystem, IReadOnlyList<BackupItem> Items);

public sealed record BackupItem(string VideoId, string? Title, int Position, DateTimeOffset? AddedAt);

public sealed record BackupWatchLaterEntry(string VideoId, DateTimeOffset? AddedAt);

public sealed record BackupCategory(string Title, string Description, string PrivacyStatus, IReadOnlyList<string> VideoIds);
