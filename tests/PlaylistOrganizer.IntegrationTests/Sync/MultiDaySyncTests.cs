using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using Xunit.Abstractions;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

public class MultiDaySyncTests(ITestOutputHelper output)
{
    /// <summary>4 originals, 16 videos, 4 categories (some videos in two), liked videos on the side.</summary>
    internal static Core.Planning.TargetCategory[] FourCategories =>
    [
        Category("Cooking", 1, 2, 3, 4, 5),
        Category("Travel", 6, 7, 8, 9),
        Category("Music", 10, 11, 12, 13, 1),
        Category("Science", 14, 15, 16, 6),
    ];

    internal static FakeYouTube.State.AccountSnapshot FourOriginals() => WithLikes(Libraries.Account(
        ("Mix A", [1, 2, 6, 10, 14]), ("Mix B", [3, 4, 7, 11, 15]), ("Mix C", [5, 8, 12, 16]), ("Mix D", [9, 13, 1])), 2, 30);

    [Fact]
    public async Task A_sync_larger_than_a_day_pauses_at_each_pacific_midnight_resumes_by_hand_and_ends_exactly_on_target()
    {
        // 500 units a day for the sync: 10 writes. The plan needs 26 writes.
        await using var app = await OrganizerApp.StartAsync(FourOriginals(), settings: Settings(dailyLimitUnits: 600, reserveUnits: 100));
        // Watch Later (known only from Takeout) holds two categorized videos and one that is in no category.
        var sync = await StartAsync(app, PlanKind.Plain, [1, 6, 20], FourCategories);
        Assert.True(sync.Plan.EstimatedDays(500, 500) >= 3);

        var (run, days) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.True(days >= 3, $"took {days} days");
        AssertYouTubeMatches(app, sync);
        var spent = await AssertUnitsAgreeAsync(app, sync);
        output.WriteLine($"days {days}, units spent {spent}, plan estimate {sync.Plan.TotalUnits}");
        Assert.InRange(spent, sync.Plan.TotalUnits * 0.99, sync.Plan.TotalUnits * 1.01);
        var operations = await OperationsAsync(app, sync.RunId);
        Assert.All(operations, o => Assert.Equal(OperationStatus.Succeeded, o.Status));
        // The clean-up is the user's, by hand, and the report says so; the API never touched Watch Later.
        var watchLater = operations.Where(o => o.Kind == OperationKind.RemoveFromWatchLater).ToList();
        Assert.Equal([Libraries.Id(1), Libraries.Id(6)], watchLater.Select(o => o.VideoId?.Value).Order());
        Assert.All(watchLater, o => Assert.Equal(SyncCommands.ConfirmedNotVerified, o.Message));
        Assert.Equal(0, Calls(app, "playlistItems.delete"));
    }
}
