namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>The most similar labelled videos of one video, best first, kept to a fixed number.</summary>
internal sealed class Neighbours(int capacity)
{
    private readonly List<(float Similarity, int Video)> _items = new(capacity + 1);

    public IReadOnlyList<(float Similarity, int Video)> Items => _items;

    /// <summary>Keeps the video if it is among the most similar so far; true if it was kept.</summary>
    public bool Offer(float similarity, int video)
    {
        if (_items.Count == capacity && similarity <= _items[^1].Similarity) return false;
        // A loop, not FindIndex with a lambda: this runs for every (query, labelled video) pair, and a capturing
        // lambda allocates on every call.
        var at = _items.Count;
        while (at > 0 && _items[at - 1].Similarity < similarity) at--;
        _items.Insert(at, (similarity, video));
        if (_items.Count > capacity) _items.RemoveAt(capacity);
        return true;
    }

    /// <summary>The top <paramref name="take"/> of those <paramref name="allowed"/> (a cross-validation fold's training side).</summary>
    public Neighbours Where(Func<int, bool> allowed, int take)
    {
        var result = new Neighbours(take);
        foreach (var n in _items)
        {
            if (result._items.Count == take) break;
            if (allowed(n.Video)) result._items.Add(n);
        }
        return result;
    }

    /// <summary>Nearest labelled videos of every query among <paramref name="pool"/> (self excluded), on both cores.</summary>
    public static Neighbours[] Search(IReadOnlyList<int> queries, IReadOnlyList<int> pool, float[]?[] vectors, int capacity, CancellationToken ct)
    {
        var result = new Neighbours[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { CancellationToken = ct }, q =>
        {
            var list = new Neighbours(capacity);
            var query = queries[q];
            if (vectors[query] is { } v)
            {
                foreach (var p in pool)
                {
                    if (p == query || vectors[p] is not { } other) continue;
                    list.Offer(Vectors.Dot(v, other), p);
                }
            }
            result[q] = list;
        });
        return result;
    }
}
