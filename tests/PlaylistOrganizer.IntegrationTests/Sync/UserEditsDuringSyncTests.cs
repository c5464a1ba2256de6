using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// The user keeps using YouTube during a sync that lasts weeks. Originals are read back just before they are deleted,
/// so a video added to one on YouTube after the import is never lost with it.
/// </summary>
public class UserEditsDuringSyncTests
{
    [Fact]
    public async Task An_original_the_user_added_an_uncategorized_video_to_is_kept_and_the_report_and_library_say_so()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        var mixA = PlaylistId(app, "Mix A");
        var mixB = PlaylistId(app, "Mix B");
        var mixC = PlaylistId(app, "Mix C");
        var mixD = PlaylistId(app, "Mix D");
        // Mid-sync, on YouTube's site: a new video into Mix A (in no category), a categorized one into Mix B, and a video
        // taken out of Mix C.
        await UserAddsAsync(app, mixA, "vidNEW00001", "Sourdough, the long way");
        await UserAddsAsync(app, mixB, Libraries.Id(9));
        await UserRemovesAsync(app, mixC, Libraries.Id(16));

        var (run, _) = await DriveAsync(app, sync.RunId);

        Assert.Equal(SyncRunStatus.Completed, run.Status);
        var deletes = (await OperationsAsync(app, sync.RunId)).Where(o => o.Kind == OperationKind.DeletePlaylist).ToDictionary(o => o.PlaylistId!.Value.Value);
        Assert.Equal(OperationStatus.Skipped, deletes[mixA].Status);
        Assert.Equal("Kept: you added a video to it on YouTube during the sync that no category takes ('Sourdough, the long way' (vidNEW00001)), " +
            "so deleting it would lose it. Place it in a category and sync again, or delete the playlist yourself.", deletes[mixA].Message);
        Assert.All([mixB, mixC, mixD], id => Assert.Equal(OperationStatus.Succeeded, deletes[id].Status));
        var account = app.YouTube.State.Find(Account)!;
        Assert.Contains(account.Playlists, p => p.Id == mixA && p.Items.Any(i => i.VideoId == "vidNEW00001"));
        Assert.DoesNotContain(account.Playlists, p => p.Id == mixB || p.Id == mixC);
        // The read-back brought the library up to date: the new video is there to place in a category.
        await using var db = app.Db();
        Assert.Equal("Sourdough, the long way", (await db.Videos.SingleAsync(v => v.Id == "vidNEW00001")).Title);
        Assert.Contains("vidNEW00001", await db.PlaylistItems.Where(i => i.PlaylistId == mixA).Select(i => i.VideoId).ToListAsync());
        // Every read before a delete was in the preview's estimate; the kept original's delete was not sent.
        Assert.Equal(sync.Plan.TotalUnits - Core.YouTube.QuotaCosts.Write, await AssertUnitsAgreeAsync(app, sync));
    }

    [Fact]
    public async Task The_preview_counts_one_read_per_50_videos_of_each_original_before_it_is_deleted()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Big", Enumerable.Range(1, 120).ToArray()), ("Small", [121])),
            settings: Settings());
        var withDeletes = await StartAsync(app, PlanKind.Plain, Category("All", [.. Enumerable.Range(1, 121)]));
        var reads = withDeletes.Plan.EstimatedReadUnits;

        // 3 video pages + 1 playlist page (preflight), 3 verify pages, then Big: 3 pages and Small: 1 page before deleting.
        Assert.Equal(3 + 1 + 3 + 3 + 1, reads);
    }

    private static string PlaylistId(OrganizerApp app, string title) =>
        app.YouTube.State.Find(Account)!.Playlists.Single(p => p.Title == title).Id;
}
