using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

public class GeneratedLibraryCalibrationTests
{
    /// <summary>The upstream demo library, one category per theme; every fifth labelled video held out. Among held-out
    /// videos, each confidence bucket of 30 or more must be right about as often as its confidence says.</summary>
    [Fact]
    public void Confidences_match_the_accuracy_of_held_out_videos_within_a_tenth()
    {
        var demo = DemoLibraryGenerator.Generate(DemoLibraryOptions.Upstream);
        var themes = demo.ThemeOfPlaylist.Values.Distinct().Order().ToList();
        var categories = themes.Select((t, i) => new SuggestionCategory(i + 1, t, "")).ToList();
        var labels = new Dictionary<string, HashSet<long>>();
        foreach (var playlist in demo.Account.Playlists.Where(p => demo.ThemeOfPlaylist.ContainsKey(p.Id)))
        {
            foreach (var item in playlist.Items)
            {
                if (!labels.TryGetValue(item.VideoId, out var set)) labels[item.VideoId] = set = [];
                set.Add(themes.IndexOf(demo.ThemeOfPlaylist[playlist.Id]) + 1);
            }
        }
        var videos = demo.Account.Videos.Where(v => v.Availability is VideoAvailability.Public or VideoAvailability.Unlisted)
            .Select(v => new SuggestionVideo(v.Id, v.Title, v.ChannelId, v.ChannelTitle, v.Tags, v.Description, v.CategoryId, false)).ToList();
        var available = videos.Select(v => v.Id).ToHashSet();
        var heldOut = labels.Where(l => available.Contains(l.Key) && l.Key.Sum(c => c) % 5 == 0)
            .ToDictionary(l => l.Key, l => l.Value);
        var kept = labels.Where(l => !heldOut.ContainsKey(l.Key)).ToDictionary(l => l.Key, l => (IReadOnlyList<long>)l.Value.ToList());

        var suggester = CategorySuggester.Build(new SuggestionInput(videos, categories, kept, new HashSet<(string, long)>()));

        var outcomes = heldOut.Select(h => suggester.For(h.Key)!).Select(s => (s.Top.Confidence, Correct: heldOut[s.VideoId].Contains(s.Top.CategoryId))).ToList();
        Assert.True(outcomes.Count > 100, $"{outcomes.Count} held out");
        foreach (var bucket in outcomes.GroupBy(o => Math.Min(9, (int)(o.Confidence * 10))).Where(b => b.Count() >= 30))
        {
            var accuracy = bucket.Average(o => o.Correct ? 1.0 : 0.0);
            var confidence = bucket.Average(o => o.Confidence);
            Assert.True(Math.Abs(accuracy - confidence) <= 0.1, $"bucket {bucket.Key}: {bucket.Count()} videos, confidence {confidence:0.000}, accuracy {accuracy:0.000}");
        }
    }
}
