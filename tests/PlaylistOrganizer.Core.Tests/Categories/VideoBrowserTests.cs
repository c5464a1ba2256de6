using Microsoft.EntityFrameworkCore;
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
        Assert.Equal(["Channel 3"], (await browser.GetPageAsync(new VideoFilter(Text: "channel 3"), new VideoSort(), 0, 100)).Rows.Select(r => r.ChannelTitle).Distinct());
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

        var (rows, total) = await browser.GetPageAsync(new VideoFilter(PlaylistId: "PL1"), new VideoSort(), skip: 2, take: 10);

        Assert.Equal(4, total);
        Assert.Equal([Video(2), Video(3)], rows.Select(r => r.Id));
        var three = rows[1];
        Assert.True(three.InWatchLater);
        Assert.Equal([a, b], three.CategoryIds.Order());
        Assert.Equal("https://www.youtube.com/watch?v=v0000000003", three.YouTubeUrl);
    }

    [Fact]
    public async Task Every_sort_puts_unavailable_and_never_looked_up_videos_last()
    {
        await using (var db = f.Database.CreateDbContext())
        {
            // An id known only from Takeout: no title yet.
            db.Videos.Add(new LibraryVideo { Id = Video(200), Availability = VideoAvailability.Unknown });
            await db.SaveChangesAsync();
        }
        foreach (var key in Enum.GetValues<VideoSortKey>())
        {
            foreach (var descending in new[] { false, true })
            {
                var (rows, _) = await browser.GetPageAsync(new VideoFilter(), new VideoSort(key, descending), 0, 100);
                Assert.Equal(Video(200), rows[^3].Id);
                Assert.Equal([Video(100), Video(101)], rows.TakeLast(2).Select(r => r.Id).Order());
            }
        }
    }

    [Fact]
    public async Task Sorting_by_date_added_length_published_and_channel()
    {
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await using (var db = f.Database.CreateDbContext())
        {
            foreach (var video in db.Videos.Where(v => v.Id == Video(0) || v.Id == Video(1) || v.Id == Video(2) || v.Id == Video(3)))
            {
                var n = int.Parse(video.Id[1..]);
                video.DurationSeconds = new[] { 300, 60, 3600, 10 }[n];
                video.PublishedAt = at.AddDays(-new[] { 5, 1, 9, 3 }[n]);
            }
            // Added to the playlist in order 0..3, but video 3 went into Watch Later last of all, and Watch Later's date wins.
            foreach (var item in db.PlaylistItems.Where(i => i.PlaylistId == "PL1")) item.AddedAt = at.AddHours(int.Parse(item.VideoId[1..]));
            (await db.WatchLater.SingleAsync(w => w.VideoId == Video(3))).AddedAt = at.AddDays(10);
            await db.SaveChangesAsync();
        }
        var inPlaylist = new VideoFilter(PlaylistId: "PL1");
        async Task<IEnumerable<string>> Ids(VideoFilter filter, VideoSortKey key, bool descending = false) =>
            (await browser.GetPageAsync(filter, new VideoSort(key, descending), 0, 100)).Rows.Select(r => r.Id);

        Assert.Equal([Video(3), Video(1), Video(0), Video(2)], await Ids(inPlaylist, VideoSortKey.Length));
        Assert.Equal([Video(2), Video(0), Video(1), Video(3)], await Ids(inPlaylist, VideoSortKey.Length, descending: true));
        Assert.Equal([Video(1), Video(3), Video(0), Video(2)], await Ids(inPlaylist, VideoSortKey.DatePublished, descending: true));
        // With the playlist chosen, its own dates count; without, Watch Later's.
        Assert.Equal([Video(3), Video(2), Video(1), Video(0)], await Ids(inPlaylist, VideoSortKey.DateAdded, descending: true));
        Assert.Equal([Video(3), Video(2), Video(1), Video(0)], (await Ids(new VideoFilter(), VideoSortKey.DateAdded, descending: true)).Take(4));
        Assert.Equal(Video(3), (await Ids(new VideoFilter(), VideoSortKey.DateAdded)).ElementAt(3));
        var byChannel = (await browser.GetPageAsync(new VideoFilter(), new VideoSort(VideoSortKey.Channel), 0, 100)).Rows.Take(30).Select(r => r.ChannelTitle);
        Assert.Equal(byChannel.Order(StringComparer.Ordinal), byChannel);
        var (rows, _) = await browser.GetPageAsync(inPlaylist, new VideoSort(VideoSortKey.Length), 0, 1);
        Assert.Equal((10, at.AddDays(-3), at.AddHours(3)), (rows[0].DurationSeconds, rows[0].PublishedAt, rows[0].AddedAt));
    }

    [Fact]
    public async Task The_channel_facet_counts_the_filtered_videos_per_channel_most_first_and_a_channel_filters()
    {
        await using (var db = f.Database.CreateDbContext())
        {
            foreach (var video in db.Videos) video.ChannelId = video.ChannelTitle is { } t ? "UC" + t.Replace(" ", "") : null;
            await db.SaveChangesAsync();
        }
        await f.CreateAsync("A", Videos(0, 7)); // one of each channel

        var all = await browser.GetChannelsAsync(new VideoFilter(), top: 3);
        // 30 videos over 7 channels: channels 0 and 1 have 5 each (0,7,…,28 and 1,…,29), the others 4; the two unavailable add to 2 and 3.
        Assert.Equal(7, all.ChannelTotal);
        Assert.Equal([("Channel 0", 5), ("Channel 1", 5), ("Channel 2", 5)], all.Top.Select(c => (c.Title, c.Count)));

        var uncategorized = await browser.GetChannelsAsync(new VideoFilter(Unassigned: true, ChannelId: "UCChannel0"), top: 10);
        Assert.Equal(7, uncategorized.ChannelTotal); // the channel's own choice does not narrow the facet
        Assert.Equal(4, uncategorized.Top.Single(c => c.ChannelId == "UCChannel0").Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => Video(7 * i)).Skip(1),
            (await browser.GetMatchingIdsAsync(new VideoFilter(Unassigned: true, ChannelId: "UCChannel0"))).Order());
    }
}
