using PlaylistOrganizer.Core.Sync.WatchLater;

namespace PlaylistOrganizer.Core.Tests.Sync.WatchLater;

public class HelperReportTests
{
    [Fact]
    public void The_helpers_closing_report_gives_the_ids_it_removed()
    {
        var (ids, problem) = HelperReport.Parse("""  {"removed":["vid00000002","vid00000057","vid00000002"]}  """);
        Assert.Null(problem);
        Assert.Equal(["vid00000002", "vid00000057"], ids);
    }

    [Fact]
    public void Plain_ids_on_lines_or_with_commas_are_read_too() =>
        Assert.Equal(["vid00000002", "vid00000003", "a-b_c123456"], HelperReport.Parse("vid00000002,\n vid00000003\r\n'a-b_c123456'").Ids);

    [Theory]
    [InlineData("", "Paste the helper's report (or video ids) first.")]
    [InlineData("""{"removed":["vid0000000"]}""", "Not a video id: 'vid0000000'. Nothing was ticked.")]
    [InlineData("""{"found":[]}""", "That report has no \"removed\" list. Copy the box the helper shows when it finishes.")]
    [InlineData("""{"removed":["vid00000002"]""", "That is not the helper's report: it starts like JSON but is cut off or damaged. Copy the whole box again.")]
    [InlineData("vid00000002 https://youtu.be/x", "Not a video id: 'https://youtu.be/x'. Nothing was ticked.")]
    public void Anything_else_is_refused_with_a_message_and_no_ids(string text, string message)
    {
        var (ids, problem) = HelperReport.Parse(text);
        Assert.Empty(ids);
        Assert.Equal(message, problem);
    }
}
