using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.Bench;

/// <summary>
/// The fewest quota units the data itself requires, computed from the emulator's snapshot alone (nothing from the app):
/// the yardstick every workload's spending is compared with.
/// </summary>
internal static class MinimumUnits
{
    private const int PageSize = 50;

    /// <summary>
    /// A full import: 1 channels.list + ceil(playlists/50) playlists.list pages (at least one) + Σ ceil(items/50)
    /// playlistItems.list pages over non-empty regular playlists + ceil(distinct videos, Watch Later included, /50)
    /// videos.list calls. Every read costs 1 unit (docs/youtube-facts.md §1.2).
    /// </summary>
    public static int ForImport(AccountSnapshot account)
    {
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var distinctVideos = regular.SelectMany(p => p.Items.Select(i => i.VideoId))
            .Concat(account.WatchLater.Select(w => w.VideoId))
            .Distinct(StringComparer.Ordinal).Count();
        return 1
            + Math.Max(1, Pages(regular.Count))
            + regular.Where(p => p.Items.Count > 0).Sum(p => Pages(p.Items.Count))
            + Pages(distinctVideos);
    }

    private static int Pages(int items) => (items + PageSize - 1) / PageSize;
}
