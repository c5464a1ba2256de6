using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Import;

/// <summary>Importing again brings the library up to date: nothing duplicated, and exactly the changes made on YouTube counted.</summary>
public class ReimportTests
{
    [Fact]
    public async Task Importing_an_unchanged_account_again_changes_nothing_and_looks_nothing_up()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        await app.ImportTakeoutAsync(demo.Account);
        Assert.True((await app.ImportYouTubeAsync()).Completed);
        var entriesBefore = await app.EntriesPerPlaylistAsync();

        var again = await app.ImportYouTubeAsync();
        var takeoutAgain = await app.ImportTakeoutAsync(demo.Account);

        Assert.True(again.Completed);
        Assert.True(again.Run!.Summary.NothingChanged, "A second import of the same account reported changes.");
        Assert.Equal(0, again.Run.Summary.VideosLookedUp);
        Assert.True(takeoutAgain.Run!.Summary.NothingChanged);
        Assert.Equal(entriesBefore, await app.EntriesPerPlaylistAsync());
        await using var db = app.Db();
        Assert.Equal(demo.Truth.TotalPlaylistEntries, await db.PlaylistItems.CountAsync());
        Assert.Equal(demo.Truth.WatchLaterCount, await db.WatchLater.CountAsync());
        // Reading again costs the pages again, but no videos.list: every video is already known.
        var regular = demo.Account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        Assert.Equal(1 + 1 + regular.Sum(p => ImportSteps.Pages(p.Items.Count)), again.Run.UnitsSpent);
    }

    [Fact]
    public async Task Watch_Later_uploaded_after_the_first_import_is_looked_up_by_the_next_one_and_only_it()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        Assert.True((await app.ImportYouTubeAsync()).Completed);
        await app.ImportTakeoutAsync(demo.Account);
        var waiting = demo.Truth.WatchLaterCount - demo.Truth.WatchLaterAlsoInPlaylists;
        Assert.Equal(waiting, (await app.Get<PlaylistOrganizer.Core.Library.LibraryOverview>().GetFiguresAsync(CancellationToken.None)).VideosNotLookedUp);

        var next = await app.ImportYouTubeAsync();

        Assert.True(next.Completed, next.Run?.Problem);
        Assert.Equal(waiting, next.Run!.Summary.VideosLookedUp);
        var regular = demo.Account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        Assert.Equal(1 + 1 + regular.Sum(p => ImportSteps.Pages(p.Items.Count)) + ImportSteps.Pages(waiting), next.Run.UnitsSpent);
        var figures = await app.Get<PlaylistOrganizer.Core.Library.LibraryOverview>().GetFiguresAsync(CancellationToken.None);
        Assert.Equal((0, demo.Truth.DistinctUnavailableVideos), (figures.VideosNotLookedUp, figures.UnavailableVideos));
    }

    [Fact]
    public async Task Importing_after_changes_on_YouTube_counts_exactly_those_changes()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        Assert.True((await app.ImportYouTubeAsync()).Completed);

        // On YouTube: 3 entries added and 2 removed in one playlist, another renamed, a third deleted, one new video.
        var account = app.YouTube.State.Find("demo")!;
        var regular = account.Playlists.Where(p => !p.IsSystem && p.Items.Count >= 3).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var (edited, renamed, deleted) = (regular[0], regular[1], regular[2]);
        var knownVideo = regular[3].Items[0].VideoId;
        var newVideo = Libraries.Video("newvideo001");
        app.YouTube.State.Videos[newVideo.Id] = newVideo;
        var removedIds = edited.Items.Take(2).Select(i => i.Id).ToList();
        edited.Items.RemoveAll(i => removedIds.Contains(i.Id));
        edited.Items.Add(new PlaylistItemState("UExaddedItem000000000000001", knownVideo, OrganizerApp.Start));
        edited.Items.Add(new PlaylistItemState("UExaddedItem000000000000002", knownVideo, OrganizerApp.Start));
        edited.Items.Add(new PlaylistItemState("UExaddedItem000000000000003", newVideo.Id, OrganizerApp.Start));
        renamed.Title = "Renamed on YouTube";
        account.Playlists.Remove(deleted);

        var result = await app.ImportYouTubeAsync();

        Assert.True(result.Completed, result.Run?.Problem);
        var s = result.Run!.Summary;
        Assert.Equal((0, 1, 1, 3, 2, 1, 0), (s.PlaylistsAdded, s.PlaylistsRemoved, s.PlaylistsRenamed, s.ItemsAdded, s.ItemsRemoved, s.VideosLookedUp, s.VideosFoundUnavailable));
        var entries = await app.EntriesPerPlaylistAsync();
        Assert.DoesNotContain(deleted.Id, entries.Keys);
        Assert.Equal(edited.Items.Count, entries[edited.Id]);
        await using var db = app.Db();
        Assert.Equal("Renamed on YouTube", (await db.Playlists.SingleAsync(p => p.Id == renamed.Id)).Title);
        Assert.Empty(await db.PlaylistItems.Where(i => i.PlaylistId == deleted.Id).ToListAsync());
        Assert.Equal(demo.Truth.TotalPlaylistEntries - deleted.Items.Count + 1, await db.PlaylistItems.CountAsync());
    }
}
