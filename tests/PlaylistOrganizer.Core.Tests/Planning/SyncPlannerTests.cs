using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Planning;

public class SyncPlannerTests
{
    private static CurrentPlaylist Playlist(string id, string title, params string[] videos) =>
        new(id, title, "", Privacy.Private, IsSystem: false, PlaylistRole.AnOriginal,
            videos.Select((v, i) => new CurrentItem($"{id}-item{i}", v)).ToList());

    private static TargetCategory Category(string key, string title, params string[] videos) => new(new CategoryKey(key), title, "", Privacy.Private, videos);

    /// <summary>The ids an operation carries, as its journal row stores them.</summary>
    private static (string? Playlist, string? Video, string? Item) Ids(PlannedOperation o)
    {
        var row = SyncOperation.From(1, o);
        return (row.PlaylistId?.Value, row.VideoId?.Value, row.ItemId?.Value);
    }

    private static CurrentState State(IReadOnlyList<CurrentPlaylist> playlists, string[]? watchLater = null, string[]? unavailable = null) =>
        new("state-1", playlists, watchLater ?? [], (unavailable ?? []).ToHashSet());

    [Fact]
    public void The_plain_plan_creates_adds_and_deletes_in_that_order()
    {
        var state = State([Playlist("PLa", "cooking", "v1", "v2"), Playlist("PLb", "recipes", "v2", "v3")]);
        var target = new TargetStructure("hash-1", [Category("c1", "Cooking", "v1", "v2", "v3")]);

        var plan = SyncPlanner.Build(target, state, PlanKind.Plain);

        Assert.Equal(1, plan.Count(OperationKind.CreatePlaylist));
        Assert.Equal(3, plan.Count(OperationKind.AddVideo));
        Assert.Equal(2, plan.Count(OperationKind.DeletePlaylist));
        Assert.Equal(6 * 50, plan.WriteUnits);
        Assert.Equal(plan.Operations.OrderBy(o => o.Stage).ThenBy(o => o.Sequence), plan.Operations);
        // Preflight: 1 videos.list + 1 playlists.list; verify: 1 page for the one category; each original read back
        // (1 page) before it is deleted.
        Assert.Equal(5, plan.EstimatedReadUnits);
        Assert.Equal(305, plan.TotalUnits);
    }

    [Fact]
    public void Unavailable_videos_are_listed_as_skipped_and_cost_nothing()
    {
        var state = State([Playlist("PLa", "mix", "v1", "gone")], unavailable: ["gone"]);
        var plan = SyncPlanner.Build(new TargetStructure("h", [Category("c1", "Mix", "v1", "gone")]), state, PlanKind.Plain);

        var skipped = Assert.Single(plan.Operations, o => o.Kind == OperationKind.SkipUnavailableVideo);
        Assert.Equal(new VideoId("gone"), Assert.IsType<PlannedOperation.SkipUnavailableVideo>(skipped).Video);
        Assert.Equal(0, skipped.CostUnits);
        Assert.DoesNotContain(plan.Operations, o => o is PlannedOperation.AddVideo { Video.Value: "gone" });
    }

    [Fact]
    public void No_plan_ever_touches_system_playlists_Watch_Later_or_playlists_the_app_made()
    {
        var state = State(
        [
            Playlist("PLa", "old", "v1"),
            new CurrentPlaylist("LLchannel", "Liked videos", "", Privacy.Private, IsSystem: true, PlaylistRole.AnOriginal, [new CurrentItem("i1", "v9")]),
            new CurrentPlaylist("UUchannel", "Uploads", "", Privacy.Public, IsSystem: false, PlaylistRole.AnOriginal, []),
            new CurrentPlaylist("PLmine", "Cooking", "", Privacy.Private, IsSystem: false, new PlaylistRole.HeldBy(new("gone-category")), [new CurrentItem("i2", "v1")]),
        ], watchLater: ["v1", "v2"]);
        var target = new TargetStructure("h", [Category("c1", "old", "v1", "v2")]);

        foreach (var kind in Enum.GetValues<PlanKind>())
        {
            var plan = SyncPlanner.Build(target, state, kind);
            var touched = plan.Operations.Where(o => o.IsApiWrite).Select(o => Ids(o).Playlist).ToHashSet();
            Assert.DoesNotContain("LLchannel", touched);
            Assert.DoesNotContain("UUchannel", touched);
            Assert.DoesNotContain("PLmine", touched);
            Assert.DoesNotContain("WL", touched);
            Assert.All(plan.Operations.Where(o => Ids(o).Playlist == "WL"), o => Assert.Equal(OperationKind.RemoveFromWatchLater, o.Kind));
        }
    }

    [Fact]
    public void Only_synced_Watch_Later_videos_get_a_clean_up_step()
    {
        var state = State([], watchLater: ["v1", "v2", "v3"], unavailable: ["v3"]);
        var plan = SyncPlanner.Build(new TargetStructure("h", [Category("c1", "A", "v1", "v3")]), state, PlanKind.Plain);

        Assert.Equal([new VideoId("v1")], plan.Operations.OfType<PlannedOperation.RemoveFromWatchLater>().Select(o => o.Video));
    }

