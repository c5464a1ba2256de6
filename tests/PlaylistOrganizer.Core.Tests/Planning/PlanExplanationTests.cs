using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Planning;

public class PlanExplanationTests
{
    private static CurrentPlaylist Playlist(string id, string title, params string[] videos) =>
        new(id, title, "", Privacy.Private, IsSystem: false, PlaylistRole.AnOriginal,
            videos.Select((v, i) => new CurrentItem($"{id}-item{i}", v)).ToList());

    private static readonly CurrentState State = new("state-1",
        [Playlist("PLa", "cooking", "v1", "v2", "v3", "x"), Playlist("PLb", "misc", "y")], [], new HashSet<string>());

    private static readonly TargetStructure Target = new("h",
        [new TargetCategory(new CategoryKey("c1"), "Cooking", "", Privacy.Private, ["v1", "v2", "v3", "v4"]), new TargetCategory(new CategoryKey("c2"), "Other", "", Privacy.Private, ["x"])]);

    [Fact]
    public void The_quota_saver_names_which_original_becomes_which_category_and_what_changes()
    {
        var explained = PlanExplanation.Of(SyncPlanner.Build(Target, State, PlanKind.QuotaSaver), Target, State);

        var reused = Assert.Single(explained.Reused);
        Assert.Equal(new ReusedOriginal("Cooking", "cooking", "Cooking", VideosAdded: 1, ExtrasRemoved: 1), reused);
        Assert.Equal(1, explained.Deleted);
        // Undo: "misc" created again with its 1 entry (2 writes), "cooking" renamed back and "x" put back in it (2 writes).
        Assert.Equal(4, explained.UndoWrites);
        Assert.Equal(200, explained.UndoUnits);
    }

    [Fact]
    public void The_plain_plan_reuses_nothing_and_undoing_it_recreates_every_original_with_its_entries()
    {
        var explained = PlanExplanation.Of(SyncPlanner.Build(Target, State, PlanKind.Plain), Target, State);

        Assert.Empty(explained.Reused);
        Assert.Equal(2, explained.Deleted);
        Assert.Equal((1 + 4) + (1 + 1), explained.UndoWrites);
    }

    [Fact]
    public void Undoing_counts_the_daily_limit_on_new_playlists_so_twelve_deleted_originals_take_two_days()
    {
        // Twelve originals of one entry each, all deleted by the plain plan: a restore makes 24 writes, far within a day's
        // budget, but YouTube lets a channel create only 10 playlists a day.
        var state = new CurrentState("state-12", Enumerable.Range(1, 12).Select(i => Playlist($"PL{i}", $"list {i}", $"v{i}")).ToList(), [], new HashSet<string>());
        var target = new TargetStructure("h", [new TargetCategory(new CategoryKey("all"), "All", "", Privacy.Private, Enumerable.Range(1, 12).Select(i => $"v{i}").ToList())]);
        var quota = new QuotaStatus(QuotaClock.DayOf(DateTimeOffset.UnixEpoch), UsedUnits: 8_500, DailyLimitUnits: 10_000, ReserveUnits: 1_000,
            SyncBudgetUnits: 9_000, SpentByYouTube: false, DateTimeOffset.UnixEpoch, TimeSpan.Zero, PlaylistCreatesLeftToday: 0, PlaylistCreatesPerDay: 10);

        var explained = PlanExplanation.Of(SyncPlanner.Build(target, state, PlanKind.Plain), target, state);

        Assert.Equal(24 * 50, explained.UndoUnits);
        Assert.Equal(2, quota.FreshDaysFor(explained.Undo)); // from a fresh day, whatever today has spent
    }
}
