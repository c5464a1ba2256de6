using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.YouTube;
using static PlaylistOrganizer.Core.Tests.Library.Import.Takeout.TakeoutInput;

namespace PlaylistOrganizer.Core.Tests.Library.Import.Takeout;

/// <summary>
/// Exports in each of the thirteen languages, written here as docs/takeout-localization.md lists them (file names,
/// headers, playlist list), read without any hint: Watch Later is found by its localized name, the other playlist
/// keeps its title and id.
/// </summary>
public class TakeoutLocalizationTests
{
    private const string Row1 = "wxmYUyLS47w,2026-02-25T19:35:57+00:00\n";
    private const string Row2 = "dQw4w9WgXcQ,2021-05-01T12:00:00+00:00\n";
    private const string CookingId = "PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private readonly TakeoutReader _reader = new();

    /// <summary>language, folder, Watch Later file, another playlist's file, the playlist files' header, playlist list
    /// file and its id and title columns.</summary>
    public static TheoryData<string, string, string, string, string, string, string> Languages => new()
    {
        { "en", "Takeout/YouTube and YouTube Music/playlists/", "Watch later-videos.csv", "Kochen-videos.csv",
            "Video ID,Playlist Video Creation Timestamp", "playlists.csv", "Playlist ID,Playlist title (original)" },
        { "de", "Takeout/YouTube und YouTube Music/Playlists/", "Später ansehen-Videos.csv", "Kochen-Videos.csv",
            "Video-ID,Zeitstempel der Erstellung des Playlist-Videos", "Playlists.csv", "Playlist-ID,Playlist-Titel (Original)" },
        { "fr", "Takeout/YouTube et YouTube Music/playlists/", "À regarder plus tard-vidéos.csv", "Kochen-vidéos.csv",
            "ID de la vidéo,Horodatage de création de la vidéo de la playlist", "playlists.csv", "ID de la playlist,Titre (d'origine) de la playlist" },
        { "es", "Takeout/YouTube y YouTube\u00a0Music/listas de reproducción/", "Watch later-vídeos.csv", "Kochen-vídeos.csv",
            "ID de vídeo,Marca de tiempo de creación de la lista de reproducción de vídeos", "Listas de reproducción.csv",
            "ID de lista de reproducción,Título de la lista de reproducción (original)" },
        { "pt", "Takeout/YouTube e YouTube Music/playlists/", "Assistir mais tarde-vídeos.csv", "Kochen-vídeos.csv",
            "ID do vídeo,Carimbo de data/hora de criação do vídeo da playlist", "playlists.csv", "ID da playlist,Título da playlist (original)" },
        { "it", "Takeout/YouTube e YouTube Music/playlist/", "Guarda più tardi-video.csv", "Kochen-video.csv",
            "ID video,Timestamp di creazione del video della playlist", "playlist.csv", "ID playlist,Titolo della playlist (originale)" },
        { "nl", "Takeout/YouTube en YouTube Music/playlists/", "Video_s in Watch later.csv", "Video_s in Kochen.csv",
            "Video-ID,Tijdstempel voor het maken van een playlistvideo", "playlists.csv", "Playlist-ID,Playlist-titel (Origineel)" },
        { "pl", "Takeout/YouTube i YouTube Music/playlisty/", "Do obejrzenia-filmy.csv", "Kochen-filmy.csv",
            "Identyfikator filmu,Sygnatura czasowa utworzenia filmu na playliście", "playlisty.csv", "Identyfikator playlisty,Tytuł playlisty (oryginalny)" },
        { "ru", "Takeout/YouTube и YouTube Music/плейлисты/", "Смотреть позже-видео.csv", "Kochen-видео.csv",
            "Идентификатор видео,Временная метка создания видео в плейлисте", "плейлисты.csv", "ID плейлиста,Название (оригинал) плейлиста" },
        { "tr", "Takeout/YouTube ve YouTube Music/oynatma listeleri/", "Daha sonra izle-videolar.csv", "Kochen-videolar.csv",
            "Video kimliği,Oynatma listesi videosu oluşturma zaman damgası", "oynatma listeleri.csv", "Oynatma listesi kimliği,Oynatma listesi başlığı (orijinal)" },
        { "ja", "Takeout/YouTube と YouTube Music/再生リスト/", "後で見る-動画.csv", "Kochen-動画.csv",
            "動画 ID,再生リストの動画の作成タイムスタンプ", "再生リスト.csv", "再生リスト ID,再生リストのタイトル（オリジナル）" },
        { "ko", "Takeout/YouTube 및 YouTube Music/재생목록/", "나중에 볼 동영상-동영상.csv", "Kochen-동영상.csv",
            "동영상 ID,재생목록 동영상 생성 타임스탬프", "재생목록.csv", "재생목록 ID,재생목록 제목(원본)" },
        { "zh", "Takeout/YouTube 和 YouTube Music/播放列表/", "稍后观看-视频.csv", "Kochen-视频.csv",
            "视频 ID,播放列表视频创建时间戳", "播放列表.csv", "播放列表 ID,播放列表标题（原始）" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_current_export_in_each_language_gives_watch_later_and_the_playlists_with_their_ids(
        string language, string folder, string watchLaterFile, string playlistFile, string header, string manifestFile, string manifestHeader)
    {
        var zip = Zip(
            (folder + manifestFile, $"{manifestHeader}\n{CookingId},Kochen\n"),
            (folder + playlistFile, header + "\n" + Row2),
            (folder + watchLaterFile, header + "\n" + Row1 + Row2),
            (folder + "subscriptions.csv", "Channel Id,Channel Url,Channel Title\nUC_x5XG1OV2P6uZZ5FSM9Ttw,http://youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw,Google\n"));

        var library = Succeeds(_reader.ReadZip(zip, $"takeout-{language}.zip"));

        Assert.Equal(folder + watchLaterFile, library.WatchLater?.SourceFile);
        Assert.Equal(["wxmYUyLS47w", "dQw4w9WgXcQ"], library.WatchLater!.Entries.Select(e => e.VideoId.Value));
        Assert.Equal(new DateTimeOffset(2026, 2, 25, 19, 35, 57, TimeSpan.Zero), library.WatchLater.Entries[0].AddedAt);
        var cooking = Assert.Single(library.Playlists);
        Assert.Equal(("Kochen", new PlaylistId(CookingId)), (cooking.Title, cooking.Id));
        Assert.Equal(folder + "subscriptions.csv", Assert.Single(library.UnusedFiles).File);
        Assert.Empty(library.Warnings);
    }

    /// <summary>Each language's Watch Later file name and header.</summary>
    public static TheoryData<string, string> WatchLaterFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var row in Languages) files.Add((string)row[2], (string)row[4]);
        return files;
    }

