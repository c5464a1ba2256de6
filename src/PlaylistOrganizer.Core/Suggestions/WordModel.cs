namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>Multinomial naive Bayes over the distinct words of each video (binary counts, add-one smoothing).</summary>
/// <remarks>Counts can be added one video at a time, so an accepted suggestion teaches it at once. Not thread-safe.</remarks>
internal sealed class WordModel(int categoryCount)
{
    private readonly Dictionary<string, double[]> _counts = new(StringComparer.Ordinal);
    private readonly double[] _totals = new double[categoryCount];
    private readonly double[] _videos = new double[categoryCount];

    public void Add(IReadOnlyCollection<string> words, IEnumerable<int> categories)
    {
        foreach (var c in categories)
        {
            _videos[c]++;
            _totals[c] += words.Count;
            foreach (var w in words)
            {
                if (!_counts.TryGetValue(w, out var row)) _counts[w] = row = new double[categoryCount];
                row[c]++;
            }
        }
    }

    public double VideosIn(int category) => _videos[category];

    /// <summary>The share of the words that some labelled video had (0 for no words): low for a topic never placed.</summary>
    public double KnownShare(IReadOnlyCollection<string> words) =>
        words.Count == 0 ? 0 : words.Count(_counts.ContainsKey) / (double)words.Count;

    /// <summary>log P(c | words) for every category with videos (normalised over them); NaN for categories without.</summary>
    public double[] LogPosterior(IReadOnlyCollection<string> words)
    {
        var vocabulary = _counts.Count + 1.0;
        var total = _videos.Sum();
        var scores = new double[categoryCount];
        var max = double.NegativeInfinity;
        for (var c = 0; c < categoryCount; c++)
        {
            if (_videos[c] == 0) { scores[c] = double.NaN; continue; }
            var s = Math.Log(_videos[c] / total);
            var denominator = Math.Log(_totals[c] + vocabulary);
            foreach (var w in words)
            {
                var n = _counts.TryGetValue(w, out var row) ? row[c] : 0;
                s += Math.Log(n + 1) - denominator;
            }
            scores[c] = s;
            if (s > max) max = s;
        }
        var sum = 0.0;
        for (var c = 0; c < categoryCount; c++) if (!double.IsNaN(scores[c])) sum += Math.Exp(scores[c] - max);
        var log = max + Math.Log(sum);
        for (var c = 0; c < categoryCount; c++) if (!double.IsNaN(scores[c])) scores[c] -= log;
        return scores;
    }
}
