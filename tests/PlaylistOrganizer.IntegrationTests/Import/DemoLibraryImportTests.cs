using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Import;

/// <summary>The generated demo library goes through the real paths (the API from the emulator over HTTP, Watch Later from
/// the generator's Takeout zip) and the library must show exactly the generator's own recount.</summary>
public class DemoLibraryImportTests
{
    [Fact]
    public async Task The_small_demo_library_imports_with_exactly_the_generators_counts()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        var unitsBefore = app.EmulatorUnits();

        Assert.True((await app.ImportTakeoutAsync(demo.Account)).Succeeded);
        var result = await app.ImportYouTubeAsync();

        Assert.True(result.Completed, result.Run?.Problem);
        await AssertLibraryMatchesAsync(app, demo.Truth);
        var minimum = ImportSteps.MinimumImportUnits(demo.Account);
        Assert.Equal(minimum, result.Run!.UnitsSpent);
        Assert.Equal(minimum, app.EmulatorUnits() - unitsBefore);
        Assert.Equal(demo.Truth.DistinctVideosInPlaylists + demo.Truth.WatchLaterCount - demo.Truth.WatchLaterAlsoInPlaylists,
            result.Run.Summary.VideosLookedUp);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, result.Run.Summary.ItemsAdded);
        Assert.Equal(demo.Truth.RegularPlaylistCount, result.Run.Summary.PlaylistsAdded);
    }

    [Fact]
    public async Task The_upstream_demo_library_imports_with_exactly_the_generators_counts()
    {
        var demo = DemoLibraryGenerator.Generate(DemoLibraryOptions.Upstream);
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();

        Assert.True((await app.ImportTakeoutAsync(demo.Account)).Succeeded);
        var result = await app.ImportYouTubeAsync();

        Assert.True(result.Completed, result.Run?.Problem);
        await AssertLibraryMatchesAsync(app, demo.Truth);
        Assert.Equal(ImportSteps.MinimumImportUnits(demo.Account), result.Run!.UnitsSpent);
    }

    private static async Task AssertLibraryMatchesAsync(OrganizerApp app, DemoLibraryTruth truth)
    {
        var figures = await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None);
        Assert.Equal(truth.RegularPlaylistCount, figures.RegularPlaylists);
        Assert.Equal(truth.TotalPlaylistEntries, figures.PlaylistEntries);
        Assert.Equal(truth.DistinctVideosInPlaylists, figures.DistinctPlaylistVideos);
        Assert.Equal(truth.VideosInTwoOrMorePlaylists, figures.VideosInSeveralPlaylists);
        Assert.Equal(truth.WatchLaterCount, figures.WatchLater);
        Assert.Equal(truth.WatchLaterAlsoInPlaylists, figures.WatchLaterAlsoInPlaylists);
        Assert.Equal(truth.DistinctUnavailableVideos, figures.UnavailableVideos);
        Assert.Equal(0, figures.VideosNotLookedUp);
        Assert.Equal(
            truth.EntriesPerPlaylist.OrderBy(e => e.Key, StringComparer.Ordinal),
            (await app.EntriesPerPlaylistAsync()).OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
