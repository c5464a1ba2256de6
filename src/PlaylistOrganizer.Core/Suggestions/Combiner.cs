namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>A conditional logit: one weight per feature, shared by all categories, softmax over the categories.</summary>
/// <remarks>Trained on held-out videos of this very library (cross-validation folds), so it learns how far to trust
/// the channel, the neighbours and the words here. A video in several categories counts as right for any of them.</remarks>
internal sealed class Combiner(double[] weights)
{
    public IReadOnlyList<double> Weights => weights;

    public double[] Probabilities(double[][] features, IReadOnlySet<int>? excluded = null)
    {
        var scores = new double[features.Length];
        var max = double.NegativeInfinity;
        for (var c = 0; c < features.Length; c++)
        {
            if (excluded?.Contains(c) == true) { scores[c] = double.NegativeInfinity; continue; }
            var s = 0.0;
            for (var k = 0; k < weights.Length; k++) s += weights[k] * features[c][k];
            scores[c] = s;
            if (s > max) max = s;
        }
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++) sum += scores[c] = double.IsNegativeInfinity(scores[c]) ? 0 : Math.Exp(scores[c] - max);
        for (var c = 0; c < scores.Length; c++) scores[c] /= sum;
        return scores;
    }

    /// <summary>Maximises the likelihood of the true categories (full-batch gradient ascent with a little L2).</summary>
    public static Combiner Train(IReadOnlyList<(double[][] Features, IReadOnlyList<int> Truth)> samples, int iterations = 300)
    {
        var w = Features.InitialWeights();
        if (samples.Count == 0) return new Combiner(w);
        const double l2 = 0.001;
        var rate = 0.5;
        var m = new double[w.Length];
        var v = new double[w.Length];
        for (var it = 1; it <= iterations; it++)
        {
            var gradient = new double[w.Length];
            var model = new Combiner(w);
            foreach (var (features, truth) in samples)
            {
                var p = model.Probabilities(features);
                var trueMass = truth.Sum(t => p[t]);
                if (trueMass <= 0) continue;
                for (var c = 0; c < features.Length; c++)
                {
                    var target = truth.Contains(c) ? p[c] / trueMass : 0;
                    var delta = target - p[c];
                    if (delta == 0) continue;
                    for (var k = 0; k < w.Length; k++) gradient[k] += delta * features[c][k];
                }
            }
            // Adam steps: the features differ in scale by orders of magnitude.
            for (var k = 0; k < w.Length; k++)
            {
                var g = gradient[k] / samples.Count - l2 * w[k];
                m[k] = 0.9 * m[k] + 0.1 * g;
                v[k] = 0.999 * v[k] + 0.001 * g * g;
                var mHat = m[k] / (1 - Math.Pow(0.9, it));
                var vHat = v[k] / (1 - Math.Pow(0.999, it));
                w[k] = Math.Max(Features.MinimumWeight(k), w[k] + rate * 0.1 * mHat / (Math.Sqrt(vHat) + 1e-8));
            }
        }
        return new Combiner(w);
    }
}
