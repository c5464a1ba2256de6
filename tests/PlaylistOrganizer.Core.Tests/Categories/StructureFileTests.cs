using PlaylistOrganizer.Core.Categories;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

public sealed class StructureFileTests : IDisposable
{
    private readonly CategoryFixture f = new();

    public void Dispose() => f.Dispose();

    private async Task BuildSampleAsync()
    {
        var a = await f.CreateAsync("Cooking, baking & \"grill\"", Videos(0, 8));
        await f.Editor.UpdateDetailsAsync(a, "Food\nand more: ünïcödé", "unlisted", "recipe, bbq, sourdough");
        await f.CreateAsync("Music", Videos(5, 10));
        await f.CreateAsync(" Empty one", []);
    }

    [Fact]
    public async Task Json_export_then_import_into_another_database_gives_back_the_same_structure()
    {
        await BuildSampleAsync();
        var json = StructureFile.ToJson(await f.Editor.ExportAsync());

        using var other = new CategoryFixture();
        var parsed = StructureFile.Parse(json);
        Assert.Empty(parsed.Errors);
        var imported = await other.Editor.ReplaceAsync(parsed.Document!);

        Assert.True(imported.Result.Succeeded, imported.Result.ToString());
        Assert.Empty(imported.UnknownVideoIds);
        Assert.Equal(json, StructureFile.ToJson(await other.Editor.ExportAsync()));
        Assert.Contains("\"format\": \"playlist-organizer.structure\"", json);
        Assert.Contains("\"privacy\": \"unlisted\"", json);
        Assert.Contains("\"keywords\": \"recipe, bbq, sourdough\"", json);
        Assert.Equal("recipe, bbq, sourdough", (await other.Editor.GetOverviewAsync()).Categories.Single(c => c.Title.StartsWith("Cooking")).Keywords);
    }

    [Fact]
    public async Task A_file_written_before_keywords_existed_imports_and_keeps_the_keywords_already_typed()
    {
        await BuildSampleAsync();
        const string old = """
            {"format":"playlist-organizer.structure","version":1,"categories":[
              {"title":"Cooking, baking & \"grill\"","description":"d","privacy":"private","videoIds":["v0000000001"]},
              {"title":"Brand new","videoIds":[]}]}
            """;

        var parsed = StructureFile.Parse(old);
        Assert.Empty(parsed.Errors);
        Assert.True((await f.Editor.ReplaceAsync(parsed.Document!)).Result.Succeeded);

        var keywords = (await f.Editor.GetOverviewAsync()).Categories.ToDictionary(c => c.Title, c => c.Keywords);
        Assert.Equal("recipe, bbq, sourdough", keywords["Cooking, baking & \"grill\""]);
        Assert.Equal("", keywords["Brand new"]);
    }

    [Fact]
    public async Task Keywords_in_a_file_replace_the_typed_ones_and_undo_brings_them_back()
    {
        await BuildSampleAsync();
        var document = await f.Editor.ExportAsync();
        var changed = new StructureDocument(document.Categories.Select(c => c with { Keywords = c.Title == "Music" ? "  jazz, live  " : "" }).ToList());

        Assert.True((await f.Editor.ReplaceAsync(changed)).Result.Succeeded);
        var keywords = (await f.Editor.GetOverviewAsync()).Categories.ToDictionary(c => c.Title, c => c.Keywords);
        Assert.Equal("jazz, live", keywords["Music"]);
        Assert.Equal("", keywords["Cooking, baking & \"grill\""]);

        Assert.True((await f.Editor.UndoAsync()).Succeeded);
        Assert.Equal("recipe, bbq, sourdough", (await f.Editor.GetOverviewAsync()).Categories.Single(c => c.Title.StartsWith("Cooking")).Keywords);
    }

    [Fact]
    public async Task Csv_export_then_import_gives_back_titles_and_videos_and_keeps_existing_details()
    {
        await BuildSampleAsync();
        var before = await f.ContentAsync();
        var csv = StructureFile.ToCsv(await f.Editor.ExportAsync());
        Assert.StartsWith("category,videoId\n", csv);
        Assert.Contains("\"Cooking, baking & \"\"grill\"\"\",v0000000000\n", csv);
        Assert.Contains("Empty one,\n", csv);

        await f.Editor.DeleteAsync((await f.Editor.GetOverviewAsync()).Categories.Where(c => c.Title == "Music").Select(c => c.Id).ToList());
        var parsed = StructureFile.Parse(csv);
        Assert.Empty(parsed.Errors);
        Assert.True((await f.Editor.ReplaceAsync(parsed.Document!)).Result.Succeeded);

        Assert.Equal(before, await f.ContentAsync());
    }

