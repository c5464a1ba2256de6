namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>The words a theme's uploaders use: tags, description sentences, titles in other languages, and the
/// YouTube category they usually pick.</summary>
internal sealed record DemoThemeText(string YouTubeCategoryId, string[] Tags, string[] Sentences, string[] ForeignTitles);

/// <summary>What a generated video says about itself.</summary>
internal sealed record DemoVideoTextParts(string Title, string Description, IReadOnlyList<string> Tags, string CategoryId);

/// <summary>
/// Writes the title, description, tags and YouTube category of a demo video, with the noise of a real library: a
/// fifth of videos have no tags, some descriptions are empty or only boilerplate, some titles are clickbait that says
/// nothing or borrow another theme's words, and some are in Spanish, German or Japanese.
/// </summary>
/// <remarks>Draws from its own <see cref="Random"/> so that the library's shape (playlists, entries, Watch Later,
/// availability: everything <see cref="DemoLibraryTruth"/> counts) is the same as before these texts existed.</remarks>
internal sealed class DemoVideoText
{
    private readonly Random _random;
    private readonly (string Id, string Title)[] _varietyChannels;

    /// <param name="channelId">Makes a channel id (the generator's own format) from the given random source.</param>
    public DemoVideoText(int seed, Func<Random, string> channelId)
    {
        _random = new Random(unchecked(seed * 31 + 0x7E47));
        _varietyChannels = new[] { "Weekend Vlogs", "Daily Mix TV", "Curious Minds Network" }.Select(t => (channelId(_random), t)).ToArray();
    }

    /// <summary>One video in ten comes from a channel that posts on every topic; null keeps the theme's channel.</summary>
    public (string Id, string Title)? VarietyChannel() =>
        _random.NextDouble() < 0.1 ? _varietyChannels[_random.Next(_varietyChannels.Length)] : null;

    private static readonly string[] Clickbait =
    [
        "You won't believe what happened", "I can't believe this actually worked", "Watch this before it's too late",
        "This changed everything", "Honest thoughts", "Day 1", "It finally happened", "Nobody talks about this",
    ];

    private static readonly string[] Boilerplate =
    [
        "Subscribe for more videos every week!", "Follow me on Instagram for behind the scenes.",
        "Thanks to our sponsor for supporting the channel.", "Join the channel membership to get perks.",
        "Links mentioned in the video are below.", "All opinions are my own.",
    ];

