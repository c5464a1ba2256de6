namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>Where a computation is: a stage and, for long stages, counts.</summary>
public sealed record SuggestionProgress(string Stage, int Done, int Total)
{
    public double Fraction => Total == 0 ? 0 : Math.Clamp((double)Done / Total, 0, 1);
}

/// <summary>
/// Ranks the categories for every video in no category, learned from the videos the user already put in categories:
/// what their channel's videos are in, the nearest labelled videos (sentence embeddings), their words (naive Bayes),
/// the category centroids, and for categories with no videos yet their title and description (zero-shot).
/// </summary>
/// <remarks>
/// <para>Building runs cross-validation on the labelled videos (5 folds over at most 3,000 of them; each fold also hides
/// one category so the zero-shot weights are learned too, and with 8 categories or more leaves out another one
/// altogether, so that "none of them" is learned for a video on a topic the user placed nowhere), trains the <see cref="Combiner"/> on those held-out
/// videos and fits an <see cref="IsotonicCalibration"/> to them, one for videos whose channel has placed videos and
/// one for the others: a confidence is the share of held-out suggestions at that score that were right. With no labelled videos nothing can be calibrated and confidences are halved and capped.</para>
/// <para><see cref="Accept"/> and <see cref="Reject"/> update the counts, neighbours and rankings in place (milliseconds),
/// keeping the trained weights and calibration: an accept rescores the videos it changes (same channel, or now one of
/// their nearest labelled neighbours). Not thread-safe: the owner serialises calls.</para>
/// </remarks>
public sealed class CategorySuggester
{
    private const int NeighbourCount = 10;
    private const int NeighbourPool = 40;
    private const int Folds = 5;
    private const int MaxCalibrationVideos = 3_000;
    private const int Shown = 3;
    /// <summary>Categories (of 5 videos or more) needed to leave one out per fold: with fewer, leaving out one of them
    /// (and hiding another) takes away too much of what the folds learn from (measured on a library of four).</summary>
    private const int MinForUnplaced = 8;
    /// <summary>Held-out videos a calibration stratum needs; with fewer, the pooled curve is used.</summary>
    private const int MinStratum = 50;

    private readonly SuggestionVideo[] _videos;
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<SuggestionCategory> _categories;
    private readonly Dictionary<long, int> _categoryIndex;
    private readonly HashSet<string>[] _words;
    private readonly HashSet<string>[] _categoryWords;
    private readonly float[]?[] _vectors;
    private readonly List<int>[] _labels;
    private readonly List<int> _labelled;
    private readonly List<int> _candidates;
    private readonly Dictionary<int, HashSet<int>> _rejected = [];
    private readonly Dictionary<int, Neighbours> _neighbours = [];
    private readonly LabelState _state;
    private readonly Combiner _combiner;
    /// <summary>One calibration for videos whose channel has placed videos, one for the others: a video from a channel
    /// never seen is right less often at the same score, and one pooled curve would overstate it.</summary>
    private readonly IsotonicCalibration _calibration;
    private readonly IsotonicCalibration _calibrationUnknownChannel;
    private Dictionary<string, VideoSuggestion> _suggestions = new(StringComparer.Ordinal);

    private CategorySuggester(SuggestionInput input, IProgress<SuggestionProgress>? progress, CancellationToken ct)
    {
        _videos = [.. input.Videos];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _videos.Length; i++) _index[_videos[i].Id] = i;
        _categories = input.Categories;
        _categoryIndex = _categories.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        _words = _videos.Select(WordsOf).ToArray();
        // The title's words and the typed keywords: what the user says the category is about.
        _categoryWords = _categories.Select(c => SuggestionText.Tokens($"{c.Title} {c.Keywords}").ToHashSet(StringComparer.Ordinal)).ToArray();
        _vectors = _videos.Select(v => v.Embedding).ToArray();
        _labels = _videos.Select(v => input.Labels.TryGetValue(v.Id, out var ids)
            ? ids.Where(_categoryIndex.ContainsKey).Select(id => _categoryIndex[id]).Distinct().ToList() : []).ToArray();
        _labelled = Enumerable.Range(0, _videos.Length).Where(i => _labels[i].Count > 0).ToList();
        _candidates = Enumerable.Range(0, _videos.Length).Where(i => _labels[i].Count == 0).ToList();
        foreach (var (videoId, categoryId) in input.Rejections)
        {
            if (_index.TryGetValue(videoId, out var v) && _categoryIndex.TryGetValue(categoryId, out var c)) RejectedOf(v).Add(c);
        }

        progress?.Report(new SuggestionProgress("Learning from your categories", 0, Folds));
        (_combiner, _calibration, _calibrationUnknownChannel, HeldOut) = Learn(progress, ct);