    [Fact]
    public void The_quota_saver_reuses_a_matching_playlist_renames_it_and_removes_extras_last()
    {
        var state = State([Playlist("PLa", "cooking", "v1", "v2", "v3", "x"), Playlist("PLb", "misc", "y")]);
        var target = new TargetStructure("h", [Category("c1", "Cooking", "v1", "v2", "v3", "v4"), Category("c2", "Other", "x")]);

        var plain = SyncPlanner.Build(target, state, PlanKind.Plain);
        var saver = SyncPlanner.Build(target, state, PlanKind.QuotaSaver);

        Assert.Equal(new PlaylistId("PLa"), saver.Reuse[new CategoryKey("c1")]);
        Assert.Equal(1, saver.Count(OperationKind.UpdatePlaylist));
        Assert.Equal(["v4", "x"], saver.Operations.OfType<PlannedOperation.AddVideo>().Select(o => o.Video.Value));
        var removal = Assert.Single(saver.Operations.OfType<PlannedOperation.RemoveItem>());
        Assert.Equal("x", removal.Video.Value);
        // The extra is removed only after it was added to its other category's playlist.
        Assert.True(removal.Sequence > saver.Operations.OfType<PlannedOperation.AddVideo>().Single(o => o.Video.Value == "x").Sequence);
        Assert.DoesNotContain(saver.Operations, o => o is PlannedOperation.DeletePlaylist { Playlist.Value: "PLa" });
        Assert.True(saver.WriteUnits < plain.WriteUnits);
        // plain: 2 creates + 5 adds + 2 deletes = 9 writes; saver: 1 update + 1 create + 2 adds + 1 removal + 1 delete = 6.
        Assert.Equal(9, plain.WriteOperations);
        Assert.Equal(6, saver.WriteOperations);
    }

    [Fact]
    public void Duplicate_items_in_a_reused_playlist_are_removed()
    {
        var state = State([Playlist("PLa", "A", "v1", "v2", "v1")]);
        var saver = SyncPlanner.Build(new TargetStructure("h", [Category("c1", "A", "v1", "v2")]), state, PlanKind.QuotaSaver);

        var removal = Assert.Single(saver.Operations.OfType<PlannedOperation.RemoveItem>());
        Assert.Equal(new PlaylistItemId("PLa-item2"), removal.Item);
        Assert.Equal(50, saver.WriteUnits);
    }

    [Fact]
    public void Videos_left_in_no_playlist_are_warned_about()
    {
        var state = State([Playlist("PLa", "old one", "v1", "lost"), Playlist("PLb", "old two", "lost")]);
        var plan = SyncPlanner.Build(new TargetStructure("h", [Category("c1", "A", "v1")]), state, PlanKind.Plain);

        var homeless = Assert.Single(plan.HomelessVideos);
        Assert.Equal("lost", homeless.VideoId);
        Assert.Equal(["old one", "old two"], homeless.FromPlaylistTitles);
    }

    [Theory]
    [InlineData(300, 9_000, 9_000, 1)]
    [InlineData(9_000, 9_000, 9_000, 1)]
    [InlineData(9_001, 9_000, 9_000, 2)]
    [InlineData(15_000, 2_000, 9_000, 3)]
    [InlineData(15_000, 0, 9_000, 3)]
    public void Days_count_what_is_left_today_then_whole_budgets(int units, int leftToday, int budget, int days)
    {
        var plan = new SyncPlan(PlanKind.Plain, "h", "s", [], new Dictionary<CategoryKey, PlaylistId>(), [], units);
        Assert.Equal(days, plan.EstimatedDays(leftToday, budget));
    }

    [Fact]
    public void A_plan_is_stale_when_the_version_or_the_imported_state_changed()
    {
        var plan = SyncPlanner.Build(new TargetStructure("h1", []), State([]), PlanKind.Plain);
        Assert.False(plan.IsStaleFor("h1", "state-1"));
        Assert.True(plan.IsStaleFor("h2", "state-1"));
        Assert.True(plan.IsStaleFor("h1", "state-2"));
    }

    [Fact]
    public void A_second_sync_keeps_each_category_in_the_playlist_it_already_has_and_syncs_only_the_differences()
    {
        var state = State(
        [
            new CurrentPlaylist("PLheld", "Cooking", "", Privacy.Private, IsSystem: false, new PlaylistRole.HeldBy(new("c1")),
                [new CurrentItem("i1", "v1"), new CurrentItem("i2", "v2")]),
            Playlist("PLold", "leftover original", "v3"),
        ]);
        var target = new TargetStructure("h2", [Category("c1", "Cooking", "v1", "v3")]);

        foreach (var kind in Enum.GetValues<PlanKind>())
        {
            var plan = SyncPlanner.Build(target, state, kind);

            Assert.Equal(new PlaylistId("PLheld"), plan.Reuse[new CategoryKey("c1")]);
            Assert.Equal(0, plan.Count(OperationKind.CreatePlaylist));
            Assert.Equal(["v3"], plan.Operations.OfType<PlannedOperation.AddVideo>().Select(o => o.Video.Value));
            Assert.Equal(["i2"], plan.Operations.OfType<PlannedOperation.RemoveItem>().Select(o => o.Item.Value));
            Assert.DoesNotContain(plan.Operations, o => o is PlannedOperation.DeletePlaylist { Playlist.Value: "PLheld" });
        }
    }
}
