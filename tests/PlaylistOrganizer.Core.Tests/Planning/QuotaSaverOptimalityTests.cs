using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.Core.Planning;

namespace PlaylistOrganizer.Core.Tests.Planning;

public class QuotaSaverOptimalityTests
{
    /// <summary>
    /// For small random libraries, the quota-saver plan costs exactly the least any choice of reuse pairs could cost,
    /// found by trying every injective partial map from categories to original playlists.
    /// </summary>
    [Fact]
    public void The_quota_saver_plan_is_as_cheap_as_the_best_reuse_choice()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 150; trial++)
        {
            var videos = Enumerable.Range(0, 12).Select(i => $"v{i}").ToArray();
            var playlists = Enumerable.Range(0, random.Next(0, 4)).Select(p => new CurrentPlaylist(
                $"PL{p}", $"P{p}", "", Privacy.Private, false, PlaylistRole.AnOriginal,
                videos.Where(_ => random.NextDouble() < 0.4).Select((v, i) => new CurrentItem($"PL{p}-{i}", v)).ToList())).ToList();
            var categories = Enumerable.Range(0, random.Next(1, 4)).Select(c => new TargetCategory(
                new CategoryKey($"c{c}"), random.NextDouble() < 0.5 ? $"P{c}" : $"C{c}", "", Privacy.Private,
                videos.Where(_ => random.NextDouble() < 0.4).ToList())).ToList();
            var state = new CurrentState("s", playlists, [], new HashSet<string> { "v0" });
            var target = new TargetStructure("h", categories);

            var saver = SyncPlanner.Build(target, state, PlanKind.QuotaSaver);

            Assert.Equal(BestPossibleWriteUnits(target, state), saver.WriteUnits);
            Assert.True(saver.WriteUnits <= SyncPlanner.Build(target, state, PlanKind.Plain).WriteUnits);
        }
    }

    private static int BestPossibleWriteUnits(TargetStructure target, CurrentState state)
    {
        var best = int.MaxValue;
        void Search(int category, Dictionary<CategoryKey, CurrentPlaylist> chosen)
        {
            if (category == target.Categories.Count)
            {
                best = Math.Min(best, CostWith(target, state, chosen));
                return;
            }
            Search(category + 1, chosen);
            foreach (var playlist in state.Playlists.Where(p => !chosen.ContainsValue(p)))
            {
                chosen[target.Categories[category].Key] = playlist;
                Search(category + 1, chosen);
                chosen.Remove(target.Categories[category].Key);
            }
        }
        Search(0, []);
        return best;
    }

    /// <summary>Independent arithmetic of a plan's writes for a given reuse map (not the planner's own code).</summary>
    private static int CostWith(TargetStructure target, CurrentState state, Dictionary<CategoryKey, CurrentPlaylist> reuse)
    {
        var writes = 0;
        foreach (var category in target.Categories)
        {
            var available = category.VideoIds.Where(v => !state.UnavailableVideoIds.Contains(v)).ToList();
            if (!reuse.TryGetValue(category.Key, out var playlist))
            {
                writes += 1 + available.Count;
                continue;
            }
            var present = playlist.Items.Select(i => i.VideoId).ToList();
            writes += category.Title == playlist.Title ? 0 : 1;
            writes += available.Count(v => !present.Contains(v));
            writes += present.Count(v => !category.VideoIds.Contains(v)) + present.Where(category.VideoIds.Contains).GroupBy(v => v).Sum(g => g.Count() - 1);
        }
        writes += state.Playlists.Count(p => !reuse.ContainsValue(p));
        return writes * 50;
    }
}
