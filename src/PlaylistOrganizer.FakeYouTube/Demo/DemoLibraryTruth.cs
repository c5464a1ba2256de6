using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>A generated account and the exact figures an import of it must reproduce.</summary>
public sealed record DemoLibrary(AccountSnapshot Account, DemoLibraryTruth Truth)
{
    /// <summary>The theme ("cooking") each regular playlist was generated from: the ground truth for suggestion benchmarks.</summary>
    public IReadOnlyDictionary<string, string> ThemeOfPlaylist { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Exact counts of a generated library, recounted from the snapshot itself (never copied from the targets in
/// <see cref="DemoLibraryOptions"/>), so an importer can be checked against them to the unit.
/// </summary>
/// <remarks>"Playlists" here means regular playlists only; system lists (likes, favorites, uploads) are listed by id.</remarks>
public sealed record DemoLibraryTruth
{
    public required int RegularPlaylistCount { get; init; }

    /// <summary>Entries per regular playlist id, accidental duplicate entries included.</summary>
    public required IReadOnlyDictionary<string, int> EntriesPerPlaylist { get; init; }

    /// <summary>All entries of all regular playlists, accidental duplicates included.</summary>
    public required int TotalPlaylistEntries { get; init; }

    /// <summary>Entries that repeat a video already earlier in the same playlist.</summary>
    public required int DuplicateEntriesWithinPlaylists { get; init; }

    public required int DistinctVideosInPlaylists { get; init; }

    /// <summary>Distinct videos that appear in two or more different regular playlists.</summary>
    public required int VideosInTwoOrMorePlaylists { get; init; }

    public required int WatchLaterCount { get; init; }

    /// <summary>Watch Later videos that are also in at least one regular playlist.</summary>
    public required int WatchLaterAlsoInPlaylists { get; init; }

    /// <summary>Distinct Private or Deleted videos referenced by a regular playlist or Watch Later.</summary>
    public required int DistinctUnavailableVideos { get; init; }

    /// <summary>Ids of the likes, favorites and uploads lists, in snapshot order.</summary>
    public required IReadOnlyList<string> SystemPlaylistIds { get; init; }

    /// <summary>Recounts everything from <paramref name="account"/>.</summary>
    public static DemoLibraryTruth CountFrom(AccountSnapshot account)
    {
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var playlistsPerVideo = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var playlist in regular)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in playlist.Items)
            {
                if (!seen.Add(item.VideoId)) { duplicates++; continue; }
                playlistsPerVideo[item.VideoId] = playlistsPerVideo.GetValueOrDefault(item.VideoId) + 1;
            }
        }

        var unavailable = account.Videos
            .Where(v => v.Availability is VideoAvailability.Private or VideoAvailability.Deleted)
            .Select(v => v.Id)
            .ToHashSet(StringComparer.Ordinal);
        var referenced = playlistsPerVideo.Keys.Concat(account.WatchLater.Select(w => w.VideoId)).ToHashSet(StringComparer.Ordinal);

        return new DemoLibraryTruth
        {
            RegularPlaylistCount = regular.Count,
            EntriesPerPlaylist = regular.ToDictionary(p => p.Id, p => p.Items.Count, StringComparer.Ordinal),
            TotalPlaylistEntries = regular.Sum(p => p.Items.Count),
            DuplicateEntriesWithinPlaylists = duplicates,
            DistinctVideosInPlaylists = playlistsPerVideo.Count,
            VideosInTwoOrMorePlaylists = playlistsPerVideo.Values.Count(n => n >= 2),
            WatchLaterCount = account.WatchLater.Count,
            WatchLaterAlsoInPlaylists = account.WatchLater.Count(w => playlistsPerVideo.ContainsKey(w.VideoId)),
            DistinctUnavailableVideos = referenced.Count(unavailable.Contains),
            SystemPlaylistIds = account.Playlists.Where(p => p.Kind != PlaylistKind.Regular).Select(p => p.Id).ToList(),
        };
    }
}
