using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// The localized names Takeout gives its playlist files, Watch Later and column headers, as far as they are known.
/// docs/takeout-localization.md lists every string with its source and marks the guesses; correct them there and here.
/// </summary>
/// <remarks>
/// Real exports in Dutch, Spanish, Romanian and Lithuanian keep Watch Later's own title in English ("Watch later") and
/// localize only the wrapper around it (<c>Watch later-vídeos.csv</c>, <c>Video_s in Watch later.csv</c>). The
/// localized titles below come from YouTube's interface and are accepted in case an export uses them. Headers matter
/// less: columns are also found by what they hold (<see cref="TakeoutColumns"/>).
/// </remarks>
internal static partial class TakeoutNames
{
    /// <summary>Watch Later's title as it may appear in a file name, a legacy metadata block or playlists.csv.</summary>
    /// <remarks>Besides English, YouTube's own name for Watch Later in each language; that an export uses it as a file
    /// title is a guess.</remarks>
    private static readonly string[] WatchLaterTitles =
    [
        "Watch later", "Watch Later",   // en; kept in nl, es, ro, lt exports
        "Später ansehen", // de
        "À regarder plus tard", // fr
        "Ver más tarde", // es
        "Assistir mais tarde", // pt
        "Guarda più tardi", // it
        "Later bekijken", // nl
        "Do obejrzenia", // pl
        "Смотреть позже", // ru
        "Daha sonra izle", // tr
        "後で見る", // ja
        "나중에 볼 동영상", // ko
        "稍后观看", "稍後觀看",           // zh-Hans, zh-Hant (the second a guess)
    ];

    /// <summary>
    /// How each language wraps a playlist's title into a file name: "{0}" is the sanitized title. A file repeating a
    /// title gets "(n)" before ".csv".
    /// </summary>
    private static readonly string[] VideosFileNames =
    [
        "{0}-videos.csv",      // en (seen), lt (seen)
        "Video_s in {0}.csv",  // nl (seen)
        "{0}-vídeos.csv",      // es (seen), pt (guess)
        "{0}-videoclipuri.csv",// ro (seen)
        "{0}-Videos.csv",      // de (guess)
        "{0}-vidéos.csv",      // fr (guess)
        "{0}-video.csv",       // it (guess)
        "{0}-filmy.csv",       // pl (guess)
        "{0}-видео.csv",       // ru (guess)
        "{0}-videolar.csv",    // tr (guess)
        "{0}-動画.csv",         // ja (guess)
        "{0}-동영상.csv",        // ko (guess)
        "{0}-视频.csv",         // zh (guess)
    ];

    /// <summary>The legacy layout names Watch Later "Watch later.csv" (docs/youtube-facts.md §8).</summary>
    private static readonly string[] LegacyWatchLaterFileNames = ["Watch later.csv"];

    /// <summary>The file that maps playlist titles to ids (playlists.csv in English and Dutch).</summary>
    private static readonly string[] ManifestFileNames =
    [
        "playlists.csv",              // en, nl (seen); fr (example); de, pt (guess)
        "Listas de reproducción.csv", // es (seen)
        "playlisturi.csv",            // ro (seen)
        "grojaraščiai.csv",           // lt (seen)
        "playlist.csv",               // it (guess)
        "playlisty.csv",              // pl (guess)
        "плейлисты.csv",              // ru (guess)
        "oynatma listeleri.csv",      // tr (guess)
        "再生リスト.csv",              // ja (guess)
        "재생목록.csv",                 // ko (guess)
        "播放列表.csv",                 // zh (guess)
    ];

    public static readonly string[] VideoIdHeaders =
    [
        "Video ID", "Video Id", "Video-ID", "ID de vídeo", "ID-ul videoclipului", "Vaizdo įrašo ID",
        "ID de la vidéo", "ID do vídeo", "ID video", "Identyfikator filmu", "Идентификатор видео", "Video kimliği",
        "動画 ID", "동영상 ID", "视频 ID",
    ];

