using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>One category of the approved structure: it becomes one YouTube playlist.</summary>
/// <param name="Key">Stable key of the category within its approved version (its id).</param>
/// <param name="VideoIds">Videos in the category, in the order they should be added; no repeats.</param>
public sealed record TargetCategory(CategoryKey Key, string Title, string Description, Privacy Privacy, IReadOnlyList<string> VideoIds);

/// <summary>The approved structure a sync must make YouTube match.</summary>
/// <param name="VersionHash">Content hash of the approved version; a plan built from another hash is stale.</param>
public sealed record TargetStructure(string VersionHash, IReadOnlyList<TargetCategory> Categories);

/// <summary>What a playlist on the account is to the planner.</summary>
public abstract record PlaylistRole
{
    private PlaylistRole() { }

    /// <summary>The user's own playlist from before: a plan may reuse it for a category (quota-saver) or deletes it at the end.</summary>
    public sealed record Original : PlaylistRole;

    /// <summary>
    /// The playlist of <paramref name="Category"/>: an earlier sync created or reused it for that category, or a restore
    /// puts it back as it was. Reused by every later plan for that category (so a second sync adds and removes only the
    /// differences, never a duplicate playlist) and never deleted as an original.
    /// </summary>
    public sealed record HeldBy(CategoryKey Category) : PlaylistRole;

    /// <summary>Neither reused nor deleted (a restore leaves the playlists made after its backup in place).</summary>
    public sealed record LeftAlone : PlaylistRole;

    public static PlaylistRole AnOriginal { get; } = new Original();
    public static PlaylistRole Alone { get; } = new LeftAlone();
}

/// <summary>One playlist as the last import saw it on YouTube.</summary>
/// <param name="Privacy">Null when YouTube reported a privacy the app does not know.</param>
/// <param name="IsSystem">Uploads, likes, favorites…: never written to or deleted.</param>
public sealed record CurrentPlaylist(
    string Id, string Title, string Description, Privacy? Privacy, bool IsSystem, PlaylistRole Role,
    IReadOnlyList<CurrentItem> Items)
{
    public bool IsOriginal => !IsSystem && Role is PlaylistRole.Original && !new PlaylistId(Id).IsSystem;

    /// <summary>The category that holds it, if one does.</summary>
    public CategoryKey? HeldBy => Role is PlaylistRole.HeldBy held ? held.Category : null;
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
