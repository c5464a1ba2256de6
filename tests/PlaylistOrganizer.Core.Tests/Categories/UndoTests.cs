using PlaylistOrganizer.Core.Categories;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

public sealed class UndoTests : IDisposable
{
    private readonly CategoryFixture f = new();
    private CategoryEditor Editor => f.Editor;

    public void Dispose() => f.Dispose();

    public static TheoryData<string> Edits => ["create", "rename", "details", "delete", "merge", "split", "assign", "remove", "move", "playlists", "import"];

    /// <summary>Each kind of edit, applied to a small structure, then undone: the draft is exactly as before, ids included.</summary>
    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Undo_restores_the_draft_exactly_after_each_kind_of_edit(string edit)
    {
        var a = await f.CreateAsync("A", Videos(0, 6));
        var b = await f.CreateAsync("B", Videos(4, 6));
        using (var db = f.Database.CreateDbContext())
        {
            db.Playlists.Add(new PlaylistOrganizer.Core.Library.LibraryPlaylist { Id = "PL1", Title = "A", Items = [new() { Id = "x", PlaylistId = "PL1", VideoId = Video(30) }] });
            db.SaveChanges();
        }
        var before = await f.FingerprintAsync();

        var result = edit switch
        {
            "create" => await Editor.CreateAsync("C"),
            "rename" => await Editor.RenameAsync(a, "Z"),
            "details" => await Editor.UpdateDetailsAsync(a, "d", "public", "sourdough, knife skills"),
            "delete" => await Editor.DeleteAsync([a, b]),
            "merge" => await Editor.MergeAsync([b, a], "M"),
            "split" => await Editor.SplitAsync(a, Videos(0, 3), "S"),
            "assign" => await Editor.AssignAsync(b, Videos(0, 20)),
            "remove" => await Editor.RemoveAsync(a, Videos(0, 5)),
            "move" => await Editor.MoveAsync(a, b, Videos(0, 6)),
            "playlists" => await Editor.CreateFromPlaylistsAsync(alongsideExisting: true),
            "import" => (await Editor.ReplaceAsync(new StructureDocument([new("B", "new", "public", Videos(0, 2)), new("N", null, null, [Video(9)])]))).Result,
            _ => throw new ArgumentOutOfRangeException(nameof(edit)),
        };
        Assert.True(result.Succeeded, result.ToString());
        var edited = await f.FingerprintAsync();
        Assert.NotEqual(before, edited);

        var undo = await f.NewEditor().UndoAsync();

        Assert.True(undo.Succeeded, undo.ToString());
        Assert.Equal(Strip(before), Strip(await f.FingerprintAsync()));

        var redo = await f.NewEditor().RedoAsync();
        Assert.True(redo.Succeeded, redo.ToString());
        Assert.Equal(Strip(edited), Strip(await f.FingerprintAsync()));
    }

    // The journal part of the fingerprint legitimately changes (entries marked undone); compare the structure.
    private static string Strip(string fingerprint) => fingerprint[..fingerprint.IndexOf("\n--\n", fingerprint.IndexOf("\n--\n", StringComparison.Ordinal) + 4, StringComparison.Ordinal)];

    [Fact]
    public async Task Twenty_five_steps_undo_one_by_one_after_a_reload_back_to_the_start()
    {
        var states = new List<string> { await f.ContentAsync() };
        var id = await f.CreateAsync("Start");
        states.Add(await f.ContentAsync());
        for (var i = 0; i < 24; i++)
        {
            var step = (i % 3) switch
            {
                0 => await Editor.AssignAsync(id, Videos(i, 3)),
                1 => await Editor.RenameAsync(id, $"Step {i}"),
                _ => await Editor.CreateAsync($"Extra {i}"),
            };
            Assert.True(step.Succeeded, step.ToString());
            states.Add(await f.ContentAsync());
        }

        for (var i = states.Count - 2; i >= 0; i--)
        {
            var reloaded = f.NewEditor(); // a fresh service and DbContext: nothing kept in memory
            Assert.True((await reloaded.UndoAsync()).Succeeded);
            Assert.Equal(states[i], await f.ContentAsync());
        }
        Assert.Equal(CategoryErrorCode.NothingToUndo, (await Editor.UndoAsync()).Errors[0].Code);
    }

    [Fact]
    public async Task The_journal_keeps_the_last_N_steps()
    {
        var editor = f.NewEditor(undoDepth: 20);
        for (var i = 0; i < 30; i++) Assert.True((await editor.CreateAsync($"C{i}")).Succeeded);

        for (var i = 0; i < 20; i++) Assert.True((await editor.UndoAsync()).Succeeded);
        var refused = await editor.UndoAsync();

        Assert.Equal("There is nothing to undo.", Assert.Single(refused.Errors).Message);
        Assert.Equal(10, (await editor.GetOverviewAsync()).Categories.Count);
        Assert.Equal(20, (await editor.GetHistoryAsync()).Steps.Count);
    }

    [Fact]
    public async Task A_new_edit_after_undo_drops_the_redo_steps()
    {
        await f.CreateAsync("A");
        await f.CreateAsync("B");
        await Editor.UndoAsync();
        Assert.Equal("Create 'B'", (await Editor.GetHistoryAsync()).NextRedo?.Description);

        await f.CreateAsync("C");

        Assert.Null((await Editor.GetHistoryAsync()).NextRedo);
        Assert.Equal(CategoryErrorCode.NothingToRedo, (await Editor.RedoAsync()).Errors[0].Code);
        Assert.Equal(["A", "C"], (await f.VideosByTitleAsync()).Keys.Order());
    }

    [Fact]
    public async Task A_refused_edit_is_not_journalled()
    {
        await f.CreateAsync("A");
        await Editor.CreateAsync("a");
        await Editor.RenameAsync(12345, "x");

        var history = await Editor.GetHistoryAsync();
        Assert.Equal(["Create 'A'"], history.Steps.Select(s => s.Description));
    }

    [Fact]
    public async Task Undo_after_approval_changes_the_draft_not_the_approved_version()
    {
        var a = await f.CreateAsync("A", Videos(0, 3));
        var approved = await f.Approval.ApproveAsync();
        Assert.True(approved.Succeeded);

        Assert.True((await Editor.UndoAsync()).Succeeded); // takes the 3 videos out again
        Assert.True((await Editor.UndoAsync()).Succeeded); // removes A

        Assert.Empty((await Editor.GetOverviewAsync()).Categories);
        var frozen = await f.Approval.GetApprovedAsync();
        Assert.Equal(Videos(0, 3), Assert.Single(frozen!.Categories).VideoIds);
        var status = await f.Approval.GetDraftStatusAsync();
        Assert.Equal((1, 3), (status.Diff.CategoriesRemoved, status.Diff.VideosRemoved));
        Assert.Equal(a, frozen.Categories[0].CategoryId);
    }
}