    [Theory]
    [MemberData(nameof(WatchLaterFiles))]
    public void Each_languages_watch_later_file_uploaded_alone_is_read(string watchLaterFile, string header)
    {
        var library = Succeeds(_reader.Read(Csv(header + "\r\n" + Row1, bom: true), watchLaterFile));

        Assert.Equal(new VideoId("wxmYUyLS47w"), Assert.Single(library.WatchLater!.Entries).VideoId);
    }

    [Fact]
    public void Columns_under_headers_in_an_unknown_language_are_found_by_what_they_hold()
    {
        // The time column first, then the ids, under headers no table knows.
        var csv = "Zeitpunkt XY,Kennung QZ\n2026-02-25T19:35:57+00:00,wxmYUyLS47w\n2021-05-01T12:00:00+00:00,dQw4w9WgXcQ\n";

        var watchLater = Succeeds(_reader.Read(Csv(csv), "export.csv")).WatchLater!;

        Assert.Equal(
            [new TakeoutEntry(new VideoId("wxmYUyLS47w"), new DateTimeOffset(2026, 2, 25, 19, 35, 57, TimeSpan.Zero)),
             new TakeoutEntry(new VideoId("dQw4w9WgXcQ"), new DateTimeOffset(2021, 5, 1, 12, 0, 0, TimeSpan.Zero))],
            watchLater.Entries);
    }

    [Fact]
    public void A_playlist_file_under_an_unknown_name_is_found_by_its_columns_and_offered_as_watch_later()
    {
        var zip = Zip((Folder + "Qzx-wqv.csv", "Aaa,Bbb\n" + Row1));

        var library = Succeeds(_reader.ReadZip(zip));

        Assert.Null(library.WatchLater); // nothing says it is Watch Later: the user decides
        Assert.Equal(Folder + "Qzx-wqv.csv", Assert.Single(library.WatchLaterCandidates).SourceFile);
    }

