namespace PlaylistOrganizer.Core.Planning;

/// <summary>One category of the approved structure: it becomes one YouTube playlist.</summary>
/// <param name="Key">Stable key of the category within its approved version (its id).</param>
/// <param name="VideoIds">Videos in the category, in the order they should be added; no repeats.</param>
public sealed record TargetCategory(string Key, string Title, string Description, string PrivacyStatus, IReadOnlyList<string> VideoIds);

/// <summary>The approved structure a sync must make YouTube match.</summary>
/// <param name="VersionHash">Content hash of the approved version; a plan built from another hash is stale.</param>
public sealed record TargetStructure(string VersionHash, IReadOnlyList<TargetCategory> Categories);

/// <summary>One playlist as the last import saw it on YouTube.</summary>
/// <param name="IsSystem">Uploads, likes, favorites…: never written to or deleted.</param>
/// <param name="HeldCategoryKey">The category an earlier sync made this playlist hold (it created or reused it), or null
/// for an original. Such a playlist is that category's playlist from then on: reused by every later plan (so a second
/// sync adds and removes only the differences, never a duplicate playlist) and never deleted as an original.</param>
public sealed record CurrentPlaylist(
    string Id, string Title, string Description, string PrivacyStatus, bool IsSystem, string? HeldCategoryKey,
    IReadOnlyList<CurrentItem> Items)
{
    public bool IsOriginal => !IsSystem && HeldCategoryKey is null && !new YouTube.PlaylistId(Id).IsSystem;
}

/// <summary>One entry of a playlist on YouTube (the item id is what a delete needs).</summary>
public sealed record CurrentItem(string ItemId, string VideoId);

/// <summary>YouTube as the latest import saw it, plus what only Takeout knows (Watch Later).</summary>
/// <param name="Fingerprint">Identifies the imported state (e.g. the last import run); a plan built on another is stale.</param>
/// <param name="UnavailableVideoIds">Videos YouTube no longer returns: adding them would fail and still cost quota.</param>
/// <param name="OutdatedBecause">Set when YouTube changed after the last import (a sync ran since): the state must be
/// imported again before it can be planned against exactly.</param>
public sealed record CurrentState(
    string Fingerprint, IReadOnlyList<CurrentPlaylist> Playlists, IReadOnlyList<string> WatchLaterVideoIds,
    IReadOnlySet<string> UnavailableVideoIds, string? OutdatedBecause = null);
