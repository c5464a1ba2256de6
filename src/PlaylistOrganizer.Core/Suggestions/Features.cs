namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>
/// The evidence for one (video, category) pair, as numbers the combiner weighs. The "lift" features are log-ratios
/// against the category's share, so 0 means "this signal says nothing" (a channel never seen, no neighbours).
/// Categories with no labelled videos get their own slots: only their title and description speak for them.
/// One more row than there are categories, <see cref="None"/>: "none of them", a video whose topic the user placed
/// nowhere. It takes probability from every category when nothing about the video was seen before (an unknown
/// channel, words no labelled video had, no close neighbour), so such a video gets a low confidence.
/// </summary>
internal static class Features
{
    public const int Count = 14;
    public const int ChannelLift = 0, NeighbourLift = 1, WordLift = 2, Centroid = 3, Prototype = 4, LogShare = 5,
        Empty = 6, EmptyPrototype = 7, TitleWords = 8, EmptyTitleWords = 9, NoneBias = 10, NoneSimilarity = 11, NoneUnknownWords = 12, NoneUnknownChannel = 13;

    public static readonly string[] Names =
        ["channel", "neighbours", "words", "centroid", "prototype", "share", "empty", "empty-prototype", "title-words", "empty-title-words",
         "none", "none-nearest-similarity", "none-unknown-words", "none-unknown-channel"];

    /// <summary>Weights to start training from: the three label signals counted once each, "none" unlikely.</summary>
    public static double[] InitialWeights() => [1, 1, 0.5, 0, 0, 1, -2, 5, 1, 3, -2, 0, 0, 0];

    /// <summary>The least weight training may give a feature. What the user typed for a category with no videos yet
    /// (title, description, keywords) always speaks for it: the folds learn these weights from the library's other
    /// category titles, which often share no word with their videos ("Music" with jazz and guitar videos) and would
    /// teach the model to ignore, or even hold against, words typed on purpose.</summary>
    public static double MinimumWeight(int feature) => feature is EmptyPrototype or EmptyTitleWords ? 2 : double.NegativeInfinity;

    /// <summary>The row of "none of the categories" in <see cref="Of"/>'s result: after the categories.</summary>
    public static int None(int categoryCount) => categoryCount;

    /// <summary>The per-pass values that do not depend on the video.</summary>
    public sealed class Context
    {
        public Context(LabelState state, IReadOnlyList<SuggestionCategory> categories, IReadOnlyList<HashSet<string>> categoryWords, IReadOnlySet<int> hidden)
        {
            State = state;
            Categories = categories;
            CategoryWords = categoryWords;
            Hidden = hidden;
            Centroids = Enumerable.Range(0, categories.Count).Select(c => hidden.Contains(c) ? null : state.Centroid(c)).ToArray();
            var known = Enumerable.Range(0, categories.Count).Count(c => !IsEmpty(c));
            Shares = Enumerable.Range(0, categories.Count).Select(c => (state.Sizes[c] + 1) / (state.Total + known)).ToArray();
        }

        public LabelState State { get; }
        public IReadOnlyList<SuggestionCategory> Categories { get; }
        public IReadOnlyList<HashSet<string>> CategoryWords { get; }
        /// <summary>Categories treated as having no videos (cross-validation hides some to learn the zero-shot weights).</summary>
        public IReadOnlySet<int> Hidden { get; }
        public float[]?[] Centroids { get; }
        public double[] Shares { get; }

        public bool IsEmpty(int c) => Hidden.Contains(c) || State.Sizes[c] == 0;
    }

    /// <summary>Features of every category for one video, then of "none" (<see cref="None"/>): [row][feature].</summary>
    public static double[][] Of(Context x, SuggestionVideo video, HashSet<string> words, Neighbours? neighbours, Func<int, IReadOnlyList<int>> labelsOf)
    {
        var categories = x.Categories.Count;
        var result = new double[categories + 1][];
        var none = result[categories] = new double[Count];
        none[NoneBias] = 1;
        none[NoneSimilarity] = neighbours is { Items.Count: > 0 } ? neighbours.Items[0].Similarity : 0;
        none[NoneUnknownWords] = 1 - x.State.Words.KnownShare(words);
        var channel = x.State.Channel(video.ChannelId);
        none[NoneUnknownChannel] = channel is null ? 1 : 0;
        var channelTotal = channel?.Sum() ?? 0;
        var wordPosterior = x.State.Words.LogPosterior(words);

        var votes = new double[categories];
        var voteTotal = 0.0;
        if (neighbours is not null)
        {
            foreach (var (similarity, other) in neighbours.Items)
            {
                var weight = Math.Exp((similarity - 1) / 0.1);
                voteTotal += weight;
                foreach (var c in labelsOf(other)) votes[c] += weight;
            }
        }

        for (var c = 0; c < categories; c++)
        {
            var f = result[c] = new double[Count];
            var titleWords = x.CategoryWords[c].Count == 0 ? 0 : x.CategoryWords[c].Count(words.Contains) / (double)x.CategoryWords[c].Count;
            var prototype = x.Categories[c].Prototype is { } p && video.Embedding is { } e ? Vectors.Dot(e, p) : 0;
            if (x.IsEmpty(c))
            {
                f[Empty] = 1;
                f[EmptyPrototype] = prototype;
                f[EmptyTitleWords] = titleWords;
                continue;
            }
            var share = x.Shares[c];
            const double channelPrior = 2, neighbourPrior = 0.5;
            if (channel is not null) f[ChannelLift] = Math.Log((channel[c] + channelPrior * share) / (channelTotal + channelPrior)) - Math.Log(share);
            if (voteTotal > 0) f[NeighbourLift] = Math.Log((votes[c] + neighbourPrior * share) / (voteTotal + neighbourPrior)) - Math.Log(share);
            if (!double.IsNaN(wordPosterior[c])) f[WordLift] = Math.Clamp(wordPosterior[c] - Math.Log(share), -30, 30);
            if (x.Centroids[c] is { } centroid && video.Embedding is { } v) f[Centroid] = Vectors.Dot(v, centroid);
            f[Prototype] = prototype;
            f[LogShare] = Math.Log(share);
            f[TitleWords] = titleWords;
        }
        return result;
    }
}