    private static readonly Dictionary<string, DemoThemeText> Texts = new(StringComparer.Ordinal)
    {
        ["cooking"] = new("26", ["recipe", "cooking", "easy recipe", "dinner", "homemade", "baking", "food", "kitchen", "chef"],
            ["Today we're making it from scratch with simple ingredients.", "Full ingredient list and measurements below.",
             "Preheat the oven and gather your spices.", "A weeknight dinner the whole family will love."],
            ["Receta fácil de {0}", "{0} selber machen – einfaches Rezept", "簡単な{0}の作り方"]),
        ["programming"] = new("28", ["programming", "coding", "tutorial", "software", "developer", "computer science", "code"],
            ["Source code for this tutorial is on GitHub.", "We write the code step by step and explain every line.",
             "Timestamps: setup, the core idea, refactoring, tests.", "Perfect for developers preparing for interviews."],
            ["Tutorial de {0} para principiantes", "{0} programmieren lernen", "{0}入門 プログラミング講座"]),
        ["music"] = new("10", ["music", "song", "live", "cover", "guitar", "piano", "playlist", "jazz", "lofi"],
            ["Stream the full album on all platforms.", "Recorded live with the full band.",
             "Chords and tabs in the pinned comment.", "Headphones recommended for the best sound."],
            ["{0} en vivo", "{0} – Live-Konzert", "{0} ライブ演奏"]),
        ["fitness"] = new("17", ["workout", "fitness", "exercise", "training", "yoga", "gym", "health", "home workout"],
            ["Warm up first and go at your own pace.", "No equipment needed, just a mat.",
             "Do this routine three times a week for best results.", "Consult a doctor before starting a new exercise plan."],
            ["Rutina de {0} en casa", "{0} Training für Anfänger", "{0} 自宅トレーニング"]),
        ["travel"] = new("19", ["travel", "vlog", "travel guide", "trip", "adventure", "backpacking", "tourism", "4k walk"],
            ["Here is everything we saw, ate and spent.", "Our full itinerary and hotel tips are below.",
             "Filmed on a two-week trip with just a backpack.", "The best time of year to visit and how to get around."],
            ["Guía de viaje: {0}", "Reise nach {0} – Tipps", "{0} 旅行ガイド"]),
        ["diy"] = new("26", ["diy", "woodworking", "how to", "build", "tools", "home improvement", "maker", "repair"],
            ["Plans and a full tool list are linked below.", "Measure twice, cut once.",
             "We finish it with two coats of oil.", "Safety glasses on: this one gets dusty."],
            ["Cómo construir {0}", "{0} selbst bauen", "{0}をDIYで作る"]),
        ["science"] = new("28", ["science", "physics", "space", "biology", "education", "documentary", "math", "astronomy"],
            ["Sources and further reading are in the description.", "Animated explainer about how the universe works.",
             "We asked a researcher to explain the latest findings.", "The experiment that surprised every scientist."],
            ["La ciencia de {0}", "{0} einfach erklärt", "{0}の科学"]),
        ["history"] = new("27", ["history", "documentary", "ancient history", "war", "empire", "historical", "education"],
            ["Maps and primary sources used in this episode.", "Part of our series on the rise and fall of empires.",
             "What historians still argue about today.", "Narrated documentary with archival footage."],
            ["La historia de {0}", "Die Geschichte von {0}", "{0}の歴史"]),
        ["gaming"] = new("20", ["gaming", "gameplay", "walkthrough", "lets play", "speedrun", "boss fight", "nintendo", "pc gaming"],
            ["No commentary gameplay, part of a full playthrough.", "Watch the boss fight at the end!",
             "Played on the hardest difficulty.", "Leave your best time in the comments."],
            ["{0} gameplay en español", "{0} Let's Play deutsch", "{0} 実況プレイ"]),
        ["finance"] = new("27", ["finance", "investing", "money", "personal finance", "budget", "stocks", "savings", "retirement"],
            ["This is not financial advice.", "The spreadsheet I use is linked below.",
             "How to grow your savings with low-cost funds.", "We compare the fees of the big brokers."],
            ["Finanzas personales: {0}", "{0} – Geld richtig anlegen", "{0} 資産運用の基本"]),
        ["language"] = new("27", ["language learning", "learn languages", "vocabulary", "grammar", "listening practice", "lesson", "polyglot"],
            ["Download the free worksheet with all the vocabulary.", "Repeat after me and practise your pronunciation.",
             "Subtitles available in both languages.", "Beginner friendly: no prior knowledge needed."],
            ["Aprende {0} rápido", "{0} lernen für Anfänger", "{0}を勉強しよう"]),
        ["comedy"] = new("23", ["comedy", "funny", "sketch", "stand up", "laugh", "prank", "compilation", "humor"],
            ["Try not to laugh challenge!", "Our best moments of the year in one video.",
             "Recorded in front of a live audience.", "Share this with someone who needs a laugh."],
            ["Los mejores momentos: {0}", "{0} – lustige Momente", "{0} 爆笑まとめ"]),
    };

    /// <summary>The texts of a new video of <paramref name="theme"/> whose plain title is <paramref name="title"/>.</summary>
    public DemoVideoTextParts Write(string theme, string subject, string title, string channelTitle)
    {
        var text = Texts[theme];
        var roll = _random.NextDouble();
        var shownTitle = roll switch
        {
            < 0.05 => Clickbait[_random.Next(Clickbait.Length)],
            < 0.09 => OtherThemeSubjectIn(title, subject, theme),
            < 0.17 => string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ForeignTitles[_random.Next(text.ForeignTitles.Length)], subject),
            _ => title,
        };
        IReadOnlyList<string> tags = _random.NextDouble() < 0.2 ? [] : Pick(text.Tags, 2 + _random.Next(4)).Prepend(subject.ToLowerInvariant()).ToList();
        var description = _random.NextDouble() switch
        {
            < 0.12 => "",
            < 0.22 => Boilerplate[_random.Next(Boilerplate.Length)],
            _ => $"{shownTitle}. {string.Join(" ", Pick(text.Sentences, 1 + _random.Next(2)))} {Boilerplate[_random.Next(Boilerplate.Length)]} — {channelTitle}",
        };
        // Uploaders often leave YouTube's default category ("22", People & Blogs).
        var categoryId = _random.NextDouble() < 0.25 ? "22" : text.YouTubeCategoryId;
        return new DemoVideoTextParts(shownTitle, description, tags, categoryId);
    }

    /// <summary>A misleading title: the video's template with another theme's subject ("How to make Elden Ring").</summary>
    private string OtherThemeSubjectIn(string title, string subject, string theme)
    {
        var others = DemoThemes.All.Where(t => t.Name != theme).ToList();
        var other = others[_random.Next(others.Count)];
        return title.Replace(subject, other.Subjects[_random.Next(other.Subjects.Length)], StringComparison.OrdinalIgnoreCase);
    }

    private IEnumerable<string> Pick(string[] pool, int count) =>
        pool.OrderBy(_ => _random.Next()).Take(Math.Min(count, pool.Length)).ToList();
}
