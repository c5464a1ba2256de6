namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>Maps a combiner probability to the share of suggestions at that probability that were right on held-out
/// videos (isotonic regression by pool-adjacent-violators, linear between the pooled blocks).</summary>
/// <remarks>Monotone: a higher raw score never gets a lower confidence. With too little held-out data it is <see cref="Uncalibrated"/>.</remarks>
internal sealed class IsotonicCalibration
{
    private readonly double[] _x;
    private readonly double[] _y;

    private IsotonicCalibration(double[] x, double[] y) { _x = x; _y = y; }

    /// <summary>For when nothing could be held out: half the raw score, so nothing looks surer than a coin toss.</summary>
    public static IsotonicCalibration Uncalibrated { get; } = new([0, 1], [0, 0.5]);

    public static IsotonicCalibration Fit(IEnumerable<(double Score, bool Correct)> observations)
    {
        var sorted = observations.OrderBy(o => o.Score).ToList();
        if (sorted.Count < 20) return Uncalibrated;
        // Blocks of (sum of outcomes, count, mean score), merged while a block's rate is above the next one's.
        var blocks = new List<(double Sum, double Count, double ScoreSum)>();
        foreach (var (score, correct) in sorted)
        {
            blocks.Add((correct ? 1 : 0, 1, score));
            while (blocks.Count > 1 && blocks[^2].Sum / blocks[^2].Count >= blocks[^1].Sum / blocks[^1].Count)
            {
                var last = blocks[^1];
                var before = blocks[^2];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (before.Sum + last.Sum, before.Count + last.Count, before.ScoreSum + last.ScoreSum);
            }
        }
        var x = new List<double> { 0 };
        var y = new List<double> { blocks[0].Sum / blocks[0].Count };
        foreach (var b in blocks)
        {
            x.Add(b.ScoreSum / b.Count);
            y.Add(b.Sum / b.Count);
        }
        x.Add(1);
        y.Add(blocks[^1].Sum / blocks[^1].Count);
        return new IsotonicCalibration([.. x], [.. y]);
    }

    public double Apply(double score)
    {
        var i = Array.BinarySearch(_x, score);
        if (i >= 0) return _y[i];
        i = ~i;
        if (i == 0) return _y[0];
        if (i >= _x.Length) return _y[^1];
        var t = (_x[i] - _x[i - 1]) <= 0 ? 1 : (score - _x[i - 1]) / (_x[i] - _x[i - 1]);
        return _y[i - 1] + t * (_y[i] - _y[i - 1]);
    }
}
