using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

public sealed class ApprovalTests : IDisposable
{
    private readonly CategoryFixture f = new();
    private StructureApproval Approval => f.Approval;

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Approve_freezes_the_draft_as_version_1_with_a_content_hash()
    {
        await f.CreateAsync("Music", Videos(0, 5));
        await f.CreateAsync("Cooking", Videos(3, 5));

        var result = await Approval.ApproveAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Version!.Number);
        Assert.Equal(f.Time.GetUtcNow(), result.Version.ApprovedAt);
        Assert.Matches("^[0-9a-f]{64}$", result.Version.ContentHash);
        Assert.Equal((2, 10), (result.Version.CategoryCount, result.Version.VideoLinkCount));
        var frozen = await Approval.GetApprovedAsync();
        Assert.Equal(["Cooking", "Music"], frozen!.Categories.Select(c => c.Title));
        Assert.Equal(Videos(3, 5), frozen.Categories[0].VideoIds);
        Assert.Equal("Draft matches approved version 1.", (await Approval.GetDraftStatusAsync()).Summary);
    }

    [Fact]
    public async Task The_hash_depends_on_content_only_not_on_ids_or_order_of_edits()
    {
        await f.CreateAsync("B", Videos(0, 3));
        await f.CreateAsync("A", Videos(5, 2));
        using var other = new CategoryFixture();
        await other.CreateAsync("Placeholder");
        await other.CreateAsync("A", Videos(6, 1));
        await other.Editor.AssignAsync((await other.Editor.GetOverviewAsync()).Categories.Single(c => c.Title == "A").Id, [Video(5)]);
        await other.CreateAsync("B", Videos(2, 1));
        await other.Editor.AssignAsync((await other.Editor.GetOverviewAsync()).Categories.Single(c => c.Title == "B").Id, Videos(0, 2));
        await other.Editor.DeleteAsync((await other.Editor.GetOverviewAsync()).Categories.Where(c => c.Title == "Placeholder").Select(c => c.Id).ToList());

        var mine = await Approval.ApproveAsync();
        var theirs = await other.Approval.ApproveAsync();

        Assert.Equal(mine.Version!.ContentHash, theirs.Version!.ContentHash);
    }

    [Fact]
    public async Task Approving_an_unchanged_draft_again_writes_no_new_version()
    {
        await f.CreateAsync("A", Videos(0, 3));
        var first = await Approval.ApproveAsync();

        var again = await Approval.ApproveAsync();

        Assert.True(again.WasAlreadyApproved);
        Assert.Equal(first.Version!.Number, again.Version!.Number);
        Assert.Single(await Approval.GetVersionsAsync());
    }

    [Theory]
    [InlineData("rename")]
    [InlineData("description")]
    [InlineData("privacy")]
    [InlineData("video")]
    public async Task Any_content_change_gives_a_new_version_with_a_new_hash(string change)
    {
        var a = await f.CreateAsync("A", Videos(0, 3));
        var first = (await Approval.ApproveAsync()).Version!;

        var edit = change switch
        {
            "rename" => await f.Editor.RenameAsync(a, "B"),
            "description" => await f.Editor.UpdateDetailsAsync(a, "x", "private"),
            "privacy" => await f.Editor.UpdateDetailsAsync(a, "", "public"),
            _ => await f.Editor.AssignAsync(a, [Video(9)]),
        };
        Assert.True(edit.Succeeded);
        var second = (await Approval.ApproveAsync()).Version!;

        Assert.Equal(2, second.Number);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(Videos(0, 3), (await Approval.GetApprovedAsync(1))!.Categories[0].VideoIds);
    }

    [Fact]
    public async Task Approval_refuses_a_category_over_5000_videos_and_writes_nothing()
    {
        f.SeedVideos(5_001, from: 1_000);
        var big = await f.CreateAsync("Everything", Videos(1_000, 5_001));
        var before = await f.FingerprintAsync();

        var result = await Approval.ApproveAsync();

        Assert.False(result.Succeeded);
        Assert.Equal("Category 'Everything' holds 5,001 videos; a YouTube playlist holds at most 5,000. Split it.", Assert.Single(result.Errors).Message);
        Assert.Equal(before, await f.FingerprintAsync());
        Assert.Null(await Approval.GetApprovedAsync());

        Assert.True((await f.Editor.SplitAsync(big, Videos(1_000, 1), "One")).Succeeded);
        Assert.True((await Approval.ApproveAsync()).Succeeded);
    }

    [Fact]
    public async Task Approval_refuses_an_empty_structure_and_data_that_bypassed_the_editor()
    {
        Assert.Equal("The structure has no categories yet.", Assert.Single((await Approval.ApproveAsync()).Errors).Message);

        using (var db = f.Database.CreateDbContext())
        {
            db.Categories.AddRange(
                new Category { Title = "Dup" }, new Category { Title = "dup" },
                new Category { Title = new string('x', 163) }, new Category { Title = "ok", Description = new string('d', 5_001), Privacy = "secret" });
            db.SaveChanges();
        }
        var before = await f.FingerprintAsync();

        var errors = (await Approval.ApproveAsync()).Errors.Select(e => e.Code).Order().ToList();

        Assert.Equal([CategoryErrorCode.TitleTooLong, CategoryErrorCode.DuplicateTitle, CategoryErrorCode.DescriptionTooLong, CategoryErrorCode.InvalidPrivacy], errors);
        Assert.Equal(errors, (await Approval.ValidateAsync()).Select(e => e.Code).Order());
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Unavailable_videos_do_not_block_approval_but_are_listed()
    {
        f.SeedVideos(1, from: 500, VideoAvailability.Unavailable);
        await f.CreateAsync("A", [Video(0), Video(500)]);
        await f.CreateAsync("B", [Video(500)]);

        var result = await Approval.ApproveAsync();

        Assert.True(result.Succeeded);
        var gone = Assert.Single(result.UnavailableVideos);
        Assert.Equal((Video(500), "Video 500"), (gone.VideoId, gone.Title));
        Assert.Equal(["A", "B"], gone.Categories);
    }

    [Fact]
    public async Task The_draft_status_counts_each_kind_of_change_since_the_approved_version()
    {
        Assert.Equal("Draft not approved yet (0 categories).", (await Approval.GetDraftStatusAsync()).Summary);
        var a = await f.CreateAsync("A", Videos(0, 5));
        var b = await f.CreateAsync("B", Videos(5, 5));
        var c = await f.CreateAsync("C");
        await Approval.ApproveAsync();

        await f.Editor.RenameAsync(a, "A2");
        await f.Editor.UpdateDetailsAsync(b, "", "public");
        await f.Editor.DeleteAsync([c]);
        await f.CreateAsync("D", Videos(20, 2));
        await f.Editor.MoveAsync(a, b, [Video(0)]);

        var status = await Approval.GetDraftStatusAsync();

        Assert.Equal(new StructureDiff(CategoriesAdded: 1, CategoriesRemoved: 1, CategoriesRenamed: 1, CategoriesEdited: 1, VideosAdded: 3, VideosRemoved: 1), status.Diff);
        Assert.True(status.Differs);
        Assert.Equal("Draft: 8 changes since approved version 1 (1 category added, 1 category removed, 1 category renamed, 1 category's details edited, 3 video placements added, 1 video placement removed).", status.Summary);
    }
}
