namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>
/// The ways real uploaders name their videos that a word count cannot follow: titles worded with a theme's
/// near-synonyms instead of its usual words, title patterns every theme uses ("… review", "… masterclass"), more
/// languages, clickbait, and channels that post on two neighbouring topics (food and travel, code and games).
/// </summary>
/// <remarks>Data only; <see cref="DemoVideoText"/> decides how often each is used.</remarks>
internal static class DemoTitleNoise
{
    /// <summary>Titles without the theme's common words: what a viewer understands, a word count has rarely seen.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Paraphrases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["cooking"] = ["Grandma's {0}, the way she made it", "A cosy supper: {0}", "{0} – a dish worth the effort", "What we ate tonight: {0}"],
        ["programming"] = ["Shipping {0} to production", "I rewrote our backend with {0}", "{0} under the hood", "Debugging {0} at 2am"],
        ["music"] = ["{0}, slowed down", "Jamming {0} on a Sunday", "{0} – stripped back", "Late night {0} session"],
        ["fitness"] = ["Sweat it out: {0}", "{0} to feel strong again", "My morning {0} ritual", "Burn with {0}"],
        ["travel"] = ["Lost in {0}", "A week wandering {0}", "{0} through my lens", "Sunrise over {0}"],
        ["diy"] = ["Saturday in the garage: {0}", "Made {0} from scrap", "{0}, restored", "Weekend project: {0}"],
        ["science"] = ["The mystery of {0}", "How {0} really works", "{0} and the edge of knowledge", "Inside {0}"],
        ["history"] = ["When {0} ruled", "The last days of {0}", "Voices from {0}", "{0}: what they never told you"],
        ["gaming"] = ["{0} but I can't jump", "Rage quitting {0}", "{0} ranked grind", "Cozy night with {0}"],
        ["finance"] = ["How {0} made me rich (slowly)", "{0} and your paycheck", "Stop losing cash on {0}", "{0}: my portfolio update"],
        ["language"] = ["Speak {0} like a local", "{0} for travellers", "Thinking in {0}", "My {0} journey, month 3"],
        ["comedy"] = ["{0} had me crying", "Not the {0} again", "{0} gone wrong", "Best of {0} this year"],
    };

    /// <summary>Patterns every theme's uploaders use: the pattern's words say nothing about the topic.</summary>
    public static readonly string[] SharedPatterns =
    [
        "{0} review", "{0}: the complete guide", "{0} masterclass", "Live: {0}", "{0} – a beginner's guide",
        "Everything about {0}", "{0} Q&A", "{0} in one video", "Top 10 {0} moments", "{0} (reaction)",
    ];

    /// <summary>French, Portuguese, Italian and Korean titles, one pattern a theme each ({0}: the subject).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> MoreForeignTitles = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["cooking"] = ["Recette facile : {0}", "Receita de {0} caseira", "{0} fatto in casa", "{0} 만들기"],
        ["programming"] = ["Apprendre {0} en une heure", "Curso de {0} completo", "Corso di {0} per principianti", "{0} 강좌"],
        ["music"] = ["{0} en concert", "{0} ao vivo", "{0} dal vivo", "{0} 라이브"],
        ["fitness"] = ["Séance de {0} à la maison", "Treino de {0} em casa", "Allenamento {0} a casa", "{0} 홈트레이닝"],
        ["travel"] = ["Voyage à {0}", "Viagem para {0}", "Viaggio a {0}", "{0} 여행 브이로그"],
        ["diy"] = ["Fabriquer {0} soi-même", "Como fazer {0}", "Costruire {0} fai da te", "{0} 직접 만들기"],
        ["science"] = ["{0} expliqué simplement", "A ciência de {0}", "{0} spiegato facile", "{0}의 과학"],
        ["history"] = ["L'histoire de {0}", "A história de {0}", "La storia di {0}", "{0}의 역사"],
        ["gaming"] = ["{0} : let's play en français", "{0} gameplay em português", "{0} gameplay ita", "{0} 실황"],
        ["finance"] = ["Bien investir : {0}", "Finanças: {0}", "Finanza personale: {0}", "{0} 재테크"],
        ["language"] = ["Apprendre le {0}", "Aprenda {0}", "Imparare {0}", "{0} 배우기"],
        ["comedy"] = ["Les meilleurs moments : {0}", "Melhores momentos: {0}", "I momenti migliori: {0}", "{0} 웃긴 영상"],
    };

    /// <summary>Clickbait: no word of the topic at all.</summary>
    public static readonly string[] Clickbait =
    [
        "You won't believe what happened", "I can't believe this actually worked", "Watch this before it's too late",
        "This changed everything", "Honest thoughts", "Day 1", "It finally happened", "Nobody talks about this",
        "I was wrong", "We need to talk", "The end of an era", "Why I quit", "This is insane", "Don't do this",
        "I tried it for 30 days", "The secret nobody tells you", "Part 2", "Update",
    ];

    /// <summary>Channels that post on two neighbouring themes, as many real ones do.</summary>
    public static readonly (string Title, string ThemeA, string ThemeB)[] CrossoverChannels =
    [
        ("Eat the World", "cooking", "travel"),
        ("Fuel & Lift", "fitness", "cooking"),
        ("Code & Controllers", "programming", "gaming"),
        ("Past & Particles", "science", "history"),
        ("Build & Budget", "diy", "finance"),
        ("Phrasebook Roads", "language", "travel"),
        ("Band Practice Laughs", "music", "comedy"),
        ("Money Nerd Dev", "finance", "programming"),
        ("Retro Lab", "gaming", "history"),
        ("Maker Science", "diy", "science"),
        ("Funny Fitness", "comedy", "fitness"),
        ("Songs in Spanish", "music", "language"),
    ];
}
