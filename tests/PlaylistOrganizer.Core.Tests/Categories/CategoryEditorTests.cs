using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

public sealed class CategoryEditorTests : IDisposable
{
    private readonly CategoryFixture f = new();
    private CategoryEditor Editor => f.Editor;

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Create_adds_an_empty_private_category_and_leaves_videos_uncategorized()
    {
        var result = await Editor.CreateAsync("  Cooking ");

        Assert.True(result.Succeeded);
        var overview = await Editor.GetOverviewAsync();
        var cooking = Assert.Single(overview.Categories);
        Assert.Equal(("Cooking", "private", 0), (cooking.Title, cooking.Privacy, cooking.VideoCount));
        Assert.Equal(40, overview.UncategorizedCount);
    }

    [Theory]
    [InlineData("", CategoryErrorCode.TitleEmpty, "A category needs a title.")]
    [InlineData("   ", CategoryErrorCode.TitleEmpty, "A category needs a title.")]
    [InlineData("a<b", CategoryErrorCode.TitleHasForbiddenCharacter, "Title 'a<b' contains '<'; YouTube refuses '<' and '>' in playlist titles.")]
    [InlineData("a>b", CategoryErrorCode.TitleHasForbiddenCharacter, "Title 'a>b' contains '>'; YouTube refuses '<' and '>' in playlist titles.")]
    [InlineData("a\u2028b", CategoryErrorCode.TitleHasForbiddenCharacter, "Title 'a b' contains a line separator (U+2028), which YouTube refuses.")]
    public async Task Create_refuses_an_invalid_title_and_changes_nothing(string title, CategoryErrorCode code, string message)
    {
        var before = await f.FingerprintAsync();
        var result = await Editor.CreateAsync(title);

        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Create_refuses_a_title_over_150_characters_saying_how_long_it_is()
    {
        var before = await f.FingerprintAsync();
        var result = await Editor.CreateAsync(new string('x', 163));

        Assert.Equal("Title is 163 characters; YouTube allows at most 150.", Assert.Single(result.Errors).Message);
        Assert.True((await Editor.CreateAsync(new string('x', 150))).Succeeded);
        Assert.NotEqual(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Create_refuses_a_duplicate_title_ignoring_case()
    {
        await f.CreateAsync("Cooking");
        var before = await f.FingerprintAsync();

        var result = await Editor.CreateAsync("cooking");

        Assert.Equal(CategoryErrorCode.DuplicateTitle, Assert.Single(result.Errors).Code);
        Assert.Equal("A category named 'cooking' already exists.", result.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Create_refuses_an_unknown_privacy_and_a_description_over_5000()
    {
        var before = await f.FingerprintAsync();
        var result = await Editor.CreateAsync("Music", new string('d', 5_001), "secret");

        Assert.Equal([CategoryErrorCode.DescriptionTooLong, CategoryErrorCode.InvalidPrivacy], result.Errors.Select(e => e.Code));
        Assert.Equal("Description is 5,001 characters; YouTube allows at most 5,000.", result.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Rename_changes_the_title_and_may_change_only_its_case()
    {
        var id = await f.CreateAsync("cooking", Video(1));
        Assert.True((await Editor.RenameAsync(id, "Cooking")).Succeeded);
        Assert.True((await Editor.RenameAsync(id, "Kitchen")).Succeeded);

        var only = Assert.Single((await Editor.GetOverviewAsync()).Categories);
        Assert.Equal(("Kitchen", 1), (only.Title, only.VideoCount));
    }

    [Fact]
    public async Task Rename_refuses_a_taken_title_an_invalid_one_and_an_unknown_category()
    {
        var id = await f.CreateAsync("Cooking");
        await f.CreateAsync("Music");
        var before = await f.FingerprintAsync();

        Assert.Equal(CategoryErrorCode.DuplicateTitle, (await Editor.RenameAsync(id, "MUSIC")).Errors[0].Code);
        Assert.Equal(CategoryErrorCode.TitleTooLong, (await Editor.RenameAsync(id, new string('y', 151))).Errors[0].Code);
        var unknown = await Editor.RenameAsync(999, "Anything");
        Assert.Equal(CategoryErrorCode.UnknownCategory, unknown.Errors[0].Code);
        Assert.Contains("999", unknown.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Update_details_sets_description_and_privacy()
    {
        var id = await f.CreateAsync("Cooking");
        Assert.True((await Editor.UpdateDetailsAsync(id, "Recipes", "unlisted")).Succeeded);

        var only = Assert.Single((await Editor.GetOverviewAsync()).Categories);
        Assert.Equal(("Recipes", "unlisted"), (only.Description, only.Privacy));
        var before = await f.FingerprintAsync();
        Assert.Equal(CategoryErrorCode.DescriptionHasForbiddenCharacter, (await Editor.UpdateDetailsAsync(id, "<b>", "unlisted")).Errors[0].Code);
        Assert.Equal(CategoryErrorCode.DescriptionHasForbiddenCharacter, (await Editor.UpdateDetailsAsync(id, "a\u2028b", "unlisted")).Errors[0].Code);
        Assert.Equal(CategoryErrorCode.UnknownCategory, (await Editor.UpdateDetailsAsync(id + 100, "", "public")).Errors[0].Code);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Keywords_are_kept_trimmed_left_alone_when_not_given_and_refused_when_too_long()
    {
        var id = await f.CreateAsync("Cooking");
        Assert.True((await Editor.UpdateDetailsAsync(id, "Recipes", "private", "  sourdough, knife skills ")).Succeeded);
        Assert.True((await Editor.UpdateDetailsAsync(id, "Recipes and more", "private")).Succeeded);

        Assert.Equal("sourdough, knife skills", Assert.Single((await Editor.GetOverviewAsync()).Categories).Keywords);
        var before = await f.FingerprintAsync();
        var refused = await Editor.UpdateDetailsAsync(id, "Recipes", "private", new string('k', CategoryRules.MaxKeywordsLength + 1));
        Assert.Equal(CategoryErrorCode.KeywordsTooLong, refused.Errors[0].Code);
        Assert.Contains("501", refused.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Delete_removes_the_categories_and_their_videos_become_uncategorized()
    {
        var a = await f.CreateAsync("A", Videos(0, 10));
        var b = await f.CreateAsync("B", Videos(5, 10));
        await f.CreateAsync("C", Videos(20, 2));

        var result = await Editor.DeleteAsync([a, b]);

        Assert.True(result.Succeeded);
        Assert.Equal(20, result.LinksChanged);
        var overview = await Editor.GetOverviewAsync();
        Assert.Equal(["C"], overview.Categories.Select(c => c.Title));
        Assert.Equal(38, overview.UncategorizedCount);
    }

    [Fact]
    public async Task Delete_with_one_unknown_id_deletes_nothing()
    {
        var a = await f.CreateAsync("A", Videos(0, 3));
        var before = await f.FingerprintAsync();

        var result = await Editor.DeleteAsync([a, 4242]);

        Assert.Equal(CategoryErrorCode.UnknownCategory, Assert.Single(result.Errors).Code);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Merge_keeps_every_video_once_under_the_new_title()
    {
        var a = await f.CreateAsync("Pasta", Videos(0, 10));
        var b = await f.CreateAsync("Baking", Videos(5, 10));
        var c = await f.CreateAsync("Grill", Videos(30, 3));
        await f.CreateAsync("Music", Videos(0, 1));

        var result = await Editor.MergeAsync([a, b, c], "Cooking");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(a, result.CategoryId);
        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal(["Cooking", "Music"], byTitle.Keys.Order());
        Assert.Equal(Videos(0, 15).Concat(Videos(30, 3)).Order(), byTitle["Cooking"]);
        Assert.Equal([Video(0)], byTitle["Music"]);
    }

    [Fact]
    public async Task Merge_may_reuse_a_merged_title_but_not_another_categorys()
    {
        var a = await f.CreateAsync("Pasta", Video(0));
        var b = await f.CreateAsync("Baking", Video(1));
        await f.CreateAsync("Music");
        var before = await f.FingerprintAsync();

        Assert.Equal(CategoryErrorCode.DuplicateTitle, (await Editor.MergeAsync([a, b], "music")).Errors[0].Code);
        Assert.Equal(CategoryErrorCode.NothingSelected, (await Editor.MergeAsync([a], "X")).Errors[0].Code);
        Assert.Equal(CategoryErrorCode.UnknownCategory, (await Editor.MergeAsync([a, 777], "X")).Errors[0].Code);
        Assert.Equal(before, await f.FingerprintAsync());

        Assert.True((await Editor.MergeAsync([b, a], "Baking")).Succeeded);
        Assert.Equal([Video(0), Video(1)], (await f.VideosByTitleAsync())["Baking"]);
    }

    [Fact]
    public async Task Split_moves_the_selection_into_a_new_category_with_the_same_details()
    {
        var id = await f.CreateAsync("Cooking", Videos(0, 10));
        await Editor.UpdateDetailsAsync(id, "Food", "public");

        var result = await Editor.SplitAsync(id, Videos(0, 4), "Baking");

        Assert.True(result.Succeeded, result.ToString());
        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal(Videos(0, 4), byTitle["Baking"]);
        Assert.Equal(Videos(4, 6), byTitle["Cooking"]);
        var baking = (await Editor.GetOverviewAsync()).Categories.Single(c => c.Title == "Baking");
        Assert.Equal(("Food", "public"), (baking.Description, baking.Privacy));
    }

    [Fact]
    public async Task Split_refuses_videos_that_are_not_in_the_category()
    {
        var id = await f.CreateAsync("Cooking", Videos(0, 3));
        var before = await f.FingerprintAsync();

        var result = await Editor.SplitAsync(id, [Video(0), Video(9)], "Baking");

        Assert.Equal("1 of the 2 selected videos are not in 'Cooking'.", Assert.Single(result.Errors).Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Assign_puts_a_video_in_several_categories_and_skips_ones_already_there()
    {
        var a = await f.CreateAsync("A", Videos(0, 5));
        var b = await f.CreateAsync("B");

        var again = await Editor.AssignAsync(a, Videos(3, 4));
        var other = await Editor.AssignAsync(b, Videos(0, 2));

        Assert.Equal(2, again.LinksChanged);
        Assert.Equal(2, other.LinksChanged);
        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal(Videos(0, 7), byTitle["A"]);
        Assert.Equal(Videos(0, 2), byTitle["B"]);
        Assert.Equal(33, (await Editor.GetOverviewAsync()).UncategorizedCount);
    }

    [Fact]
    public async Task Assign_refuses_unknown_and_malformed_video_ids_and_changes_nothing()
    {
        var a = await f.CreateAsync("A");
        var before = await f.FingerprintAsync();

        var unknown = await Editor.AssignAsync(a, [Video(1), "zzzzzzzzzzz"]);
        var malformed = await Editor.AssignAsync(a, [Video(1), "short"]);
        var noCategory = await Editor.AssignAsync(31337, [Video(1)]);

        Assert.Equal("'zzzzzzzzzzz' is not in the library.", Assert.Single(unknown.Errors).Message);
        Assert.Equal(CategoryErrorCode.MalformedVideoId, Assert.Single(malformed.Errors).Code);
        Assert.Contains("'short' is not a YouTube video id", malformed.Errors[0].Message);
        Assert.Equal(CategoryErrorCode.UnknownCategory, Assert.Single(noCategory.Errors).Code);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Assign_accepts_videos_known_only_from_playlists_or_Watch_Later()
    {
        using (var db = f.Database.CreateDbContext())
        {
            db.Playlists.Add(new LibraryPlaylist { Id = "PLx", Title = "P", Items = [new LibraryPlaylistItem { Id = "i1", PlaylistId = "PLx", VideoId = "plOnly00001" }] });
            db.WatchLater.Add(new WatchLaterEntry { VideoId = "wlOnly00001" });
            db.SaveChanges();
        }
        var a = await f.CreateAsync("A");

        Assert.True((await Editor.AssignAsync(a, ["plOnly00001", "wlOnly00001"])).Succeeded);
    }

    [Fact]
    public async Task Remove_takes_only_the_selected_videos_out_of_one_category()
    {
        var a = await f.CreateAsync("A", Videos(0, 5));
        var b = await f.CreateAsync("B", Videos(0, 5));

        var result = await Editor.RemoveAsync(a, [Video(0), Video(1), Video(39)]);

        Assert.Equal(2, result.LinksChanged);
        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal(Videos(2, 3), byTitle["A"]);
        Assert.Equal(Videos(0, 5), byTitle["B"]);
    }

    [Fact]
    public async Task Move_takes_videos_out_of_one_category_into_another()
    {
        var a = await f.CreateAsync("A", Videos(0, 5));
        var b = await f.CreateAsync("B", Video(0));

        Assert.True((await Editor.MoveAsync(a, b, [Video(0), Video(1), Video(20)])).Succeeded);

        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal(Videos(2, 3), byTitle["A"]);
        Assert.Equal([Video(0), Video(1), Video(20)], byTitle["B"]);
        Assert.Equal(CategoryErrorCode.NothingSelected, (await Editor.MoveAsync(a, a, [Video(2)])).Errors[0].Code);
    }

    [Fact]
    public async Task One_category_per_playlist_makes_valid_unique_titles_and_skips_system_lists()
    {
        using (var db = f.Database.CreateDbContext())
        {
            LibraryPlaylist Playlist(string id, string title, string privacy, params int[] videos) => new()
            {
                Id = id, Title = title, PrivacyStatus = privacy, Kind = LibraryPlaylist.KindOf(id),
                Items = videos.Select((v, i) => new LibraryPlaylistItem { Id = $"{id}-{i}", PlaylistId = id, VideoId = Video(v), Position = i }).ToList(),
            };
            db.Playlists.AddRange(
                Playlist("PL1", "Music", "public", 1, 2, 2),
                Playlist("PL2", "music", "private", 3),
                Playlist("PL3", "<Best> of " + new string('z', 200), "weird", 4),
                Playlist("LLliked", "Liked videos", "private", 5));
            db.SaveChanges();
        }

        var result = await Editor.CreateFromPlaylistsAsync();

        Assert.True(result.Succeeded, result.ToString());
        var overview = await Editor.GetOverviewAsync();
        Assert.Equal(3, overview.Categories.Count);
        Assert.All(overview.Categories, c => Assert.Null(CategoryRules.CheckTitle(c.Title)));
        var byTitle = await f.VideosByTitleAsync();
        Assert.Equal([Video(1), Video(2)], byTitle["Music"]);
        Assert.Equal([Video(3)], byTitle["music (2)"]);
        var best = overview.Categories.Single(c => c.Title.StartsWith("Best of", StringComparison.Ordinal));
        Assert.Equal((150, "private"), (best.Title.Length, best.Privacy));
        Assert.DoesNotContain(overview.Categories, c => c.Title == "Liked videos");
    }

    [Fact]
    public async Task A_second_quick_start_is_refused_and_changes_nothing_unless_asked_for_alongside_the_existing_categories()
    {
        using (var db = f.Database.CreateDbContext())
        {
            db.Playlists.Add(new LibraryPlaylist
            {
                Id = "PL1", Title = "Cooking", Kind = LibraryPlaylistKind.Regular,
                Items = [new LibraryPlaylistItem { Id = "PL1-0", PlaylistId = "PL1", VideoId = Video(1) }],
            });
            db.SaveChanges();
        }
        Assert.True((await Editor.CreateFromPlaylistsAsync()).Succeeded);
        var before = await f.FingerprintAsync();
        var steps = (await Editor.GetHistoryAsync()).Steps.Count;

        var again = await Editor.CreateFromPlaylistsAsync();

        Assert.Equal(CategoryErrorCode.CategoriesExist, Assert.Single(again.Errors).Code);
        Assert.Contains("already has 1 category", again.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
        Assert.Equal(steps, (await Editor.GetHistoryAsync()).Steps.Count);

        Assert.True((await Editor.CreateFromPlaylistsAsync(alongsideExisting: true)).Succeeded);
        Assert.Equal(["Cooking", "Cooking (2)"], (await Editor.GetOverviewAsync()).Categories.Select(c => c.Title));
    }

    [Fact]
    public async Task Overview_counts_unavailable_videos_per_category()
    {
        f.SeedVideos(2, from: 100, VideoAvailability.Unavailable);
        await f.CreateAsync("A", [Video(0), Video(100), Video(101)]);

        var a = Assert.Single((await Editor.GetOverviewAsync()).Categories);
        Assert.Equal((3, 2), (a.VideoCount, a.UnavailableCount));
    }
}
