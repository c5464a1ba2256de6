using PlaylistOrganizer.Core.Suggestions;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

public class CategorySuggesterTests
{
    [Fact]
    public void A_new_video_of_a_channel_that_only_posts_cooking_is_suggested_as_cooking_even_with_a_title_that_says_nothing()
    {
        var (library, cooking, _, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("Day 1", "Chef Marco");

        var suggestion = library.Build().For(video)!;

        Assert.Equal(cooking, suggestion.Top.CategoryId);
        Assert.True(suggestion.Top.Confidence > 0.5, $"confidence {suggestion.Top.Confidence}");
    }

    [Fact]
    public void A_misleading_title_is_outvoted_by_the_channel_and_the_tags()
    {
        var (library, cooking, gaming, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("Zelda boss speedrun", "Chef Marco", tags: ["recipe", "pasta"]);

        var suggestion = library.Build().For(video)!;

        Assert.Equal(cooking, suggestion.Top.CategoryId);
        Assert.Contains(suggestion.Ranked, r => r.CategoryId == gaming); // the title's topic is still offered lower down
    }

    [Fact]
    public void Words_alone_place_a_video_from_an_unknown_channel()
    {
        var (library, _, _, music, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("Jazz piano live session", "Someone New");

        var suggester = library.Build(withEmbeddings: false);

        Assert.Equal(music, suggester.For(video)!.Top.CategoryId);
    }

    [Fact]
    public void Nearest_labelled_neighbours_explain_a_suggestion()
    {
        var (library, _, gaming, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("zelda speedrun boss", "Someone New");

        var suggester = library.Build();
        var reasons = suggester.Explain(video, gaming);

        Assert.Equal(gaming, suggester.For(video)!.Top.CategoryId);
        Assert.Equal(3, reasons.Nearest.Count);
        Assert.All(reasons.Nearest, n => Assert.Matches("zelda|speedrun|boss", n.Title));
        Assert.Equal(0, reasons.ChannelVideosLabelled);
    }

    [Fact]
    public void A_category_with_no_videos_yet_is_suggested_from_its_title_and_description()
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        var woodworking = library.Category("Woodworking", "workbench, dovetail joints, chisels and saws");
        var video = library.Video("Building a workbench with dovetail joints", "Garage Builds", tags: ["chisels"]);

        var suggestion = library.Build().For(video)!;

        Assert.Equal(woodworking, suggestion.Top.CategoryId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Typed_keywords_place_a_video_in_a_category_with_no_videos_yet(bool withEmbeddings)
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        library.Category("Weekend projects");
        var typed = library.Category("Garage", keywords: "woodworking, dovetail, chisel");
        var video = library.Video("Cutting a dovetail with a chisel", "Shed Makers");

        var suggestion = library.Build(withEmbeddings).For(video)!;

        Assert.True(suggestion.Top.CategoryId == typed, string.Join(", ", suggestion.Ranked.Select(r => $"{r.Title} {r.Confidence}")));
    }

    [Fact]
    public void Accepting_a_suggestion_teaches_the_rest_at_once()
    {
        var (library, _, gaming, _, _) = HandMadeLibrary.FourTopics();
        var first = library.Video("My new thing", "Mystery Channel");
        var second = library.Video("Another new thing", "Mystery Channel");
        var suggester = library.Build();

        suggester.Accept(first, [gaming]);

        Assert.Null(suggester.For(first));
        Assert.Equal(gaming, suggester.For(second)!.Top.CategoryId);
        Assert.Equal(1, suggester.Explain(second, gaming).ChannelVideosInCategory);
    }

    [Fact]
    public void A_rejection_shows_the_next_category_and_that_category_is_not_suggested_again()
    {
        var (library, cooking, _, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("pasta recipe", "Chef Marco");
        var suggester = library.Build();
        var next = suggester.For(video)!.Ranked[1].CategoryId;

        suggester.Reject(video, cooking);

        Assert.Equal(next, suggester.For(video)!.Top.CategoryId);
        Assert.DoesNotContain(suggester.For(video)!.Ranked, r => r.CategoryId == cooking);
    }

    [Fact]
    public void A_stored_rejection_is_respected_when_the_suggestions_are_computed_again()
    {
        var (library, cooking, _, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("pasta recipe", "Chef Marco");
        library.Reject(video, cooking);

        Assert.NotEqual(cooking, library.Build().For(video)!.Top.CategoryId);
    }

    [Fact]
    public void A_second_category_is_offered_when_the_video_is_about_both()
    {
        var (library, _, _, music, fitness) = HandMadeLibrary.FourTopics();
        for (var i = 0; i < 10; i++) library.Video($"workout beats mix {i}", "Gym Beats", ["workout", "beats"], categories: [music, fitness]);
        var video = library.Video("workout beats mix", "Gym Beats");

        var suggestion = library.Build().For(video)!;

        Assert.True(suggestion.SecondIsClose, string.Join(", ", suggestion.Ranked.Select(r => $"{r.Title} {r.Confidence}")));
        Assert.Equal([music, fitness], suggestion.Ranked.Take(2).Select(r => r.CategoryId).Order());
    }

    [Fact]
    public void Watch_Later_videos_come_first()
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        var sure = library.Video("pasta risotto recipe", "Chef Marco");
        var later = library.Video("Day 1", "Someone New", watchLater: true);

        var order = library.Build().Suggestions.Select(s => s.VideoId).ToList();

        Assert.Equal([later, sure], order);
    }

    [Fact]
    public void An_empty_library_gives_no_suggestions_and_no_error()
    {
        var suggester = CategorySuggester.Build(new SuggestionInput([], [], new Dictionary<string, IReadOnlyList<long>>(), new HashSet<(string, long)>()));

        Assert.Empty(suggester.Suggestions);
        Assert.False(suggester.IsCalibrated);
    }

    [Fact]
    public void Categories_with_no_videos_and_no_description_give_low_uncalibrated_confidences()
    {
        var library = new HandMadeLibrary();
        library.Category("A");
        library.Category("B");
        library.Video("something to watch", "Channel");

        var suggester = library.Build();

        Assert.False(suggester.IsCalibrated);
        Assert.All(suggester.Suggestions.SelectMany(s => s.Ranked), r => Assert.True(r.Confidence <= 0.5, $"{r.Title} {r.Confidence}"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_video_on_a_topic_placed_in_no_category_gets_a_low_confidence(bool withEmbeddings)
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        var gardening = library.Video("Pruning roses and planting tulip bulbs", "Green Thumb", tags: ["garden", "flowers"]);
        var cooking = library.Video("Easy soup and bread recipe", "Someone New", tags: ["recipe"]);

        var suggester = library.Build(withEmbeddings);

        var (placedNowhere, placed) = (suggester.For(gardening)!.Top, suggester.For(cooking)!.Top);
        var said = $"gardening: {placedNowhere.Title} {placedNowhere.Confidence}, cooking: {placed.Title} {placed.Confidence}";
        Assert.True(placedNowhere.Confidence < 0.5, said);
        Assert.True(placed.Confidence > placedNowhere.Confidence + 0.25, said);
    }

    [Fact]
    public void An_accept_rescores_the_videos_whose_nearest_labelled_neighbour_it_becomes()
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        var first = library.Video("dovetail chisel workbench", "Garage Builds");
        var second = library.Video("dovetail chisel workbench joints", "Shed Makers");
        var suggester = library.Build();
        var unlikely = suggester.For(second)!.Ranked[^1].CategoryId;

        suggester.Accept(first, [unlikely]);

        Assert.Equal(unlikely, suggester.For(second)!.Top.CategoryId);
    }

    [Fact]
    public void A_title_in_a_script_nothing_was_learned_from_gets_a_low_confidence()
    {
        var (library, _, _, _, _) = HandMadeLibrary.FourTopics();
        var video = library.Video("ქართული სიმღერა", "უცნობი არხი");

        var suggestion = library.Build().For(video)!;

        Assert.True(suggestion.Top.Confidence < 0.6, $"confidence {suggestion.Top.Confidence}");
    }
}