    [Fact]
    public void Legacy_layout_with_a_PL_id_on_watch_later_is_told_apart_by_its_title()
    {
        const string meta = "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\n";
        var zip = Zip(
            (Folder + "Watch later.csv", meta + "PLwatchlaterwatchlaterwatchlater00,UC_x5XG1OV2P6uZZ5FSM9Ttw,2015-01-01 00:00:00 UTC,,Watch later,,Private\n\n" +
                                         "Video Id,Time Added\nwxmYUyLS47w,2019-03-04 05:06:07 UTC\n"),
            (Folder + "Cooking.csv", meta + $"{CookingId},UC_x5XG1OV2P6uZZ5FSM9Ttw,2015-01-01 00:00:00 UTC,,Cooking,,Public\n\n" +
                                     "Video Id,Time Added\ndQw4w9WgXcQ,2019-03-04 05:06:07 UTC\n"));

        var library = Succeeds(_reader.ReadZip(zip));

        Assert.Equal(new PlaylistId("PLwatchlaterwatchlaterwatchlater00"), library.WatchLater!.Id);
        Assert.Equal(new TakeoutEntry(new VideoId("wxmYUyLS47w"), new DateTimeOffset(2019, 3, 4, 5, 6, 7, TimeSpan.Zero)),
            Assert.Single(library.WatchLater.Entries));
        Assert.Equal(("Cooking", new PlaylistId(CookingId)), (library.Playlists.Single().Title, library.Playlists.Single().Id));
    }

    [Fact]
    public void Two_files_named_like_watch_later_are_both_offered_with_nothing_chosen()
    {
        const string header = "Video ID,Playlist Video Creation Timestamp\n";
        var zip = Zip((Folder + "Watch later-videos.csv", header + Row1), ("Takeout 2/" + "Später ansehen-Videos.csv", header + Row1 + Row2));

        var library = Succeeds(_reader.ReadZip(zip));

        Assert.Null(library.WatchLater);
        Assert.Equal([(Folder + "Watch later-videos.csv", 1), ("Takeout 2/Später ansehen-Videos.csv", 2)],
            library.WatchLaterCandidates.Select(c => (c.SourceFile, c.Entries.Count)));
    }

    [Fact]
    public void The_users_pick_decides_and_a_file_matching_an_imported_playlist_is_never_watch_later()
    {
        const string header = "Video ID,Playlist Video Creation Timestamp\n";
        var zip = () => Zip((Folder + "Watch later-videos.csv", header + Row1), (Folder + "Später ansehen-Videos.csv", header + Row1 + Row2));

        var picked = Succeeds(_reader.ReadZip(zip(), hints: new WatchLaterHints([], "Später ansehen-Videos.csv")));
        // A playlist of the user's own titled "Watch later" came in from YouTube, so the German file is Watch Later.
        var byElimination = Succeeds(_reader.ReadZip(zip(), hints: new WatchLaterHints([new KnownPlaylist("PLmine", "Watch later")])));

        Assert.Equal(2, picked.WatchLater!.Entries.Count);
        Assert.Equal(Folder + "Später ansehen-Videos.csv", byElimination.WatchLater!.SourceFile);
        Assert.Equal("Watch later", byElimination.Playlists.Single().Title);
    }

    [Fact]
    public void A_pick_that_names_no_file_is_refused_with_the_files_there_are()
    {
        var zip = Zip((Folder + "Watch later-videos.csv", "Video ID,Playlist Video Creation Timestamp\n" + Row1));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip, "takeout.zip", new WatchLaterHints([], "Later.csv"))));

        Assert.Equal(TakeoutProblemCode.WatchLaterNotFound, problem.Code);
        Assert.Equal("takeout.zip has no playlist file named 'Later.csv'. Its playlist files are: 'Watch later-videos.csv'.", problem.Message);
    }

    [Fact]
    public void An_unreadable_playlists_csv_is_a_warning_and_titles_come_from_file_names()
    {
        var zip = Zip(
            (Folder + "playlists.csv", "Something,Else\n\"unclosed\n"),
            (Folder + "Cooking-videos.csv", "Video ID,Playlist Video Creation Timestamp\n" + Row2),
            (Folder + "Watch later-videos.csv", "Video ID,Playlist Video Creation Timestamp\n" + Row1));

        var library = Succeeds(_reader.ReadZip(zip));

        Assert.Single(library.WatchLater!.Entries);
        Assert.Equal(("Cooking", null), (library.Playlists.Single().Title, library.Playlists.Single().Id));
        Assert.StartsWith("playlists.csv could not be read, so playlist titles come from the file names", Assert.Single(library.Warnings));
    }
}
