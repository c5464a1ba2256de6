using System.Globalization;
using PlaylistOrganizer.Core;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests;

public class CountsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1_546, "1,546")]
    [InlineData(1_234_567, "1,234,567")]
    public void A_count_has_thousands_separators(int count, string written) => Assert.Equal(written, count.Grouped());

    [Fact]
    public void A_count_is_written_the_English_way_whatever_the_server_locale()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // would write "1.546"
            Assert.Equal("1,546 left", $"{1_546.Grouped()} left");
            Assert.Equal("4,000 videos", Counts.Of(4_000L, "video"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(0, "0 steps")]
    [InlineData(1, "1 step")]
    [InlineData(2, "2 steps")]
    [InlineData(1_001, "1,001 steps")]
    public void A_count_with_its_noun_is_singular_only_for_one(int count, string written) => Assert.Equal(written, Counts.Of(count, "step"));

    [Fact]
    public void An_irregular_plural_is_given()
    {
        Assert.Equal("1 category", Counts.Of(1, "category", "categories"));
        Assert.Equal("30 categories", Counts.Of(30, "category", "categories"));
    }

    [Fact]
    public void A_stage_line_groups_its_counts()
    {
        var stage = new StageCounts(SyncStage.AddVideos, 4_410, 1_234, 0, 0, 3_176, new HashSet<OperationKind> { OperationKind.AddVideo });

        Assert.EndsWith("1,234 / 4,410", stage.Label);
    }
}