        progress?.Report(new SuggestionProgress("Finding similar videos", 0, 1));
        _state = StateOf(_labelled, hidden: new HashSet<int>());
        var found = Neighbours.Search(_candidates, _labelled, _vectors, NeighbourCount, ct);
        for (var i = 0; i < _candidates.Count; i++) _neighbours[_candidates[i]] = found[i];
        Rescore(_candidates, ct);
    }

    /// <summary>Learns from the input and ranks every video in no category. Long: run it in the background.</summary>
    public static CategorySuggester Build(SuggestionInput input, IProgress<SuggestionProgress>? progress = null, CancellationToken ct = default) =>
        new(input, progress, ct);

    /// <summary>How the cross-validation went: the held-out videos' top categories and whether they were right.</summary>
    public HeldOutResult HeldOut { get; }

    /// <summary>Whether confidences are calibrated (there were enough labelled videos to hold some out).</summary>
    public bool IsCalibrated => !ReferenceEquals(_calibration, IsotonicCalibration.Uncalibrated);

    /// <summary>Feature names and learned weights, for the bench and for curious users.</summary>
    public IReadOnlyList<(string Feature, double Weight)> Weights => Features.Names.Zip(_combiner.Weights).ToList();

    /// <summary>Every video in no category that has a suggestion left, Watch Later first, then by confidence.</summary>
    public IReadOnlyList<VideoSuggestion> Suggestions => _suggestions.Values
        .OrderByDescending(s => s.InWatchLater).ThenByDescending(s => s.Top.Confidence).ThenBy(s => s.VideoId, StringComparer.Ordinal).ToList();

    public VideoSuggestion? For(string videoId) => _suggestions.GetValueOrDefault(videoId);

    /// <summary>The video is now in these categories: it teaches the rest at once (channel, words, neighbours).</summary>
    public void Accept(string videoId, IReadOnlyCollection<long> categoryIds) => AcceptMany([(videoId, categoryIds)]);

    /// <summary>Several videos are now in categories (accept all above a threshold): one rescoring for all of them.</summary>
    public void AcceptMany(IReadOnlyCollection<(string VideoId, IReadOnlyCollection<long> CategoryIds)> accepted)
    {
        var added = new List<int>();
        foreach (var (videoId, categoryIds) in accepted)
        {
            if (!_index.TryGetValue(videoId, out var v)) continue;
            var cats = categoryIds.Where(_categoryIndex.ContainsKey).Select(id => _categoryIndex[id]).Except(_labels[v]).ToList();
            if (cats.Count == 0) continue;
            var wasCandidate = _labels[v].Count == 0;
            _labels[v].AddRange(cats);
            _state.Add(_videos[v].ChannelId, _words[v], _vectors[v], cats);
            if (!wasCandidate) continue;
            _labelled.Add(v);
            _neighbours.Remove(v);
            _suggestions.Remove(videoId);
            added.Add(v);
        }
        if (added.Count == 0) return;
        var gone = added.ToHashSet();
        _candidates.RemoveAll(gone.Contains);
        var channels = added.Select(v => _videos[v].ChannelId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var affected = new bool[_candidates.Count];
        Parallel.For(0, _candidates.Count, i =>
        {
            var u = _candidates[i];
            affected[i] = _videos[u].ChannelId is { } channel && channels.Contains(channel);
            if (_vectors[u] is not { } vector) return;
            var list = _neighbours[u];
            foreach (var v in added)
            {
                if (_vectors[v] is { } other && list.Offer(Vectors.Dot(vector, other), v)) affected[i] = true;
            }
        });
        // Only the videos the accepted ones now speak for are scored again: those that took one in as a nearest
        // neighbour and those of the same channel. For the others one more labelled video only nudges the word counts
        // and category sizes; their scores catch up at the next computation. This keeps an accept in milliseconds on a
        // library of 20,000 videos (rescoring them all took 3.5 s).
        Rescore(_candidates.Where((_, i) => affected[i]).ToList(), CancellationToken.None);
    }

    /// <summary>Not this category for this video: its next category takes its place (if any is left).</summary>
    public void Reject(string videoId, long categoryId)
    {
        if (!_index.TryGetValue(videoId, out var v) || !_categoryIndex.TryGetValue(categoryId, out var c)) return;
        RejectedOf(v).Add(c);
        if (_labels[v].Count == 0) Rescore([v], CancellationToken.None);
    }

    /// <summary>The labelled videos most like this one in the category, and what its channel's labelled videos are in.</summary>
    public SuggestionReasons Explain(string videoId, long categoryId)
    {
        if (!_index.TryGetValue(videoId, out var v) || !_categoryIndex.TryGetValue(categoryId, out var c))
            return new SuggestionReasons([], 0, 0, null);
        var video = _videos[v];
        var nearest = new Neighbours(3);
        if (_vectors[v] is { } vector)
        {
            foreach (var l in _labelled)
            {
                if (_labels[l].Contains(c) && _vectors[l] is { } other) nearest.Offer(Vectors.Dot(vector, other), l);
            }
        }
        var sameChannel = video.ChannelId is null ? [] : _labelled.Where(l => _videos[l].ChannelId == video.ChannelId).ToList();
        return new SuggestionReasons(
            nearest.Items.Select(n => new SuggestionReasons.Neighbour(_videos[n.Video].Id, _videos[n.Video].Title, n.Similarity)).ToList(),
            sameChannel.Count(l => _labels[l].Contains(c)), sameChannel.Count, video.ChannelTitle);
    }

    private HashSet<int> RejectedOf(int video) => _rejected.TryGetValue(video, out var set) ? set : _rejected[video] = [];

    private static HashSet<string> WordsOf(SuggestionVideo v)
    {
        var words = SuggestionText.Tokens(v.Title);
        words.AddRange(SuggestionText.Tokens(v.ChannelTitle));
        foreach (var tag in v.Tags) words.AddRange(SuggestionText.Tokens(tag));
        words.AddRange(SuggestionText.Tokens(v.Description));
        if (v.ChannelId is not null) words.Add("channel:" + v.ChannelId);
        if (v.YouTubeCategoryId is not null) words.Add("youtube-category:" + v.YouTubeCategoryId);
        return words.ToHashSet(StringComparer.Ordinal);
    }

    private LabelState StateOf(IEnumerable<int> videos, IReadOnlySet<int> hidden)
    {
        var state = new LabelState(_categories.Count, _vectors.FirstOrDefault(v => v is not null)?.Length ?? 0);
        foreach (var v in videos)
        {
            if (_labels[v].Any(hidden.Contains)) continue;
            state.Add(_videos[v].ChannelId, _words[v], _vectors[v], _labels[v]);
        }
        return state;
    }

    private (Combiner, IsotonicCalibration, IsotonicCalibration, HeldOutResult) Learn(IProgress<SuggestionProgress>? progress, CancellationToken ct)
    {
        if (_labelled.Count < Folds * 4 || _categories.Count < 2)
            return (new Combiner(Features.InitialWeights()), IsotonicCalibration.Uncalibrated, IsotonicCalibration.Uncalibrated, new HeldOutResult([]));
        var sample = _labelled.OrderBy(i => StableHash(_videos[i].Id)).Take(MaxCalibrationVideos).ToList();
        var pool = Neighbours.Search(sample, _labelled, _vectors, NeighbourPool, ct);
        var hideable = Enumerable.Range(0, _categories.Count).Where(c => _labelled.Count(l => _labels[l].Contains(c)) >= 5).ToList();
        var samples = new List<(double[][] Features, IReadOnlyList<int> Truth)>();
        var knownChannel = new List<bool>();
        for (var fold = 0; fold < Folds; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var heldOut = Enumerable.Range(0, sample.Count).Where(i => i % Folds == fold).ToList();
            var heldOutSet = heldOut.Select(i => sample[i]).ToHashSet();
            // Hiding one category per fold teaches the weights of "a category with no videos yet" (zero-shot).
            // Leaving out another one altogether teaches "none of them": its held-out videos have no right answer
            // among the categories left, as a Watch Later video on a topic the user never placed.
            var zeroShot = hideable.Count >= 4 ? hideable[(fold * 7 + 3) % hideable.Count] : -1;
            var unplaced = hideable.Count >= MinForUnplaced ? hideable[(fold * 7 + 4) % hideable.Count] : -1;
            IReadOnlySet<int> hidden = new HashSet<int> { zeroShot, unplaced };
            var state = StateOf(_labelled.Where(l => !heldOutSet.Contains(l)), hidden);
            var context = new Features.Context(state, _categories, _categoryWords, hidden);
            bool InTraining(int l) => !heldOutSet.Contains(l) && !_labels[l].Any(hidden.Contains);
            foreach (var i in heldOut)
            {
                var v = sample[i];
                var features = Features.Of(context, _videos[v], _words[v], pool[i].Where(InTraining, NeighbourCount), l => _labels[l]);
                samples.Add(WithoutCategory(features, _labels[v], unplaced));
                knownChannel.Add(state.Channel(_videos[v].ChannelId) is not null);
            }
            progress?.Report(new SuggestionProgress("Learning from your categories", fold + 1, Folds));
        }
        var combiner = Combiner.Train(samples);
        // Calibrated on the held-out videos that have a right answer among the categories. The left-out category's
        // videos taught the combiner to give "none" its share (so such videos already score low); counting them here
        // too would add as many always-wrong suggestions as that simulation makes, which says nothing about this
        // library, and would pull every middle score down.
        var outcomes = new List<HeldOutResult.Outcome>();
        var answered = new List<bool>();
        for (var i = 0; i < samples.Count; i++)
        {
            var (features, truth) = samples[i];
            var none = features.Length - 1;
            if (truth.Contains(none)) continue;
            var p = combiner.Probabilities(features);
            var ranked = Enumerable.Range(0, none).OrderByDescending(c => p[c]).Take(Shown).ToList();
            outcomes.Add(new HeldOutResult.Outcome(ranked.Select(c => p[c]).ToList(), ranked.Select(truth.Contains).ToList()));
            answered.Add(knownChannel[i]);
        }
        knownChannel = answered;
        IsotonicCalibration FitOn(Func<int, bool> which)
        {
            var chosen = Enumerable.Range(0, outcomes.Count).Where(which).ToList();
            return chosen.Count < MinStratum ? IsotonicCalibration.Fit(outcomes.SelectMany(o => o.Scores.Zip(o.Correct)))
                : IsotonicCalibration.Fit(chosen.SelectMany(i => outcomes[i].Scores.Zip(outcomes[i].Correct)));
        }
        var known = FitOn(i => knownChannel[i]);
        var unknown = FitOn(i => !knownChannel[i]);
        var calibrated = outcomes.Select((o, i) => o with { Scores = o.Scores.Select((knownChannel[i] ? known : unknown).Apply).ToList() }).ToList();
        return (combiner, known, unknown, new HeldOutResult(calibrated));
    }

    /// <summary>A held-out video's rows with one category taken out (as if the user had never made it), and its true
    /// rows renumbered; a video only in that category is rightly "none" (the last row).</summary>
    private static (double[][] Features, IReadOnlyList<int> Truth) WithoutCategory(double[][] features, IReadOnlyList<int> truth, int category)
    {
        if (category < 0) return (features, truth);
        var rows = features.Where((_, c) => c != category).ToArray();
        var renumbered = truth.Where(t => t != category).Select(t => t > category ? t - 1 : t).ToList();
        return (rows, renumbered.Count > 0 ? renumbered : [rows.Length - 1]);
    }

    private void Rescore(IReadOnlyList<int> videos, CancellationToken ct)
    {
        var context = new Features.Context(_state, _categories, _categoryWords, new HashSet<int>());
        var results = new VideoSuggestion?[videos.Count];
        Parallel.For(0, videos.Count, new ParallelOptions { CancellationToken = ct }, i => results[i] = Score(context, videos[i]));
        var next = ReferenceEquals(videos, _candidates) ? new Dictionary<string, VideoSuggestion>(StringComparer.Ordinal) : _suggestions;
        for (var i = 0; i < videos.Count; i++)
        {
            var id = _videos[videos[i]].Id;
            if (results[i] is { } s) next[id] = s;
            else next.Remove(id);
        }
        _suggestions = next;
    }

    private VideoSuggestion? Score(Features.Context context, int v)
    {
        if (_categories.Count == 0) return null;
        var rejected = _rejected.GetValueOrDefault(v);
        if (rejected is not null && rejected.Count >= _categories.Count) return null;
        var features = Features.Of(context, _videos[v], _words[v], _neighbours.GetValueOrDefault(v), l => _labels[l]);
        var p = _combiner.Probabilities(features, rejected);
        var ranked = Enumerable.Range(0, _categories.Count).Where(c => rejected?.Contains(c) != true)
            .OrderByDescending(c => p[c]).ThenBy(c => c).Take(Shown).ToList();
        var video = _videos[v];
        var calibration = context.State.Channel(_videos[v].ChannelId) is not null ? _calibration : _calibrationUnknownChannel;
        var shown = ranked.Select(c => new RankedCategory(_categories[c].Id, _categories[c].Title, Math.Round(calibration.Apply(p[c]), 4))).ToList();
        // Offered too when it is right at least one time in four: a video may be in several categories.
        var secondIsClose = shown.Count > 1 && shown[1].Confidence >= 0.25;
        return new VideoSuggestion(video.Id, video.Title, video.ChannelTitle, video.InWatchLater, shown, secondIsClose);
    }

    /// <summary>Deterministic order for sampling (string.GetHashCode is randomised per process).</summary>
    private static uint StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var ch in s) h = (h ^ ch) * 16777619u;
        return h;
    }
}

/// <summary>The held-out videos of the cross-validation: calibrated scores of their top categories and whether each was right.</summary>
public sealed record HeldOutResult(IReadOnlyList<HeldOutResult.Outcome> Outcomes)
{
    public sealed record Outcome(IReadOnlyList<double> Scores, IReadOnlyList<bool> Correct);
}
