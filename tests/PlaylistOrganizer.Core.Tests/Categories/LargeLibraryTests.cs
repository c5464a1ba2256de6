using PlaylistOrganizer.Core.Categories;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

/// <summary>Bulk edits over a whole 12,000-video library ("select all matching"): each is one step, and one undo.</summary>
public sealed class LargeLibraryTests : IDisposable
{
    private readonly CategoryFixture f = new(videos: 12_000);

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Assign_move_split_and_remove_all_12000_then_undo_each()
    {
        var all = await new VideoBrowser(f.Database).GetMatchingIdsAsync(new VideoFilter());
        var a = await f.CreateAsync("A");
        var b = await f.CreateAsync("B", Videos(0, 10));

        Assert.Equal(12_000, (await f.Editor.AssignAsync(a, all)).LinksChanged);
        Assert.Equal(12_000 + 11_990, (await f.Editor.MoveAsync(a, b, all)).LinksChanged); // removed from A, added to B (10 were there)
        var split = await f.Editor.SplitAsync(b, Videos(0, 6_000), "First half");
        Assert.True(split.Succeeded, split.ToString());
        Assert.Equal(6_000, (await f.Editor.RemoveAsync(b, all)).LinksChanged);

        var overview = await f.Editor.GetOverviewAsync();
        Assert.Equal([0, 0, 6_000], overview.Categories.Select(c => c.VideoCount).Order());
        Assert.Equal(6_000, overview.UncategorizedCount);

        // Undo the remove, the split, then the move: A is empty until the move is undone.
        foreach (var expected in new[] { 0, 0, 12_000 })
        {
            Assert.True((await f.Editor.UndoAsync()).Succeeded);
            Assert.Equal(expected, (await f.Editor.GetOverviewAsync()).Categories.Single(c => c.Id == a).VideoCount);
        }
        Assert.Equal(10, (await f.Editor.GetOverviewAsync()).Categories.Single(c => c.Id == b).VideoCount);
    }
}