    public static readonly string[] TimestampHeaders =
    [
        "Playlist Video Creation Timestamp", "Time Added", "Tijdstempel voor het maken van een playlistvideo",
        "Marca de tiempo de creación de la lista de reproducción de vídeos",
        "Marcaj temporal de creare a videoclipului din playlist", "Grojaraščio vaizdo įrašo sukūrimo laiko žymė",
        "Zeitstempel der Erstellung des Playlist-Videos", "Horodatage de création de la vidéo de la playlist",
        "Carimbo de data/hora de criação do vídeo da playlist", "Timestamp di creazione del video della playlist",
        "Sygnatura czasowa utworzenia filmu na playliście", "Временная метка создания видео в плейлисте",
        "Oynatma listesi videosu oluşturma zaman damgası", "再生リストの動画の作成タイムスタンプ",
        "재생목록 동영상 생성 타임스탬프", "播放列表视频创建时间戳",
    ];

    public static readonly string[] PlaylistIdHeaders =
    [
        "Playlist ID", "Playlist Id", "Playlist-ID", "ID de lista de reproducción", "ID-ul playlistului", "Grojaraščio ID",
        "ID de la playlist", "ID da playlist", "ID playlist", "Identyfikator playlisty",
        "Oynatma listesi kimliği", "再生リスト ID", "재생목록 ID", "播放列表 ID",
        "ID de la lista de reproducción", "ID плейлиста",
    ];

    public static readonly string[] TitleHeaders =
    [
        "Playlist title (original)", "Playlist Title (Original)", "Playlist-titel (Origineel)",
        "Título de la lista de reproducción (original)", "Titlul playlistului (original)",
        "Grojaraščio pavadinimas (originalas)", "Playlist-Titel (Original)",
        "Título da playlist (original)", "Titolo della playlist (originale)", "Tytuł playlisty (oryginalny)",
        "Oynatma listesi başlığı (orijinal)", "再生リストのタイトル（オリジナル）",
        "재생목록 제목(원본)", "播放列表标题（原始）", "Titre (d'origine) de la playlist",
        "Título (original) de la lista de reproducción", "Название (оригинал) плейлиста", "Title", "Titel", "Titre", "Título",
    ];

    private static readonly HashSet<string> WatchLaterKeys = WatchLaterTitles.Select(Key).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> ManifestKeys = ManifestFileNames.Select(Key).ToHashSet(StringComparer.Ordinal);
    private static readonly Regex[] VideosFilePatterns = VideosFileNames.Select(ToPattern).ToArray();

    /// <summary>True for Watch Later's title in any known language (case, accents' composition and spacing ignored).</summary>
    public static bool IsWatchLaterTitle(string? title) => title is not null && WatchLaterKeys.Contains(Key(title));

    public static bool IsLegacyWatchLaterFileName(string fileName) =>
        LegacyWatchLaterFileNames.Any(n => Key(n) == Key(fileName));

    public static bool IsManifestFileName(string fileName) => ManifestKeys.Contains(Key(fileName));

    /// <summary>
    /// The title and repeat number a playlist file's name carries, when the name has a known wrapper
    /// ("Cooking-videos(1).csv" → ("Cooking", 1)); null otherwise.
    /// </summary>
    public static (string Title, int Repeat)? TitleFromFileName(string fileName)
    {
        var normalized = fileName.Normalize(NormalizationForm.FormC);
        foreach (var pattern in VideosFilePatterns)
        {
            var match = pattern.Match(normalized);
            if (match.Success)
                return (match.Groups["t"].Value, match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0);
        }
        return null;
    }

    /// <summary>Compares names the way a person would: case, Unicode composition and runs of spaces do not matter.</summary>
    public static string Key(string name) =>
        SpaceRun().Replace(name.Normalize(NormalizationForm.FormC).Trim(), " ").ToUpperInvariant();

    private static Regex ToPattern(string template)
    {
        var parts = template.Split("{0}");
        var suffix = parts[1][..^".csv".Length];
        return new Regex("^" + Regex.Escape(parts[0]) + "(?<t>.+?)" + Regex.Escape(suffix) + @"(\((?<n>\d+)\))?\.csv$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRun();
}
