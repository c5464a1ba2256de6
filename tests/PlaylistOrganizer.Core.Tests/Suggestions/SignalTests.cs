using PlaylistOrganizer.Core.Suggestions;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

public class SignalTests
{
    [Fact]
    public void The_word_model_prefers_the_category_whose_videos_share_the_words()
    {
        var words = new WordModel(2);
        words.Add(["pasta", "recipe"], [0]);
        words.Add(["bread", "recipe"], [0]);
        words.Add(["zelda", "boss"], [1]);

        var posterior = words.LogPosterior(["recipe", "soup"]);

        Assert.True(posterior[0] > posterior[1]);
        Assert.Equal(1, Math.Exp(posterior[0]) + Math.Exp(posterior[1]), 6);
    }

    [Fact]
    public void The_word_model_says_nothing_for_a_category_without_videos()
    {
        var words = new WordModel(2);
        words.Add(["pasta"], [0]);

        Assert.True(double.IsNaN(words.LogPosterior(["pasta"])[1]));
    }

    [Fact]
    public void Neighbours_keep_only_the_most_similar_best_first()
    {
        var list = new Neighbours(2);
        list.Offer(0.2f, 1);
        list.Offer(0.9f, 2);
        list.Offer(0.5f, 3);
        list.Offer(0.1f, 4);

        Assert.Equal([2, 3], list.Items.Select(n => n.Video));
    }

    [Fact]
    public void Isotonic_calibration_maps_scores_to_the_observed_rate_and_never_decreases()
    {
        var observations = Enumerable.Range(0, 100).Select(i => (Score: 0.3, Correct: i < 30))
            .Concat(Enumerable.Range(0, 100).Select(i => (Score: 0.9, Correct: i < 80)));

        var calibration = IsotonicCalibration.Fit(observations);

        Assert.Equal(0.3, calibration.Apply(0.3), 3);
        Assert.Equal(0.8, calibration.Apply(0.9), 3);
        var curve = Enumerable.Range(0, 101).Select(i => calibration.Apply(i / 100.0)).ToList();
        Assert.Equal(curve.Order(), curve);
    }

    [Fact]
    public void Japanese_titles_share_character_tokens_and_latin_words_are_lower_cased()
    {
        Assert.Equal(["簡", "単", "な", "ラ", "ー", "メ", "ン"], SuggestionText.Tokens("簡単なラーメン"));
        Assert.Equal(["pasta", "recipe"], SuggestionText.Tokens("The PASTA recipe!"));
    }
}
