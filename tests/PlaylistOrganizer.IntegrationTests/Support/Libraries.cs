using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>Account snapshots for tests: the generator's small library, or hand-built ones.</summary>
public static class Libraries
{
    public static DemoLibrary Small(int seed = 11) => DemoLibraryGenerator.Generate(DemoLibraryOptions.Small with { Seed = seed });

    public static VideoSnapshot Video(string id, VideoAvailability availability = VideoAvailability.Public) => new()
    {
        Id = id, Title = $"Video {id}", ChannelId = "UCaaaaaaaaaaaaaaaaaaaaaa", ChannelTitle = "A channel", Duration = "PT4M2S",
        PublishedAt = DateTimeOffset.Parse("2020-01-01T00:00:00Z"), Availability = availability,
    };

    /// <summary>An 11-character id made from a number, e.g. Id(7) = "vid00000007".</summary>
    public static string Id(int n) => $"vid{n:D8}";

    /// <summary>One account with the given playlists (title → video numbers) and the videos they use.</summary>
    public static AccountSnapshot Account(params (string Title, int[] Videos)[] playlists)
    {
        var videos = playlists.SelectMany(p => p.Videos).Distinct().Select(n => Video(Id(n))).ToList();
        return new AccountSnapshot
        {
            AccountId = "demo",
            Channel = new ChannelSnapshot { Id = "UCbbbbbbbbbbbbbbbbbbbbbb", Title = "Test Channel" },
            Playlists = playlists.Select((p, i) => new PlaylistSnapshot
            {
                Id = $"PL{i:D32}", Title = p.Title, PublishedAt = DateTimeOffset.Parse("2021-01-01T00:00:00Z"),
                Items = p.Videos.Select((v, j) => new PlaylistItemSnapshot
                {
                    Id = $"UExp{i:D4}{j:D36}", VideoId = Id(v), AddedAt = DateTimeOffset.Parse("2021-02-01T00:00:00Z").AddMinutes(j),
                }).ToList(),
            }).ToList(),
            Videos = videos,
        };
    }
}
