using System.Text.Json;
using System.Text.RegularExpressions;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;
using Xunit.Abstractions;

namespace PlaylistOrganizer.FakeYouTube.Tests.Demo;

public class DemoLibraryGeneratorTests(ITestOutputHelper output)
{
    private static readonly Regex VideoIdShape = new("^[A-Za-z0-9_-]{11}$");
    private static readonly Regex PlaylistIdShape = new("^PL[A-Za-z0-9_-]{32}$");
    private static readonly Regex ChannelIdShape = new("^UC[A-Za-z0-9_-]{22}$");
    private static readonly Regex ItemIdShape = new("^[A-Za-z0-9_-]{40,}$");
    private static readonly Regex DurationShape = new(@"^PT(\d+H)?\d+M\d+S$");

    // Upstream is generated once per test class run; it takes a fraction of a second.
    private static readonly Lazy<DemoLibrary> Upstream = new(() => DemoLibraryGenerator.Generate(DemoLibraryOptions.Upstream));

    [Fact]
    public void Same_options_give_byte_identical_snapshots()
    {
        var first = JsonSerializer.Serialize(DemoLibraryGenerator.Generate(DemoLibraryOptions.Small).Account);
        var second = JsonSerializer.Serialize(DemoLibraryGenerator.Generate(DemoLibraryOptions.Small).Account);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_library()
    {
        var first = JsonSerializer.Serialize(DemoLibraryGenerator.Generate(DemoLibraryOptions.Small).Account);
        var other = JsonSerializer.Serialize(DemoLibraryGenerator.Generate(DemoLibraryOptions.Small with { Seed = 7 }).Account);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Upstream_preset_has_the_shape_of_the_real_library()
    {
        var (account, truth) = Upstream.Value;
        output.WriteLine(JsonSerializer.Serialize(truth with { EntriesPerPlaylist = new Dictionary<string, int>() }));

        Assert.Equal(87, truth.RegularPlaylistCount);
        Assert.InRange(truth.TotalPlaylistEntries, 5_300, 5_700);
        Assert.Equal(4_000, truth.WatchLaterCount);
        var overlapShare = (double)truth.VideosInTwoOrMorePlaylists / truth.DistinctVideosInPlaylists;
        Assert.InRange(overlapShare, 0.15, 0.25);
        var wlOverlapShare = (double)truth.WatchLaterAlsoInPlaylists / truth.WatchLaterCount;
        Assert.InRange(wlOverlapShare, 0.07, 0.13);
        Assert.InRange(truth.DuplicateEntriesWithinPlaylists, 1, 20);

        // Skewed sizes: a few big playlists, many small.
        var sizes = truth.EntriesPerPlaylist.Values.OrderDescending().ToList();
        Assert.True(sizes[0] >= 4 * sizes[sizes.Count / 2], $"largest {sizes[0]} vs median {sizes[sizes.Count / 2]}");
        Assert.True(sizes.Take(10).Sum() > truth.TotalPlaylistEntries / 3, "the ten largest hold over a third of the entries");

        // ≈2% of entries point at Private or Deleted videos, both kinds present.
        var byId = account.Videos.ToDictionary(v => v.Id);
        var entries = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).SelectMany(p => p.Items).ToList();
        var unavailableShare = entries.Count(i => byId[i.VideoId].Availability is VideoAvailability.Private or VideoAvailability.Deleted)
            / (double)entries.Count;
        Assert.InRange(unavailableShare, 0.01, 0.035);
        Assert.Contains(account.Videos, v => v.Availability == VideoAvailability.Private);
        Assert.Contains(account.Videos, v => v.Availability == VideoAvailability.Deleted);
        Assert.Contains(account.WatchLater, w => byId[w.VideoId].Availability is VideoAvailability.Private or VideoAvailability.Deleted);

        // Sloppy, topical titles.
        Assert.Contains(account.Playlists, p => p.Title == "Trip to Japan 2019");
        Assert.Contains(account.Playlists, p => p.Title == "cooking");
        Assert.Contains(account.Playlists, p => p.Title == "Cooking 2");
        Assert.True(account.Playlists.GroupBy(p => p.Title).Any(g => g.Count() > 1), "at least one exact duplicate title");

        // System lists.
        var suffix = account.Channel.Id[2..];
        var likes = Assert.Single(account.Playlists, p => p.Kind == PlaylistKind.Likes);
        Assert.Equal("LL" + suffix, likes.Id);
        Assert.InRange(likes.Items.Count, 200, 500);
        var favorites = Assert.Single(account.Playlists, p => p.Kind == PlaylistKind.Favorites);
        Assert.Equal("FL" + suffix, favorites.Id);
        Assert.InRange(favorites.Items.Count, 1, 50);
        var uploads = Assert.Single(account.Playlists, p => p.Kind == PlaylistKind.Uploads);
        Assert.Equal("UU" + suffix, uploads.Id);
        Assert.All(uploads.Items, i => Assert.Equal(account.Channel.Id, byId[i.VideoId].ChannelId));
    }

    [Fact]
    public void Videos_shared_between_playlists_mostly_stay_within_one_theme()
    {
        var (account, _) = Upstream.Value;
        var themeOfChannel = DemoThemes.All.SelectMany(t => t.Channels.Select(c => (c, t.Name))).ToDictionary(x => x.c, x => x.Name);
        var themeOfVideo = account.Videos.Where(v => themeOfChannel.ContainsKey(v.ChannelTitle))
            .ToDictionary(v => v.Id, v => themeOfChannel[v.ChannelTitle]);
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        // A playlist's theme is the theme most of its videos come from. Videos of one-off and every-topic channels
        // (the demo texts' noise) tell no theme by their channel and are left out.
        var themeOfPlaylist = regular.ToDictionary(p => p.Id,
            p => p.Items.Where(i => themeOfVideo.ContainsKey(i.VideoId)).GroupBy(i => themeOfVideo[i.VideoId]).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key);

        var shared = regular.SelectMany(p => p.Items.Select(i => i.VideoId).Where(themeOfVideo.ContainsKey).Distinct().Select(v => (Video: v, Playlist: p.Id)))
            .GroupBy(x => x.Video).Where(g => g.Count() >= 2).ToList();
        var withinTheme = shared.Count(g => g.All(x => themeOfPlaylist[x.Playlist] is null || themeOfPlaylist[x.Playlist] == themeOfVideo[g.Key]));

        Assert.InRange((double)withinTheme / shared.Count, 0.7, 1.0);
        Assert.True(withinTheme < shared.Count, "some overlap crosses themes, as in a real library");
    }

    /// <summary>What makes a word count fail in a real library: channels on two topics, no tags, titles that name
    /// nothing of the topic or are in another language.</summary>
    [Fact]
    public void Video_texts_have_the_noise_of_a_real_library()
    {
        var (account, _) = Upstream.Value;
        var themeOfPlaylist = Upstream.Value.ThemeOfPlaylist;
        var videos = account.Videos.ToDictionary(v => v.Id);
        var themesOfChannel = account.Playlists.Where(p => themeOfPlaylist.ContainsKey(p.Id))
            .SelectMany(p => p.Items.Select(i => (videos[i.VideoId].ChannelTitle, Theme: themeOfPlaylist[p.Id])))
            .GroupBy(x => x.ChannelTitle).ToDictionary(g => g.Key, g => g.Select(x => x.Theme).ToHashSet());

        foreach (var (title, a, b) in DemoTitleNoise.CrossoverChannels)
            Assert.True(themesOfChannel[title].IsSupersetOf([a, b]), $"{title} posts in {string.Join(", ", themesOfChannel[title])}");
        var placed = account.Videos.Where(v => v.ChannelId != account.Channel.Id).ToList();
        Assert.InRange(placed.Count(v => v.Tags.Count == 0) / (double)placed.Count, 0.45, 0.70);
        Assert.InRange(placed.Count(v => DemoTitleNoise.Clickbait.Contains(v.Title)) / (double)placed.Count, 0.07, 0.13);
        Assert.Contains(placed, v => v.Title.Any(ch => ch is >= '\uAC00' and <= '\uD7AF')); // Korean
        Assert.Contains(placed, v => v.Title.StartsWith("Voyage à ", StringComparison.Ordinal)); // French
    }

    [Fact]
    public void Watch_later_holds_distinct_videos_added_over_years_oldest_first()
    {
        var (account, _) = Upstream.Value;
        Assert.Equal(account.WatchLater.Count, account.WatchLater.Select(w => w.VideoId).Distinct().Count());
        Assert.Equal(account.WatchLater.OrderBy(w => w.AddedAt).Select(w => w.VideoId), account.WatchLater.Select(w => w.VideoId));
        var span = account.WatchLater[^1].AddedAt - account.WatchLater[0].AddedAt;
        Assert.True(span > TimeSpan.FromDays(3 * 365), $"Watch Later spans only {span}");
        Assert.All(account.WatchLater, w => Assert.True(w.AddedAt < DemoLibraryOptions.Upstream.ReferenceInstant));
    }

    [Fact]
    public void Ids_durations_and_times_have_youtube_shapes()
    {
        var (account, _) = Upstream.Value;
        var reference = DemoLibraryOptions.Upstream.ReferenceInstant;
        Assert.Matches(ChannelIdShape, account.Channel.Id);
        Assert.All(account.Videos, v =>
        {
            Assert.Matches(VideoIdShape, v.Id);
            Assert.Matches(ChannelIdShape, v.ChannelId);
            Assert.Matches(DurationShape, v.Duration);
            Assert.False(string.IsNullOrWhiteSpace(v.Title));
            Assert.True(v.PublishedAt < reference);
        });
        Assert.Equal(account.Videos.Count, account.Videos.Select(v => v.Id).Distinct().Count());
        Assert.All(account.Playlists.Where(p => p.Kind == PlaylistKind.Regular), p => Assert.Matches(PlaylistIdShape, p.Id));
        var items = account.Playlists.SelectMany(p => p.Items).ToList();
        Assert.All(items, i => Assert.Matches(ItemIdShape, i.Id));
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());

        // Every referenced video is in the catalogue, and added after it was published, before the reference instant.
        var byId = account.Videos.ToDictionary(v => v.Id);
        Assert.All(items, i =>
        {
            Assert.True(byId.ContainsKey(i.VideoId));
            Assert.True(i.AddedAt >= byId[i.VideoId].PublishedAt && i.AddedAt < reference);
            Assert.Equal(0, i.AddedAt.Ticks % TimeSpan.TicksPerSecond);
        });
        Assert.All(account.WatchLater, w => Assert.True(byId.ContainsKey(w.VideoId)));
    }

