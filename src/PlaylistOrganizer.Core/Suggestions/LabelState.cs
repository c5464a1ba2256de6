namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>What the labelled videos teach: per-channel category counts, word counts, category centroids and sizes.</summary>
/// <remarks>Grows one video at a time (<see cref="Add"/>), which is how an accepted suggestion updates the rest at once.</remarks>
internal sealed class LabelState
{
    private readonly Dictionary<string, double[]> _channels = new(StringComparer.Ordinal);
    private readonly float[]?[] _centroidSums;
    private readonly int _categoryCount;

    public LabelState(int categoryCount, int dimensions)
    {
        _categoryCount = categoryCount;
        Words = new WordModel(categoryCount);
        Sizes = new double[categoryCount];
        _centroidSums = new float[]?[categoryCount];
        Dimensions = dimensions;
    }

    public WordModel Words { get; }
    /// <summary>Labelled videos per category.</summary>
    public double[] Sizes { get; }
    public int Dimensions { get; }
    public double Total { get; private set; }

    public void Add(string? channelId, IReadOnlyCollection<string> words, float[]? embedding, IReadOnlyCollection<int> categories)
    {
        if (categories.Count == 0) return;
        Total++;
        Words.Add(words, categories);
        if (channelId is not null)
        {
            if (!_channels.TryGetValue(channelId, out var row)) _channels[channelId] = row = new double[_categoryCount];
            foreach (var c in categories) row[c]++;
        }
        foreach (var c in categories)
        {
            Sizes[c]++;
            if (embedding is null) continue;
            var sum = _centroidSums[c] ??= new float[embedding.Length];
            for (var i = 0; i < sum.Length; i++) sum[i] += embedding[i];
        }
    }

    /// <summary>Category counts of the channel's labelled videos (null: none labelled).</summary>
    public double[]? Channel(string? channelId) => channelId is not null && _channels.TryGetValue(channelId, out var row) ? row : null;

    /// <summary>The unit-length mean embedding of the category's labelled videos (null: none, or no model).</summary>
    public float[]? Centroid(int category) => _centroidSums[category] is { } sum ? Vectors.Normalized(sum) : null;
}
