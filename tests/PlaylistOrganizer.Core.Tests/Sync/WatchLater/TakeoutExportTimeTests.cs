using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Sync.WatchLater;

public class TakeoutExportTimeTests
{
    [Theory]
    [InlineData("takeout-20241118T044437Z-001.zip", "2024-11-18T04:44:37Z")]
    [InlineData("takeout-20260919T163231Z-1-001.zip", "2026-09-19T16:32:31Z")]
    [InlineData("/home/me/Downloads/TAKEOUT-20260116T160248Z-3-002.tgz", "2026-01-16T16:02:48Z")]
    [InlineData(@"C:\Users\me\Downloads\takeout-20261202T101500Z-001.zip", "2026-12-02T10:15:00Z")]
    public void Takeouts_archive_name_gives_the_export_time_in_UTC(string fileName, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), TakeoutExportTime.FromFileName(fileName));

    [Theory]
    [InlineData("Watch later-videos.csv")]
    [InlineData("my-takeout.zip")]
    [InlineData("takeout-20261302T101500Z-001.zip")] // month 13
    [InlineData("takeout-20261202T101500-001.zip")] // no Z: not Takeout's UTC form
    [InlineData("takeout-20261202T101500Z-001.zip.bak")]
    public void Any_other_name_gives_no_export_time(string fileName) => Assert.Null(TakeoutExportTime.FromFileName(fileName));

    [Fact]
    public void The_newest_time_added_in_any_playlist_bounds_the_export_time_from_below()
    {
        static TakeoutPlaylist List(params string[] times) =>
            new("x", null, times.Select((t, i) => new TakeoutEntry(new VideoId($"vid{i:D8}"), t.Length == 0 ? null : DateTimeOffset.Parse(t))).ToList(), "x.csv");
        var library = new TakeoutLibrary([List("2026-01-01T00:00:00Z", "")], List("2026-03-01T00:00:00Z", "2025-12-01T00:00:00Z"));
        Assert.Equal(DateTimeOffset.Parse("2026-03-01T00:00:00Z"), TakeoutExportTime.NewestAdded(library));
        Assert.Null(TakeoutExportTime.NewestAdded(new TakeoutLibrary([List("")], null)));
    }
}
