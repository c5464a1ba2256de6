using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Planning;

/// <summary>The one estimate of days for a plan, with YouTube's daily limit on playlist creation.</summary>
public sealed class QuotaDaysTests
{
    /// <summary>A plain plan: per category a create and that many adds into it; then <paramref name="reused"/> adds into a
    /// playlist that exists already.</summary>
    private static SyncPlan Plan(int[] addsPerNewCategory, int reused = 0, int reads = 0)
    {
        var ops = new List<PlannedOperation>();
        var sequence = 0;
        for (var c = 0; c < addsPerNewCategory.Length; c++)
        {
            var key = new CategoryKey($"c{c}");
            ops.Add(new PlannedOperation.CreatePlaylist(sequence++, key, $"C{c}"));
            for (var v = 0; v < addsPerNewCategory[c]; v++)
                ops.Add(new PlannedOperation.AddVideo(sequence++, key, PlaylistRef.Created, new VideoId($"v{c}-{v}"), $"C{c}"));
        }
        for (var v = 0; v < reused; v++)
            ops.Add(new PlannedOperation.AddVideo(sequence++, new CategoryKey("kept"), new PlaylistRef.Existing(new PlaylistId("PLkept")), new VideoId($"k{v}"), "Kept"));
        return new SyncPlan(PlanKind.QuotaSaver, "h", "s", ops.OrderBy(o => o.Kind).ThenBy(o => o.Sequence).ToList(),
            new Dictionary<CategoryKey, PlaylistId>(), [], reads);
    }

    [Fact]
    public void Seven_categories_at_three_creates_a_day_take_three_days_though_the_units_fit_in_one()
    {
        var plan = Plan([2, 2, 2, 2, 2, 2, 2]);

        Assert.Equal(1, QuotaDays.Needed(plan.TotalUnits, 9_000, 9_000));
        Assert.Equal(3, QuotaDays.Needed(plan, new QuotaAllowance(9_000, 9_000, 3, 3)));
        Assert.Equal(1, QuotaDays.Needed(plan, new QuotaAllowance(9_000, 9_000, 10, 10)));
    }

    [Fact]
    public void While_creates_wait_the_budget_goes_to_adds_into_existing_playlists_so_a_tight_budget_loses_no_day()
    {
        // 3 creates + 300 adds at 20 writes a day: the budget binds, the limit of 2 creates a day costs nothing.
        var plan = Plan([100, 100, 100]);

        Assert.Equal(QuotaDays.Needed(plan.TotalUnits, 1_000, 1_000), QuotaDays.Needed(plan, new QuotaAllowance(1_000, 1_000, 2, 2)));
        Assert.Equal(16, QuotaDays.Needed(plan, new QuotaAllowance(1_000, 1_000, 2, 2)));
    }

    [Fact]
    public void Adds_into_reused_playlists_do_not_wait_for_creates_but_adds_into_new_ones_do()
    {
        // 30 writes a day; one create a day. Day 1: a create, its add, and 28 reused adds; then a create and its add a day.
        var plan = Plan([1, 1, 1, 1], reused: 40);

        Assert.Equal(4, QuotaDays.Needed(plan, new QuotaAllowance(1_500, 1_500, 1, 1)));
        Assert.Equal(5, QuotaDays.Needed(Plan([1, 1, 1, 1, 1], reused: 40), new QuotaAllowance(1_500, 1_500, 1, 1)));
    }

    [Fact]
    public void With_no_create_left_today_the_creates_start_tomorrow_and_the_reads_count_too()
    {
        Assert.Equal(2, QuotaDays.Needed(Plan([1, 1]), new QuotaAllowance(9_000, 9_000, 0, 5)));
        // 2 creates and 2 adds on day 2 (200 units of 250), then 60 units of reads: 10 on day 2, 50 on day 3.
        Assert.Equal(3, QuotaDays.Needed(Plan([1, 1], reads: 60), new QuotaAllowance(9_000, 250, 0, 5)));
    }
}