    [Fact]
    public void Truth_matches_an_independent_recount_of_the_snapshot()
    {
        var (account, truth) = Upstream.Value;
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var distinctPerPlaylist = regular.Select(p => p.Items.Select(i => i.VideoId).Distinct().ToList()).ToList();
        var playlistVideos = distinctPerPlaylist.SelectMany(v => v).ToList();
        var unavailable = account.Videos.Where(v => v.Availability >= VideoAvailability.Private).Select(v => v.Id).ToHashSet();

        Assert.Equal(regular.Count, truth.RegularPlaylistCount);
        Assert.Equal(regular.ToDictionary(p => p.Id, p => p.Items.Count), truth.EntriesPerPlaylist);
        Assert.Equal(regular.Sum(p => p.Items.Count), truth.TotalPlaylistEntries);
        Assert.Equal(regular.Sum(p => p.Items.Count) - playlistVideos.Count, truth.DuplicateEntriesWithinPlaylists);
        Assert.Equal(playlistVideos.Distinct().Count(), truth.DistinctVideosInPlaylists);
        Assert.Equal(playlistVideos.GroupBy(v => v).Count(g => g.Count() >= 2), truth.VideosInTwoOrMorePlaylists);
        Assert.Equal(account.WatchLater.Count, truth.WatchLaterCount);
        Assert.Equal(playlistVideos.Concat(account.WatchLater.Select(w => w.VideoId)).Distinct().Count(unavailable.Contains),
            truth.DistinctUnavailableVideos);
        Assert.Equal(account.Playlists.Where(p => p.Id[..2] is "LL" or "FL" or "UU").Select(p => p.Id), truth.SystemPlaylistIds);
    }

