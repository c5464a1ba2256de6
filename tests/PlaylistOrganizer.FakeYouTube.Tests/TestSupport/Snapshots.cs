using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

/// <summary>Small, readable libraries for tests, built like the demo generator's snapshots.</summary>
public static class Snapshots
{
    public const string ChannelId = "UCtestchannel000000000000";
    public const string OtherChannelId = "UCotherchannel00000000000";
    public const string Music = "PLmusic0000000000000000000000000";
    public const string Empty = "PLempty0000000000000000000000000";
    public const string Likes = "LLtestchannel000000000000";
    public const string Uploads = "UUtestchannel000000000000";
    public const string PublicVideo = "pubVideo001";
    public const string DeletedVideo = "delVideo001";
    public const string ForeignPrivateVideo = "prvVideo001";
    public const string OwnPrivateVideo = "ownPriv0001";

    public static string VideoId(int n) => "v" + n.ToString("D10");

    /// <summary>
    /// A channel with a "Music" playlist of <paramref name="musicItems"/> items, an empty playlist, likes and uploads,
    /// some Watch Later entries, and videos of every availability.
    /// </summary>
    public static AccountSnapshot Library(int musicItems = 3, string accountId = "alice")
    {
        var at = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var videos = new List<VideoSnapshot>
        {
            Video(PublicVideo, VideoAvailability.Public, OtherChannelId),
            Video(DeletedVideo, VideoAvailability.Deleted, OtherChannelId),
            Video(ForeignPrivateVideo, VideoAvailability.Private, OtherChannelId),
            Video(OwnPrivateVideo, VideoAvailability.Private, ChannelId),
        };
        videos.AddRange(Enumerable.Range(0, Math.Max(musicItems, 10)).Select(i => Video(VideoId(i), VideoAvailability.Public, OtherChannelId)));
        return new AccountSnapshot
        {
            AccountId = accountId,
            Channel = new ChannelSnapshot { Id = ChannelId, Title = "Alice", PublishedAt = at.AddYears(-5) },
            Playlists =
            [
                new PlaylistSnapshot
                {
                    Id = Music, Title = "Music", Description = "songs", PrivacyStatus = "private", PublishedAt = at,
                    Items = Enumerable.Range(0, musicItems).Select(i => new PlaylistItemSnapshot
                    {
                        Id = $"item-music-{i:D5}", VideoId = VideoId(i % Math.Max(musicItems, 10)), AddedAt = at.AddMinutes(i),
                    }).ToList(),
                },
                new PlaylistSnapshot { Id = Empty, Title = "Empty", PublishedAt = at },
                new PlaylistSnapshot
                {
                    Id = Likes, Title = "Liked videos", Kind = PlaylistKind.Likes, PublishedAt = at,
                    Items = [new PlaylistItemSnapshot { Id = "item-like-1", VideoId = PublicVideo, AddedAt = at }],
                },
                new PlaylistSnapshot { Id = Uploads, Title = "Uploads from Alice", Kind = PlaylistKind.Uploads, PrivacyStatus = "public", PublishedAt = at },
            ],
            WatchLater = [new WatchLaterEntry { VideoId = PublicVideo, AddedAt = at }, new WatchLaterEntry { VideoId = VideoId(1), AddedAt = at }],
            Videos = videos,
        };
    }

    private static VideoSnapshot Video(string id, VideoAvailability availability, string channelId) => new()
    {
        Id = id, Title = "Title of " + id, ChannelId = channelId, ChannelTitle = channelId == ChannelId ? "Alice" : "Other",
        Duration = "PT3M30S", PublishedAt = new DateTimeOffset(2024, 2, 3, 4, 5, 6, TimeSpan.Zero), Availability = availability,
    };
}
