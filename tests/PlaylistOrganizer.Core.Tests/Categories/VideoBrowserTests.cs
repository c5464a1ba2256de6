using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;
using static PlaylistOrganizer.Core.Tests.Categories.CategoryFixture;

namespace PlaylistOrganizer.Core.Tests.Categories;

public sealed class VideoBrowserTests : IDisposable
{
    private readonly CategoryFixture f = new(videos: 30);
    private readonly VideoBrowser browser;

    public VideoBrowserTests()
    {
        browser = new VideoBrowser(f.Database);
        f.SeedVideos(2, from: 100, VideoAvailability.Unavailable);
        using var db = f.Database.CreateDbContext();
        db.Playlists.Add(new LibraryPlaylist
        {
            Id = "PL1", Title = "Mix",
            Items = Enumerable.Range(0, 4).Select(i => new LibraryPlaylistItem { Id = $"i{i}", PlaylistId = "PL1", VideoId = Video(i) }).ToList(),
        });
        db.WatchLater.AddRange(new WatchLaterEntry { VideoId = Video(3) }, new WatchLaterEntry { VideoId = Video(10) });
        db.SaveChanges();
    }

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Each_filter_narrows_the_list_and_they_combine()
    {
        var a = await f.CreateAsync("A", Videos(0, 10));

        Assert.Equal(32, await browser.CountAsync(new VideoFilter()));
        Assert.Equal(["Channel 3"], (await browser.GetPageAsync(new VideoFilter(Text: "channel 3"), 0, 100)).Rows.Select(r => r.ChannelTitle).Distinct());
        Assert.Equal([Video(12)], await browser.GetMatchingIdsAsync(new VideoFilter(Text: "VIDEO 12")));
        Assert.Equal(Videos(0, 4), (await browser.GetMatchingIdsAsync(new VideoFilter(PlaylistId: "PL1"))).Order());
        Assert.Equal([Video(3), Video(10)], (await browser.GetMatchingIdsAsync(new VideoFilter(WatchLater: true))).Order());
        Assert.Equal(10, await browser.CountAsync(new VideoFilter(CategoryId: a)));
        Assert.Equal(22, await browser.CountAsync(new VideoFilter(Unassigned: true)));
        Assert.Equal([Video(100), Video(101)], (await browser.GetMatchingIdsAsync(new VideoFilter(Unavailable: true))).Order());
        Assert.Equal([Video(10)], await browser.GetMatchingIdsAsync(new VideoFilter(WatchLater: true, Unassigned: true)));
    }

    [Fact]
    public async Task A_page_shows_categories_watch_later_and_the_total()
    {
        var a = await f.CreateAsync("A", [Video(3)]);
        var b = await f.CreateAsync("B", [Video(3)]);

        var (rows, total) = await browser.GetPageAsync(new VideoFilter(PlaylistId: "PL1"), skip: 2, take: 10);

        Assert.Equal(4, total);
        Assert.Equal([Video(2), Video(3)], rows.Select(r => r.Id));
        var three = rows[1];
        Assert.True(three.InWatchLater);
        Assert.Equal([a, b], three.CategoryIds.Order());
        Assert.Equal("https://www.youtube.com/watch?v=v0000000003", three.YouTubeUrl);
    }
}