    [Fact]
    public void Small_preset_is_small()
    {
        var (_, truth) = DemoLibraryGenerator.Generate(DemoLibraryOptions.Small);
        Assert.Equal(10, truth.RegularPlaylistCount);
        Assert.Equal(300, truth.TotalPlaylistEntries);
        Assert.Equal(200, truth.WatchLaterCount);
    }

    [Fact]
    public void Large_preset_has_about_twenty_thousand_distinct_videos()
    {
        var (account, truth) = DemoLibraryGenerator.Generate(DemoLibraryOptions.Large);
        var referenced = account.Playlists.SelectMany(p => p.Items).Select(i => i.VideoId)
            .Concat(account.WatchLater.Select(w => w.VideoId)).Distinct().Count();
        output.WriteLine($"distinct referenced videos: {referenced}, in playlists {truth.DistinctVideosInPlaylists}");
        Assert.InRange(referenced, 18_000, 22_000);
        Assert.All(truth.EntriesPerPlaylist.Values, n => Assert.True(n <= 5_000));
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DemoLibraryGenerator.Generate(DemoLibraryOptions.Small with { OverlapRatio = 1.5 }));
        Assert.Throws<ArgumentException>(() => DemoLibraryGenerator.Generate(DemoLibraryOptions.Small with { TargetPlaylistEntries = 3 }));
    }
}