    [Fact]
    public async Task Import_replaces_the_draft_as_one_undoable_step_and_reports_unknown_videos()
    {
        await BuildSampleAsync();
        var before = await f.ContentAsync();
        var document = new StructureDocument([new("Music", "m", "public", [Video(1), "unknownVid1"]), new("New", null, null, [])]);

        var result = await f.Editor.ReplaceAsync(document);

        Assert.True(result.Result.Succeeded);
        Assert.Equal(["unknownVid1"], result.UnknownVideoIds);
        Assert.Equal(["Music", "New"], (await f.VideosByTitleAsync()).Keys.Order());
        Assert.True((await f.Editor.UndoAsync()).Succeeded);
        Assert.Equal(before, await f.ContentAsync());
    }

    [Fact]
    public async Task Import_keeps_category_ids_by_title_so_the_diff_shows_only_real_changes()
    {
        await BuildSampleAsync();
        Assert.True((await f.Approval.ApproveAsync()).Succeeded);
        var document = await f.Editor.ExportAsync();

        await f.Editor.ReplaceAsync(document);

        Assert.Equal(0, (await f.Approval.GetDraftStatusAsync()).Diff.Total);
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("{ \"format\": \"playlist-organizer.structure\", ", "The file is not valid JSON (line 1, position 45).")]
    [InlineData("[1,2]", "The first line must be the header \"category,videoId\".")]
    [InlineData("{\"format\":\"other\",\"version\":1,\"categories\":[]}", "This is not a PlaylistOrganizer structure file: \"format\" must be \"playlist-organizer.structure\".")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":2,\"categories\":[]}", "The file is version 2; this app reads version 1.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1}", "\"categories\" is missing or not a list.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"description\":\"x\"}]}", "categories[0]: \"title\" is missing.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"title\":\"A\",\"videoIds\":[\"v0000000001\",7]}]}", "categories[0].videoIds[1] is not a string.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"title\":\"A\",\"videoIds\":[\"bad\"]}]}", "Category 1 ('A'): 'bad' is not a YouTube video id (11 characters of A–Z, a–z, 0–9, - and _).")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"title\":\"A\"},{\"title\":\"a\"}]}", "Category 2 ('a'): the title appears more than once; category titles must be unique.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"title\":\"A\",\"privacy\":\"secret\"}]}", "Category 1 ('A'): Privacy 'secret' is not one of private, unlisted, public.")]
    [InlineData("{\"format\":\"playlist-organizer.structure\",\"version\":1,\"categories\":[{\"title\":\"A\",\"keywords\":[\"x\"]}]}", "categories[0].keywords is not a string.")]
    [InlineData("category,videoId\nA,v0000000001,extra\n", "Line 2: expected 2 fields (category,videoId), found 3.")]
    [InlineData("title,id\nA,v0000000001\n", "The first line must be the header \"category,videoId\".")]
    [InlineData("category,videoId\nA<b,v0000000001\n", "Category 1 ('A<b'): Title 'A<b' contains '<'; YouTube refuses '<' and '>' in playlist titles.")]
    public async Task A_malformed_file_is_refused_with_a_specific_message_and_imports_nothing(string text, string message)
    {
        await BuildSampleAsync();
        var before = await f.FingerprintAsync();

        var parsed = StructureFile.Parse(text);

        Assert.Null(parsed.Document);
        Assert.Equal(message, parsed.Errors[0].Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task A_file_with_too_many_keywords_is_refused_and_imports_nothing()
    {
        await BuildSampleAsync();
        var before = await f.FingerprintAsync();
        var text = $$"""{"format":"playlist-organizer.structure","version":1,"categories":[{"title":"A","keywords":"{{new string('k', 501)}}"}]}""";

        var parsed = StructureFile.Parse(text);

        Assert.Null(parsed.Document);
        Assert.Equal("Category 1 ('A'): Keywords are 501 characters; at most 500 are kept.", Assert.Single(parsed.Errors).Message);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task Replace_refuses_an_invalid_document_and_changes_nothing()
    {
        await BuildSampleAsync();
        var before = await f.FingerprintAsync();

        var result = await f.Editor.ReplaceAsync(new StructureDocument([new(new string('t', 151), null, null, [])]));

        Assert.Equal(CategoryErrorCode.TitleTooLong, Assert.Single(result.Result.Errors).Code);
        Assert.Equal(before, await f.FingerprintAsync());
    }
}
