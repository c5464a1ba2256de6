using System.Text.Json;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// What the user did on YouTube's own site during a convergence run, and what the sync must then have left: a video
/// added to an original stays on YouTube (in a reused playlist, or in an original the deletion guard kept for it); an
/// original the guard kept holds what the user left in it.
/// </summary>
internal sealed class UserEdits(StartedSync sync)
{
    private readonly List<(string Playlist, string Video, string Item)> added = [];
    private readonly List<(string Playlist, string Video)> removed = [];

    /// <summary>Adds a new video to a random original still on YouTube (reused by the plan or not).</summary>
    public async Task AddToAnOriginalAsync(OrganizerApp app, Random random)
    {
        var originals = OriginalsOnYouTube(app, includeReused: true);
        if (originals.Count == 0) return;
        var playlist = originals[random.Next(originals.Count)];
        var video = $"vidUSR{added.Count + 1:D5}";
        added.Add((playlist.Id, video, await UserAddsAsync(app, playlist.Id, video, $"Added by the user ({video})")));
    }

    /// <summary>Takes a random video out of a random original the plan does not reuse (taking one out of a category's
    /// playlist would change the target itself).</summary>
    public async Task RemoveFromAnOriginalAsync(OrganizerApp app, Random random)
    {
        var originals = OriginalsOnYouTube(app, includeReused: false).Where(p => p.Items.Count > 0).ToList();
        if (originals.Count == 0) return;
        var playlist = originals[random.Next(originals.Count)];
        var video = playlist.Items[random.Next(playlist.Items.Count)].VideoId;
        await UserRemovesAsync(app, playlist.Id, video);
        removed.Add((playlist.Id, video));
        added.RemoveAll(a => a.Playlist == playlist.Id && a.Video == video);
    }

    /// <summary>The sync as the checks must see it: its originals as the user left them.</summary>
    public StartedSync Applied(StartedSync started)
    {
        var before = JsonSerializer.Deserialize<AccountSnapshot>(JsonSerializer.Serialize(started.Before))!;
        foreach (var (playlist, video) in removed) before.Playlists.Single(p => p.Id == playlist).Items.RemoveAll(i => i.VideoId == video);
        foreach (var (playlist, video, item) in added)
            before.Playlists.Single(p => p.Id == playlist).Items.Add(new PlaylistItemSnapshot { Id = item, VideoId = video });
        return started with { Before = before };
    }

    /// <summary>The expected videos per category, plus what the user added to the originals those categories reuse.</summary>
    public Dictionary<string, IReadOnlyList<string>> KeptIn(Dictionary<string, IReadOnlyList<string>> expected) =>
        expected.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value
            .Concat(added.Where(a => ReusedBy(a.Playlist) == e.Key).Select(a => a.Video)).ToList());

    public void AssertNoneLost(OrganizerApp app, int seed)
    {
        var after = app.YouTube.State.Export(Account)!.Playlists;
        foreach (var (playlist, video, _) in added)
        {
            Assert.True(after.Any(p => p.Id == playlist && p.Items.Any(i => i.VideoId == video)),
                $"seed {seed}: the video {video} the user added to {playlist} during the sync was lost");
        }
    }

    private string? ReusedBy(string playlistId) =>
        sync.Plan.Reuse.Where(r => r.Value.Value == playlistId).Select(r => r.Key.Value).Cast<string?>().FirstOrDefault();

    private List<PlaylistSnapshot> OriginalsOnYouTube(OrganizerApp app, bool includeReused)
    {
        var originals = sync.Before.Playlists.Where(p => p.Kind == PlaylistKind.Regular)
            .Where(p => includeReused || ReusedBy(p.Id) is null).Select(p => p.Id).ToHashSet();
        return app.YouTube.State.Export(Account)!.Playlists.Where(p => originals.Contains(p.Id)).ToList();
    }
}
