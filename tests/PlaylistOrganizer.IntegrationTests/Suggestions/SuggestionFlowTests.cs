using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Suggestions;

/// <summary>Import from the emulator over HTTP, then suggestions for the videos in no category. The sentence model is
/// off here (Suggestions:Model=None: channels and words); the browser test runs the real model.</summary>
public class SuggestionFlowTests
{
    [Fact]
    public async Task The_import_keeps_tags_the_YouTube_category_and_the_start_of_the_description_at_no_extra_cost()
    {
        var account = Libraries.Account(("Cooking", [1, 2]));
        var longDescription = "Fresh pasta from scratch. " + new string('x', 1_500);
        account.Videos[0] = new VideoSnapshot
        {
            Id = Libraries.Id(1), Title = "Fresh pasta", ChannelId = "UCcccccccccccccccccccccc", ChannelTitle = "Chef Marco",
            Description = longDescription, Tags = ["pasta", "recipe"], CategoryId = "26", Duration = "PT9M",
            PublishedAt = DateTimeOffset.Parse("2020-01-01T00:00:00Z"),
        };
        await using var app = await OrganizerApp.StartAsync(account);
        await app.ConnectAsync();

        var result = await app.ImportYouTubeAsync();

        Assert.True(result.Completed, result.Run?.Problem);
        Assert.Equal(ImportSteps.MinimumImportUnits(account), result.Run!.UnitsSpent);
        await using var db = app.Db();
        var withText = await db.Videos.SingleAsync(v => v.Id == Libraries.Id(1));
        Assert.Equal(["pasta", "recipe"], withText.Tags!);
        Assert.Equal("26", withText.YouTubeCategoryId);
        Assert.Equal(longDescription[..1_000], withText.Description);
        var without = await db.Videos.SingleAsync(v => v.Id == Libraries.Id(2));
        Assert.Equal([], without.Tags!); // YouTube leaves snippet.tags out when there are none
    }

    [Fact]
    public async Task Accept_all_above_a_threshold_places_exactly_those_videos_in_one_edit_and_undo_removes_them_all()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account, settings: "--Suggestions:Model=None");
        await app.ConnectAsync();
        Assert.True((await app.ImportTakeoutAsync(demo.Account)).Succeeded);
        Assert.True((await app.ImportYouTubeAsync()).Completed);
        var editor = app.Get<CategoryEditor>();
        Assert.True((await editor.CreateFromPlaylistsAsync()).Succeeded);
        var session = app.Get<SuggestionSession>();

        await session.StartAsync();

        Assert.Null(session.Problem);
        var all = session.List();
        Assert.NotEmpty(all);
        await using (var db = app.Db())
        {
            var placed = await db.CategoryVideos.Select(l => l.VideoId).Distinct().ToListAsync();
            Assert.DoesNotContain(all, s => placed.Contains(s.VideoId)); // only videos in no category get suggestions
        }
        var threshold = all.Select(s => s.Top.Confidence).Order().ElementAt(all.Count / 2);
        var chosen = session.List(minConfidence: threshold);
        var linksBefore = await CountLinksAsync(app);
        var stepsBefore = (await editor.GetHistoryAsync()).Steps.Count;

        var (accepted, count) = await session.AcceptAllAsync(threshold);

        Assert.True(accepted.Succeeded, string.Join(" ", accepted.Errors.Select(e => e.Message)));
        Assert.Equal(chosen.Count, count);
        Assert.Equal(stepsBefore + 1, (await editor.GetHistoryAsync()).Steps.Count);
        await using (var db = app.Db())
        {
            var added = await db.CategoryVideos.Where(l => chosen.Select(c => c.VideoId).Contains(l.VideoId)).Select(l => new { l.VideoId, l.CategoryId }).ToListAsync();
            Assert.Equal(chosen.Select(c => (c.VideoId, c.Top.CategoryId)).Order(), added.Select(a => (a.VideoId, a.CategoryId)).Order());
        }
        Assert.Equal(linksBefore + chosen.Count, await CountLinksAsync(app));

        Assert.True((await editor.UndoAsync()).Succeeded);
        Assert.Equal(linksBefore, await CountLinksAsync(app));
    }

    [Fact]
    public async Task Before_any_category_exists_the_suggestions_say_to_create_some()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account, settings: "--Suggestions:Model=None");
        await app.ConnectAsync();
        Assert.True((await app.ImportYouTubeAsync()).Completed);
        var session = app.Get<SuggestionSession>();

        await session.StartAsync();

        Assert.False(session.HasSuggestions);
        Assert.Contains("no categories yet", session.Problem);
    }

    private static async Task<int> CountLinksAsync(OrganizerApp app)
    {
        await using var db = app.Db();
        return await db.CategoryVideos.CountAsync();
    }
}
