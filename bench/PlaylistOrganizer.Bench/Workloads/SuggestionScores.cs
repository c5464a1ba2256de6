namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>How good a set of predictions is on held-out videos: top-1, top-3, the precision of the most confident
/// half (what "accept all above the threshold" gives) and the expected calibration error over 10 equal-width bins.</summary>
internal sealed record SuggestionScores(double Top1, double Top3, double ConfidentHalfPrecision, double CalibrationError, int Videos)
{
    /// <param name="predictions">Per held-out video: its ranked category ids with confidences, and its true categories.</param>
    public static SuggestionScores Of(IReadOnlyList<(IReadOnlyList<(long Category, double Confidence)> Ranked, IReadOnlyCollection<long> Truth)> predictions)
    {
        if (predictions.Count == 0) return new SuggestionScores(0, 0, 0, 0, 0);
        var top = predictions.Select(p => (Confidence: p.Ranked.Count > 0 ? p.Ranked[0].Confidence : 0,
            Correct: p.Ranked.Count > 0 && p.Truth.Contains(p.Ranked[0].Category))).ToList();
        var top3 = predictions.Count(p => p.Ranked.Take(3).Any(r => p.Truth.Contains(r.Category)));
        var confident = top.OrderByDescending(t => t.Confidence).Take((top.Count + 1) / 2).ToList();
        var ece = top.GroupBy(t => Math.Min(9, (int)(t.Confidence * 10)))
            .Sum(bin => bin.Count() * Math.Abs(bin.Average(t => t.Confidence) - bin.Average(t => t.Correct ? 1.0 : 0.0))) / top.Count;
        return new SuggestionScores(
            top.Average(t => t.Correct ? 1.0 : 0.0), (double)top3 / predictions.Count,
            confident.Average(t => t.Correct ? 1.0 : 0.0), ece, predictions.Count);
    }
}
