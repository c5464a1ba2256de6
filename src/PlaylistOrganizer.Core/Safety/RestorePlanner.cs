using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Safety;

/// <summary>
/// Plans a restore as a sync of its own: every regular playlist of the backup becomes a "category" whose playlist must
/// hold exactly its videos, in their original order. A playlist that still exists (kept or reused by the sync) is
/// reused and put back as it was; a deleted one is created again. Optionally the playlists the sync gave to categories
/// are deleted at the end, after the restored ones are verified (the deletion guard still applies).
/// </summary>
/// <remarks>Watch Later cannot be restored through the API; repeated entries of one video in a playlist are restored once.</remarks>
public static class RestorePlanner
{
    private const string KeyPrefix = "restore:";

    /// <summary>The key of the restore's category that puts back the backed-up playlist <paramref name="playlistId"/>.</summary>
    public static CategoryKey KeyFor(string playlistId) => new(KeyPrefix + playlistId);

    /// <summary>Whether a category belongs to a restore (rather than to a sync of an approved structure).</summary>
    public static bool IsRestoreKey(CategoryKey key) => key.Value.StartsWith(KeyPrefix, StringComparison.Ordinal);

    public static (TargetStructure Target, CurrentState State, SyncPlan Plan) Build(
        BackupDocument backup, string backupSha256, CurrentState current, bool removeCategoryPlaylists)
    {
        var regular = backup.Playlists.Where(p => !p.IsSystem && !new YouTube.PlaylistId(p.Id).IsSystem).ToList();
        var target = new TargetStructure($"backup:{backupSha256}", regular.Select(p => new TargetCategory(
            // YouTube reports one of its three privacies; a backup without one puts the playlist back private.
            KeyFor(p.Id), p.Title, p.Description, YouTube.PrivacyNames.Parse(p.PrivacyStatus) ?? YouTube.Privacy.Private,
            p.Items.OrderBy(i => i.Position).Select(i => i.VideoId).Distinct().ToList())).ToList());

        // A backed-up playlist still on YouTube is held by its restore category, so the planner reuses it in place; any
        // other original (made after the backup) is left alone: neither reused nor deleted. Watch Later is left out: the
        // API cannot change it, so a restore plans no clean-up of it.
        var backedUp = regular.Select(p => p.Id).ToHashSet();
        var state = current with
        {
            Playlists = current.Playlists.Select(p => backedUp.Contains(p.Id) ? p with { Role = new PlaylistRole.HeldBy(KeyFor(p.Id)) }
                : p.IsOriginal ? p with { Role = PlaylistRole.Alone } : p).ToList(),
            WatchLaterVideoIds = [],
        };
        var plan = SyncPlanner.Build(target, state, PlanKind.Plain);

        var extraDeletes = removeCategoryPlaylists
            ? state.Playlists.Where(p => p.HeldBy is { } key && !IsRestoreKey(key) && !p.IsSystem).ToList()
            : [];
        var operations = plan.Operations.Concat(extraDeletes.Select((p, i) => new PlannedOperation.DeletePlaylist(
            plan.Operations.Count + i + 1, new YouTube.PlaylistId(p.Id), p.Title, $"Category playlist made by a sync ({Counts.Of(p.Items.Count, "item")})"))).ToList();
        var restoredVideos = target.Categories.SelectMany(c => c.VideoIds).ToHashSet();
        var homeless = extraDeletes.SelectMany(p => p.Items.Select(i => (i.VideoId, p.Title)))
            .Where(x => !restoredVideos.Contains(x.VideoId))
            .GroupBy(x => x.VideoId).Select(g => new HomelessVideo(g.Key, g.Select(x => x.Title).Distinct().ToList())).ToList();
        return (target, state, plan with { Kind = PlanKind.Restore, Operations = operations, HomelessVideos = homeless });
    }
}
