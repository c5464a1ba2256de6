using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.YouTube;

public class IdsTests
{
    [Theory]
    [InlineData("dQw4w9WgXcQ", true)]
    [InlineData("a-b_c1234XZ", true)]
    [InlineData("dQw4w9WgXc", false)]
    [InlineData("dQw4w9WgXcQQ", false)]
    [InlineData("dQw4w9WgXc!", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Video_ids_are_eleven_url_safe_characters(string? value, bool expected) =>
        Assert.Equal(expected, VideoId.IsWellFormed(value));

    [Theory]
    [InlineData("WL", true)]
    [InlineData("LLabc", true)]
    [InlineData("UUxyz", true)]
    [InlineData("FLq", true)]
    [InlineData("HL", true)]
    [InlineData("PLabcdef", false)]
    public void System_playlists_are_recognised_by_prefix(string id, bool expected) =>
        Assert.Equal(expected, new PlaylistId(id).IsSystem);

    [Theory]
    [InlineData(YouTubeMethod.PlaylistItemsInsert, 50)]
    [InlineData(YouTubeMethod.PlaylistsDelete, 50)]
    [InlineData(YouTubeMethod.PlaylistItemsList, 1)]
    [InlineData(YouTubeMethod.VideosList, 1)]
    public void Methods_cost_their_documented_units(YouTubeMethod method, int units) =>
        Assert.Equal(units, method.CostUnits());
}
