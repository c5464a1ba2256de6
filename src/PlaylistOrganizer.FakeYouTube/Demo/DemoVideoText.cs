namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>The words a theme's uploaders use: tags, description sentences, titles in other languages, and the
/// YouTube category they usually pick.</summary>
internal sealed record DemoThemeText(string YouTubeCategoryId, string[] Tags, string[] Sentences, string[] ForeignTitles, string[] LongTail);

/// <summary>What a generated video says about itself.</summary>
internal sealed record DemoVideoTextParts(string Title, string Description, IReadOnlyList<string> Tags, string CategoryId, string ChannelId, string ChannelTitle);

/// <summary>
/// Writes the title, description, tags, YouTube category and channel of a demo video, with the noise of a real
/// library: a long tail of subjects that appear once or twice; a quarter of videos from small channels seen only once,
/// a tenth from channels that post on every topic and 15 % from channels that post on two neighbouring topics
/// (<see cref="DemoTitleNoise.CrossoverChannels"/>); half with no tags; half the descriptions empty or only
/// boilerplate; and titles that are clickbait (10 %), borrow another theme's subject (5 %), are in Spanish, German,
/// Japanese, French, Portuguese, Italian or Korean (15 %), use the theme's near-synonyms instead of its usual words
/// (15 %) or a pattern every theme uses, such as "… review" (10 %).
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
        _channelId = channelId;
        _varietyChannels = new[] { "Weekend Vlogs", "Daily Mix TV", "Curious Minds Network" }.Select(t => (channelId(_random), t)).ToArray();
        var crossover = DemoTitleNoise.CrossoverChannels.Select(c => (Id: channelId(_random), c.Title, Themes: new[] { c.ThemeA, c.ThemeB })).ToList();
        _crossoverChannels = crossover.SelectMany(c => c.Themes.Select(t => (Theme: t, Channel: (c.Id, c.Title))))
            .GroupBy(x => x.Theme, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Channel).ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, (string Id, string Title)[]> _crossoverChannels;

    private static readonly string[] FirstNames = ["Mika", "Jonas", "Priya", "Lena", "Tomás", "Aiko", "Sam", "Noor", "Felix", "Ines", "Omar", "Ruth", "Kai", "Zoe"];
    private static readonly string[] LastNames = ["Tallow", "Berg", "Okafor", "Novak", "Reyes", "Lind", "Moreau", "Castell", "Hughes", "Sato", "Ivers", "Quinn"];
    private static readonly string[] Suffixes = ["", "", " TV", " Official", " Vlogs", " Studio", " 2"];
    private readonly Func<Random, string> _channelId;

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
            ["Receta fácil de {0}", "{0} selber machen – einfaches Rezept", "簡単な{0}の作り方"],
            ["beef bourguignon", "miso soup", "cinnamon rolls", "paella", "dumplings", "focaccia", "carbonara", "tiramisu", "falafel", "bibimbap", "ratatouille", "quiche", "biryani", "churros", "ceviche", "goulash", "empanadas", "cheesecake", "udon", "meatballs"]),
        ["programming"] = new("28", ["programming", "coding", "tutorial", "software", "developer", "computer science", "code", "tutorial", "beginners", "explained"],
            ["Source code for this tutorial is on GitHub.", "We write the code step by step and explain every line.",
             "Timestamps: setup, the core idea, refactoring, tests.", "Perfect for developers preparing for interviews."],
            ["Tutorial de {0} para principiantes", "{0} programmieren lernen", "{0}入門 プログラミング講座"],
            ["Haskell monads", "Kotlin coroutines", "gRPC", "GraphQL", "Terraform", "unit testing", "memory leaks", "hash maps", "binary search", "OAuth", "Redis caching", "Linux shell", "Vim motions", "compilers", "garbage collection", "microservices", "Elixir", "Zig", "SQLite internals", "CI pipelines"]),
        ["music"] = new("10", ["music", "song", "live", "cover", "guitar", "piano", "playlist", "jazz", "lofi", "tutorial"],
            ["Stream the full album on all platforms.", "Recorded live with the full band.",
             "Chords and tabs in the pinned comment.", "Headphones recommended for the best sound."],
            ["{0} en vivo", "{0} – Live-Konzert", "{0} ライブ演奏"],
            ["Autumn Leaves", "Stairway to Heaven", "Moonlight Sonata", "Hotel California", "Superstition", "Blackbird", "Fly Me to the Moon", "Canon in D", "Smells Like Teen Spirit", "Purple Rain", "bossa nova", "drum solo", "synthwave", "blues scale", "orchestra suite", "vinyl session", "a cappella", "Giant Steps", "Hallelujah", "Für Elise"]),
        ["fitness"] = new("17", ["workout", "fitness", "exercise", "training", "yoga", "gym", "health", "home workout", "beginners", "challenge"],
            ["Warm up first and go at your own pace.", "No equipment needed, just a mat.",
             "Do this routine three times a week for best results.", "Consult a doctor before starting a new exercise plan."],
            ["Rutina de {0} en casa", "{0} Training für Anfänger", "{0} 自宅トレーニング"],
            ["deadlift form", "push-up variations", "pilates", "foam rolling", "squat depth", "interval running", "tabata", "resistance bands", "posture fixes", "plank challenge", "burpees", "zone 2 cardio", "bench press", "lunges", "hip flexors", "protein timing", "rowing machine", "jump rope", "glute bridge", "handstand"]),
        ["travel"] = new("19", ["travel", "vlog", "travel guide", "trip", "adventure", "backpacking", "tourism", "4k walk", "vlog", "documentary"],
            ["Here is everything we saw, ate and spent.", "Our full itinerary and hotel tips are below.",
             "Filmed on a two-week trip with just a backpack.", "The best time of year to visit and how to get around."],
            ["Guía de viaje: {0}", "Reise nach {0} – Tipps", "{0} 旅行ガイド"],
            ["Marrakech", "Bali", "Prague", "Cape Town", "Buenos Aires", "Seoul", "Istanbul", "the Faroe Islands", "Banff", "Cusco", "Amsterdam", "Vienna", "New Zealand", "Petra", "Santorini", "Havana", "Zanzibar", "Hokkaido", "the Amalfi coast", "Chiang Mai"]),
        ["diy"] = new("26", ["diy", "woodworking", "how to", "build", "tools", "home improvement", "maker", "repair", "tutorial", "beginners"],
            ["Plans and a full tool list are linked below.", "Measure twice, cut once.",
             "We finish it with two coats of oil.", "Safety glasses on: this one gets dusty."],
            ["Cómo construir {0}", "{0} selbst bauen", "{0}をDIYで作る"],
            ["a pergola", "kitchen cabinets", "a birdhouse", "floating shelves", "a deck", "laminate flooring", "a workshop dust collector", "a greenhouse", "LED strips", "a Raspberry Pi", "a coffee table", "wall insulation", "a fence", "a headboard", "concrete countertops", "a compost bin", "soldering", "a router table", "window trim", "a treehouse"]),
        ["science"] = new("28", ["science", "physics", "space", "biology", "education", "documentary", "math", "astronomy", "explained"],
            ["Sources and further reading are in the description.", "Animated explainer about how the universe works.",
             "We asked a researcher to explain the latest findings.", "The experiment that surprised every scientist."],
            ["La ciencia de {0}", "{0} einfach erklärt", "{0}の科学"],
            ["neutron stars", "photosynthesis", "the Higgs boson", "string theory", "volcanoes", "tardigrades", "mRNA vaccines", "general relativity", "the Big Bang", "exoplanets", "antibiotic resistance", "superconductors", "the speed of light", "climate models", "gravitational waves", "mitochondria", "chaos theory", "the Riemann hypothesis", "lasers", "fungi networks"]),
        ["history"] = new("27", ["history", "documentary", "ancient history", "war", "empire", "historical", "education", "explained"],
            ["Maps and primary sources used in this episode.", "Part of our series on the rise and fall of empires.",
             "What historians still argue about today.", "Narrated documentary with archival footage."],
            ["La historia de {0}", "Die Geschichte von {0}", "{0}の歴史"],
            ["the French Revolution", "the Ottoman Empire", "the Aztecs", "Napoleon", "the Black Death", "ancient Egypt", "the Mongol Empire", "the Crusades", "the Renaissance", "the Industrial Revolution", "Alexander the Great", "the Ming dynasty", "the Spanish Armada", "Sparta", "the Berlin Wall", "the Inca", "Charlemagne", "the Hundred Years War", "Genghis Khan", "the Titanic"]),
        ["gaming"] = new("20", ["gaming", "gameplay", "walkthrough", "lets play", "speedrun", "boss fight", "nintendo", "pc gaming"],
            ["No commentary gameplay, part of a full playthrough.", "Watch the boss fight at the end!",
             "Played on the hardest difficulty.", "Leave your best time in the comments."],
            ["{0} gameplay en español", "{0} Let's Play deutsch", "{0} 実況プレイ"],
            ["Dark Souls", "Skyrim", "Portal 2", "Baldur's Gate 3", "Terraria", "Pokemon Red", "Doom Eternal", "Cuphead", "Metroid Prime", "Animal Crossing", "Civilization VI", "Tetris", "Halo", "The Witcher 3", "Outer Wilds", "Sekiro", "Mario Kart", "Fortnite", "Disco Elysium", "Subnautica"]),
        ["finance"] = new("27", ["finance", "investing", "money", "personal finance", "budget", "stocks", "savings", "retirement", "explained", "beginners"],
            ["This is not financial advice.", "The spreadsheet I use is linked below.",
             "How to grow your savings with low-cost funds.", "We compare the fees of the big brokers."],
            ["Finanzas personales: {0}", "{0} – Geld richtig anlegen", "{0} 資産運用の基本"],
            ["ETFs", "credit scores", "dividend stocks", "a Roth IRA", "bonds", "real estate investing", "side hustles", "stock options", "capital gains", "paying off debt", "crypto", "the 4% rule", "insurance", "index fund fees", "renting vs buying", "frugal living", "pensions", "net worth", "car loans", "inheritance"]),
        ["language"] = new("27", ["language learning", "learn languages", "vocabulary", "grammar", "listening practice", "lesson", "polyglot", "beginners", "tutorial"],
            ["Download the free worksheet with all the vocabulary.", "Repeat after me and practise your pronunciation.",
             "Subtitles available in both languages.", "Beginner friendly: no prior knowledge needed."],
            ["Aprende {0} rápido", "{0} lernen für Anfänger", "{0}を勉強しよう"],
            ["Italian", "German cases", "Mandarin tones", "Portuguese", "katakana", "Korean honorifics", "Arabic script", "Russian alphabet", "Swedish", "Spanish subjunctive", "French liaison", "Japanese particles", "Polish", "Turkish", "Greek", "Hindi", "Vietnamese", "Dutch articles", "Norwegian", "Latin"]),
        ["comedy"] = new("23", ["comedy", "funny", "sketch", "stand up", "laugh", "prank", "compilation", "humor", "challenge", "vlog"],
            ["Try not to laugh challenge!", "Our best moments of the year in one video.",
             "Recorded in front of a live audience.", "Share this with someone who needs a laugh."],
            ["Los mejores momentos: {0}", "{0} – lustige Momente", "{0} 爆笑まとめ"],
            ["roast battles", "prank calls", "parody songs", "awkward interviews", "blooper reels", "funny ads", "sitcom moments", "epic fails", "puppet shows", "late night monologues", "silly dances", "talking pets", "wedding fails", "practical jokes", "funny commercials", "stand-up crowd work", "comedy roasts", "cartoon parody", "slapstick", "reaction videos"]),
    };

    /// <summary>The texts of a new video of <paramref name="theme"/> whose plain title is <paramref name="title"/>.</summary>
    public DemoVideoTextParts Write(string theme, string subject, string title, (string Id, string Title) themeChannel)
    {
        var text = Texts[theme];
        var (channelId, channelTitle) = _random.NextDouble() switch
        {
            < 0.10 => _varietyChannels[_random.Next(_varietyChannels.Length)],
            < 0.25 => _crossoverChannels[theme][_random.Next(_crossoverChannels[theme].Length)],
            < 0.50 => (_channelId(_random), $"{FirstNames[_random.Next(FirstNames.Length)]} {LastNames[_random.Next(LastNames.Length)]}{Suffixes[_random.Next(Suffixes.Length)]}"),
            _ => themeChannel,
        };
        if (_random.NextDouble() < 0.45)
        {
            var rare = text.LongTail[_random.Next(text.LongTail.Length)];
            title = title.Replace(subject, rare, StringComparison.OrdinalIgnoreCase);
            subject = rare;
        }
        var roll = _random.NextDouble();
        var shownTitle = roll switch
        {
            < 0.10 => Pick(DemoTitleNoise.Clickbait),
            < 0.15 => OtherThemeSubjectIn(title, subject, theme),
            < 0.30 => Format(Pick([.. text.ForeignTitles, .. DemoTitleNoise.MoreForeignTitles[theme]]), subject),
            < 0.45 => Capitalised(Format(Pick(DemoTitleNoise.Paraphrases[theme]), subject)),
            < 0.55 => Capitalised(Format(Pick(DemoTitleNoise.SharedPatterns), subject)),
            _ => title,
        };
        // A title in another language usually comes with a description and tags in that language: none of ours.
        var foreign = roll is >= 0.15 and < 0.30;
        var brand = channelTitle.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        IReadOnlyList<string> tags = foreign || _random.NextDouble() < 0.5 ? []
            : _random.NextDouble() < 0.4 ? [brand, subject.ToLowerInvariant()]
            : Pick(text.Tags, 1 + _random.Next(4)).Prepend(subject.ToLowerInvariant()).Append(brand).ToList();
        var description = (foreign ? 0.05 : _random.NextDouble()) switch
        {
            < 0.25 => "",
            < 0.50 => Boilerplate[_random.Next(Boilerplate.Length)],
            < 0.75 => $"{shownTitle}. {Boilerplate[_random.Next(Boilerplate.Length)]}",
            _ => $"{shownTitle}. {string.Join(" ", Pick(text.Sentences, 1 + _random.Next(2)))} {Boilerplate[_random.Next(Boilerplate.Length)]} — {channelTitle}",
        };
        // Uploaders often leave YouTube's default category ("22", People & Blogs).
        var categoryId = _random.NextDouble() < 0.3 ? "22" : text.YouTubeCategoryId;
        return new DemoVideoTextParts(shownTitle, description, tags, categoryId, channelId, channelTitle);
    }

    /// <summary>A misleading title: the video's template with another theme's subject ("How to make Elden Ring").</summary>
    private string OtherThemeSubjectIn(string title, string subject, string theme)
    {
        var others = DemoThemes.All.Where(t => t.Name != theme).ToList();
        var other = others[_random.Next(others.Count)];
        return title.Replace(subject, other.Subjects[_random.Next(other.Subjects.Length)], StringComparison.OrdinalIgnoreCase);
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];

    private static string Format(string pattern, string subject) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, subject);

    private static string Capitalised(string title) => char.IsLower(title[0]) ? char.ToUpperInvariant(title[0]) + title[1..] : title;

    private IEnumerable<string> Pick(string[] pool, int count) =>
        pool.OrderBy(_ => _random.Next()).Take(Math.Min(count, pool.Length)).ToList();
}
