using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Safety;

public class RestorePlannerTests
{
    private static BackupPlaylist Backed(string id, string title, params string[] videos) =>
        new(id, title, "", "private", false, videos.Select((v, i) => new BackupItem(v, null, i, null)).ToList());

    private static readonly BackupDocument Backup = new(BackupDocument.FormatName, BackupDocument.CurrentVersion,
        DateTimeOffset.Parse("2026-11-01T00:00:00Z"), "UC",
        [
            Backed("PLgone", "Cooking", "v3", "v1", "v2"),
            Backed("PLkept", "Music", "v4", "v5"),
            new BackupPlaylist("LLlikes", "Liked videos", "", "private", true, [new BackupItem("v9", null, 0, null)]),
        ],
        [new BackupWatchLaterEntry("v1", null)], []);

    private static CurrentState AfterSync() => new("yt:2|takeout:1",
    [
        // The sync reused PLkept for a category (renamed, a video added) and made PLnew for another.
        new CurrentPlaylist("PLkept", "Tunes", "", Privacy.Private, false, Held("cat-music"), [new CurrentItem("k1", "v4"), new CurrentItem("k2", "v5"), new CurrentItem("k3", "v1")]),
        new CurrentPlaylist("PLnew", "Food", "", Privacy.Private, false, Held("cat-food"), [new CurrentItem("n1", "v1"), new CurrentItem("n2", "v2"), new CurrentItem("n3", "v3"), new CurrentItem("n4", "v7")]),
        new CurrentPlaylist("PLlater", "Made after the backup", "", Privacy.Private, false, PlaylistRole.AnOriginal, [new CurrentItem("l1", "v8")]),
        new CurrentPlaylist("LLlikes", "Liked videos", "", Privacy.Private, true, PlaylistRole.AnOriginal, [new CurrentItem("x", "v9")]),
    ], ["v1"], new HashSet<string>());

    private static PlaylistRole Held(string category) => new PlaylistRole.HeldBy(new CategoryKey(category));

    [Fact]
    public void Deleted_playlists_come_back_in_their_original_order_and_reused_ones_are_put_back_in_place()
    {
        var (_, _, plan) = RestorePlanner.Build(Backup, "sha", AfterSync(), removeCategoryPlaylists: false);

        Assert.Equal(PlanKind.Restore, plan.Kind);
        var create = Assert.Single(plan.Operations.OfType<PlannedOperation.CreatePlaylist>());
        Assert.Equal("Cooking", create.Title);
        Assert.Equal(["v3", "v1", "v2"], plan.Operations.OfType<PlannedOperation.AddVideo>().Where(o => o.Category == create.Category).Select(o => o.Video.Value));
        var rename = Assert.Single(plan.Operations.OfType<PlannedOperation.UpdatePlaylist>());
        Assert.Equal(("PLkept", "Music"), (rename.Playlist.Value, rename.Title));
        Assert.Equal(["k3"], plan.Operations.OfType<PlannedOperation.RemoveItem>().Select(o => o.Item.Value));
    }

    [Fact]
    public void Nothing_else_is_touched_unless_asked()
    {
        var (_, _, plan) = RestorePlanner.Build(Backup, "sha", AfterSync(), removeCategoryPlaylists: false);

        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.DeletePlaylist);
        Assert.DoesNotContain(plan.Operations, o => o.Kind == OperationKind.RemoveFromWatchLater);
        Assert.DoesNotContain(plan.Operations, o => Core.Sync.SyncOperation.From(1, o).PlaylistId?.Value is "LLlikes" or "PLlater");
    }

    [Fact]
    public void The_category_playlists_can_be_removed_after_the_restore_with_a_warning_for_videos_that_lose_their_home()
    {
        var (_, _, plan) = RestorePlanner.Build(Backup, "sha", AfterSync(), removeCategoryPlaylists: true);

        var delete = Assert.Single(plan.Operations.OfType<PlannedOperation.DeletePlaylist>());
        Assert.Equal("PLnew", delete.Playlist.Value);
        Assert.True(delete.Sequence > plan.Operations.Where(o => o.Kind == OperationKind.AddVideo).Max(o => o.Sequence));
        Assert.Equal(["v7"], plan.HomelessVideos.Select(h => h.VideoId));
    }
}
