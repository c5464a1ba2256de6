using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;
using static PlaylistOrganizer.Core.Sync.OperationStatus;

namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>The deletion guard's decisions, from the facts alone: when an original may go, and why it is kept otherwise.</summary>
public sealed class DeletionGuardTests
{
    private static readonly Dictionary<CategoryKey, string> Titles = new() { [new("c1")] = "Music", [new("c2")] = "Cooking", [new("c3")] = "Travel" };

    [Fact]
    public void A_playlist_whose_categorized_videos_are_all_confirmed_in_their_playlists_may_go()
    {
        var facts = Facts([Home("v1", "c1"), Home("v2", "c2")], verified: ["c1", "c2"],
            [Add("c1", "v1", Succeeded), Add("c2", "v2", Succeeded)]);

        Assert.Null(DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void A_playlist_with_no_categorized_video_may_go() =>
        Assert.Null(DeletionGuard.WhyKeep(Facts([], verified: [], [])));

    [Fact]
    public void A_playlist_is_kept_while_a_category_of_its_videos_is_not_verified_and_the_message_names_those_categories()
    {
        var facts = Facts([Home("v1", "c3"), Home("v2", "c2"), Home("v3", "c1")], verified: ["c1"],
            [Add("c3", "v1", Succeeded), Add("c2", "v2", Succeeded), Add("c1", "v3", Succeeded)]);

        Assert.Equal("Kept: some of its videos are not confirmed yet in 'Cooking', 'Travel', so deleting it could lose them.",
            DeletionGuard.WhyKeep(facts));
    }

    [Theory]
    [InlineData(Skipped)]
    [InlineData(Failed)]
    public void A_video_whose_every_add_was_skipped_or_failed_keeps_its_playlist(OperationStatus notAdded)
    {
        var facts = Facts([Home("v1", "c1"), Home("v2", "c1")], verified: ["c1"], [Add("c1", "v1", notAdded), Add("c1", "v2", Succeeded)]);

        Assert.Equal("Kept: v1 could not be added to its category, so deleting it would lose it.", DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void Several_homeless_videos_are_named_in_order()
    {
        var facts = Facts([Home("v2", "c1"), Home("v1", "c1")], verified: ["c1"], [Add("c1", "v2", Skipped), Add("c1", "v1", Skipped)]);

        Assert.Equal("Kept: v1, v2 could not be added to their categories, so deleting it would lose them.", DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void A_video_added_to_one_of_its_categories_has_a_home_even_if_another_add_was_skipped()
    {
        var facts = Facts([Home("v1", "c1"), Home("v1", "c2")], verified: ["c1", "c2"], [Add("c1", "v1", Skipped), Add("c2", "v1", Succeeded)]);

        Assert.Null(DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void A_repair_that_succeeded_after_the_planned_add_was_skipped_gives_the_video_its_home()
    {
        var facts = Facts([Home("v1", "c1")], verified: ["c1"], [Add("c1", "v1", Skipped), Add("c1", "v1", Succeeded)]);

        Assert.Null(DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void An_unavailable_video_holds_nothing_back_since_no_playlist_could_take_it()
    {
        var facts = Facts([Home("v1", "c1")], verified: ["c1"], [Add("c1", "v1", Skipped, YouTubeErrorKind.VideoUnavailable)]);

        Assert.Null(DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void A_video_whose_add_is_still_open_is_not_counted_homeless()
    {
        var facts = Facts([Home("v1", "c1")], verified: ["c1"], [Add("c1", "v1", Pending)]);

        Assert.Null(DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void A_video_the_user_added_during_the_sync_that_no_category_takes_keeps_its_playlist_and_is_named()
    {
        var facts = Facts([Home("v1", "c1")], verified: ["c1"], [Add("c1", "v1", Succeeded)], [New("vNew", "Bread at home")]);

        Assert.Equal("Kept: you added a video to it on YouTube during the sync that no category takes ('Bread at home' (vNew)), so deleting it " +
            "would lose it. Place it in a category and sync again, or delete the playlist yourself.", DeletionGuard.WhyKeep(facts));
    }

    [Fact]
    public void Many_added_videos_are_counted_and_the_first_five_named()
    {
        var added = Enumerable.Range(1, 7).Select(i => New($"v{i}", $"Video {i}")).ToArray();

        var why = DeletionGuard.WhyKeep(Facts([], verified: [], [], added));

        Assert.StartsWith("Kept: you added 7 videos to it on YouTube during the sync", why);
        Assert.Contains("'Video 5' (v5) and 2 more)", why);
    }

    [Fact]
    public void An_unconfirmed_category_is_said_before_added_videos()
    {
        var facts = Facts([Home("v1", "c2")], verified: [], [Add("c2", "v1", Succeeded)], [New("vNew", "Bread")]);

        Assert.StartsWith("Kept: some of its videos are not confirmed yet in 'Cooking'", DeletionGuard.WhyKeep(facts));
    }

    private static DeletionFacts.NewVideo New(string video, string title) => new(new VideoId(video), title);

    private static DeletionFacts.Home Home(string video, string category) => new(new VideoId(video), new CategoryKey(category));

    private static DeletionFacts.Add Add(string category, string video, OperationStatus status, YouTubeErrorKind? kind = null) =>
        new(new CategoryKey(category), new VideoId(video), status, kind);

    private static DeletionFacts Facts(DeletionFacts.Home[] homes, string[] verified, DeletionFacts.Add[] adds, DeletionFacts.NewVideo[]? addedSinceStart = null) =>
        new(homes, verified.Select(k => new CategoryKey(k)).ToHashSet(), Titles, adds, addedSinceStart ?? []);
}
