using PlaylistOrganizer.Core.Suggestions;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

/// <summary>Builds small suggestion inputs by hand: categories, labelled videos and videos to suggest for.</summary>
internal sealed class HandMadeLibrary
{
    private static readonly WordHashEmbedder Embedder = new();
    private readonly List<SuggestionVideo> _videos = [];
    private readonly List<SuggestionCategory> _categories = [];
    private readonly Dictionary<string, IReadOnlyList<long>> _labels = [];
    private readonly HashSet<(string, long)> _rejections = [];
    private int _next;

    public long Category(string title, string description = "", string keywords = "")
    {
        var id = _categories.Count + 1;
        _categories.Add(new SuggestionCategory(id, title, description) { Keywords = keywords });
        return id;
    }

    /// <summary>Adds a video; labelled when <paramref name="categories"/> are given.</summary>
    public string Video(string title, string channel, string[]? tags = null, string? description = null, bool watchLater = false, params long[] categories)
    {
        var id = $"v{_next++:D10}";
        _videos.Add(new SuggestionVideo(id, title, "UC-" + channel, channel, tags ?? [], description, null, watchLater));
        if (categories.Length > 0) _labels[id] = categories;
        return id;
    }

    /// <summary><paramref name="count"/> labelled videos of one channel, titles from the words given.</summary>
    public void Videos(int count, string channel, long category, params string[] words)
    {
        for (var i = 0; i < count; i++)
            Video($"{words[i % words.Length]} {words[(i * 7 + 3) % words.Length]} part {i}", channel, [words[(i + 1) % words.Length]], categories: category);
    }

    public void Reject(string videoId, long categoryId) => _rejections.Add((videoId, categoryId));

    public SuggestionInput Input(bool withEmbeddings = true)
    {
        var videos = withEmbeddings
            ? _videos.Select(v => v with { Embedding = Embedder.Embed([SuggestionText.ForEmbedding(v.Title, v.ChannelTitle, v.Tags)], default)[0] }).ToList()
            : _videos;
        var categories = withEmbeddings
            ? _categories.Select(c => c with { Prototype = Embedder.Embed([c.PrototypeText], default)[0] }).ToList()
            : _categories;
        return new SuggestionInput(videos, categories, _labels, _rejections);
    }

    public CategorySuggester Build(bool withEmbeddings = true) => CategorySuggester.Build(Input(withEmbeddings));

    /// <summary>Four labelled topics of 30 videos each, from two channels per topic.</summary>
    public static (HandMadeLibrary Library, long Cooking, long Gaming, long Music, long Fitness) FourTopics()
    {
        var l = new HandMadeLibrary();
        var cooking = l.Category("Cooking");
        var gaming = l.Category("Gaming");
        var music = l.Category("Music");
        var fitness = l.Category("Fitness");
        l.Videos(20, "Chef Marco", cooking, "pasta", "risotto", "bread", "recipe", "soup", "curry");
        l.Videos(10, "Home Bakery", cooking, "cake", "bread", "recipe", "cookies");
        l.Videos(20, "Boss Fights", gaming, "zelda", "boss", "speedrun", "playthrough", "mario", "level");
        l.Videos(10, "Retro Corner", gaming, "nintendo", "retro", "playthrough", "console");
        l.Videos(20, "Jazz Vault", music, "jazz", "piano", "live", "album", "trumpet", "session");
        l.Videos(10, "Guitar Hub", music, "guitar", "chords", "live", "cover");
        l.Videos(20, "Fit at Home", fitness, "workout", "hiit", "yoga", "stretching", "core", "squats");
        l.Videos(10, "Run Club", fitness, "running", "marathon", "workout", "pace");
        return (l, cooking, gaming, music, fitness);
    }
}
