namespace PlaylistOrganizer.FakeYouTube.Demo;

/// <summary>
/// The names and headers a current Takeout export uses in one account language. Strings marked "seen" come from real
/// exports; the rest are guesses. docs/takeout-localization.md gives each with its source: correct them there and here.
/// </summary>
/// <param name="Code">The language code, as <c>Demo:TakeoutLanguage</c> takes it.</param>
/// <param name="PlaylistsFolder">The folder the playlist files are in, with a trailing slash.</param>
/// <param name="VideosFileName">A playlist's file name, "{0}" being its sanitized title.</param>
/// <param name="WatchLaterTitle">Watch Later's title in its file name. Real Dutch, Spanish, Romanian and Lithuanian
/// exports keep the English "Watch later".</param>
/// <param name="ManifestColumns">The eight columns of the playlist list, in the order
/// <see cref="TakeoutWriter"/> writes them: id, add-to-top, title, title language, created, updated, order, visibility.</param>
public sealed record TakeoutLanguage(
    string Code,
    string PlaylistsFolder,
    string VideosFileName,
    string WatchLaterTitle,
    string VideoIdHeader,
    string TimestampHeader,
    string ManifestFileName,
    IReadOnlyList<string> ManifestColumns)
{
    public static readonly TakeoutLanguage English = new("en", "Takeout/YouTube and YouTube Music/playlists/", "{0}-videos.csv", "Watch later",
        "Video ID", "Playlist Video Creation Timestamp", "playlists.csv",
        ["Playlist ID", "Add new videos to top", "Playlist title (original)", "Playlist title (original) language",
         "Playlist create timestamp", "Playlist update timestamp", "Playlist video order", "Playlist visibility"]);

    /// <summary>Every language the writer knows, by code.</summary>
    public static readonly IReadOnlyDictionary<string, TakeoutLanguage> All = new[]
    {
        English,
        // seen: file name, headers, playlists.csv (what-if-horizon/what-if-data-donation, d3i donation scripts)
        new TakeoutLanguage("nl", "Takeout/YouTube en YouTube Music/playlists/", "Video_s in {0}.csv", "Watch later",
            "Video-ID", "Tijdstempel voor het maken van een playlistvideo", "playlists.csv",
            ["Playlist-ID", "Nieuwe video's bovenaan toevoegen", "Playlist-titel (Origineel)", "(Originele) taal van playlist-titel",
             "Playlist tijdstempel maken", "Playlist tijdstempel updaten", "Videovolgorde playlist", "Zichtbaarheid van playlist"]),
        // seen: file name, headers, playlist list (what-if-horizon/what-if-data-donation); the folder is a guess
        new TakeoutLanguage("es", "Takeout/YouTube y YouTube\u00a0Music/listas de reproducción/", "{0}-vídeos.csv", "Watch later",
            "ID de vídeo", "Marca de tiempo de creación de la lista de reproducción de vídeos", "Listas de reproducción.csv",
            ["ID de lista de reproducción", "Añadir vídeos nuevos al principio", "Título de la lista de reproducción (original)",
             "Idioma del título de la lista de reproducción (original)", "Marca de tiempo de creación de la lista de reproducción",
             "Marca de tiempo de actualización de la lista de reproducción", "Orden de vídeos de lista de reproducción",
             "Visibilidad de la lista de reproducción"]),
        // The languages below are guesses, but for the title of Watch Later, which is YouTube's own name for it.
        Guessed("de", "Takeout/YouTube und YouTube Music/Playlists/", "{0}-Videos.csv", "Später ansehen", "Video-ID",
            "Zeitstempel der Erstellung des Playlist-Videos", "Playlists.csv", "Playlist-ID", "Playlist-Titel (Original)"),
        // The folders and the playlist list's id and title columns of fr and ru follow the example of a Takeout
        // localization table (docs/takeout-localization.md); the rest of both languages is guessed.
        Guessed("fr", "Takeout/YouTube et YouTube Music/playlists/", "{0}-vidéos.csv", "À regarder plus tard", "ID de la vidéo",
            "Horodatage de création de la vidéo de la playlist", "playlists.csv", "ID de la playlist", "Titre (d'origine) de la playlist"),
        Guessed("pt", "Takeout/YouTube e YouTube Music/playlists/", "{0}-vídeos.csv", "Assistir mais tarde", "ID do vídeo",
            "Carimbo de data/hora de criação do vídeo da playlist", "playlists.csv", "ID da playlist", "Título da playlist (original)"),
        Guessed("it", "Takeout/YouTube e YouTube Music/playlist/", "{0}-video.csv", "Guarda più tardi", "ID video",
            "Timestamp di creazione del video della playlist", "playlist.csv", "ID playlist", "Titolo della playlist (originale)"),
        Guessed("pl", "Takeout/YouTube i YouTube Music/playlisty/", "{0}-filmy.csv", "Do obejrzenia", "Identyfikator filmu",
            "Sygnatura czasowa utworzenia filmu na playliście", "playlisty.csv", "Identyfikator playlisty", "Tytuł playlisty (oryginalny)"),
        Guessed("ru", "Takeout/YouTube и YouTube Music/плейлисты/", "{0}-видео.csv", "Смотреть позже", "Идентификатор видео",
            "Временная метка создания видео в плейлисте", "плейлисты.csv", "ID плейлиста", "Название (оригинал) плейлиста"),
        Guessed("tr", "Takeout/YouTube ve YouTube Music/oynatma listeleri/", "{0}-videolar.csv", "Daha sonra izle", "Video kimliği",
            "Oynatma listesi videosu oluşturma zaman damgası", "oynatma listeleri.csv", "Oynatma listesi kimliği", "Oynatma listesi başlığı (orijinal)"),
        Guessed("ja", "Takeout/YouTube と YouTube Music/再生リスト/", "{0}-動画.csv", "後で見る", "動画 ID",
            "再生リストの動画の作成タイムスタンプ", "再生リスト.csv", "再生リスト ID", "再生リストのタイトル（オリジナル）"),
        Guessed("ko", "Takeout/YouTube 및 YouTube Music/재생목록/", "{0}-동영상.csv", "나중에 볼 동영상", "동영상 ID",
            "재생목록 동영상 생성 타임스탬프", "재생목록.csv", "재생목록 ID", "재생목록 제목(원본)"),
        Guessed("zh", "Takeout/YouTube 和 YouTube Music/播放列表/", "{0}-视频.csv", "稍后观看", "视频 ID",
            "播放列表视频创建时间戳", "播放列表.csv", "播放列表 ID", "播放列表标题（原始）"),
    }.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The file name of a playlist titled <paramref name="sanitizedTitle"/>, the n-th to carry that title.</summary>
    public string FileNameFor(string sanitizedTitle, int repeat)
    {
        var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, VideosFileName, sanitizedTitle);
        return repeat == 0 ? name : name[..^".csv".Length] + $"({repeat}).csv";
    }

    /// <summary>A language whose playlist list is known only by its id and title columns: the others stay English.</summary>
    private static TakeoutLanguage Guessed(string code, string folder, string fileName, string watchLater, string videoId,
        string timestamp, string manifestFile, string playlistId, string title) =>
        new(code, folder, fileName, watchLater, videoId, timestamp, manifestFile,
            [playlistId, English.ManifestColumns[1], title, .. English.ManifestColumns.Skip(3)]);
}
