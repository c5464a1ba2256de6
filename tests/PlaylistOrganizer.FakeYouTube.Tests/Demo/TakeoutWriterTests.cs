using System.IO.Compression;
using System.Text;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Tests.Demo;

public class TakeoutWriterTests
{
    private const string Folder = "Takeout/YouTube and YouTube Music/playlists/";

    private static readonly DateTimeOffset Created = new(2020, 11, 20, 7, 32, 24, TimeSpan.Zero);
    private static readonly DateTimeOffset Added1 = new(2021, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Added2 = new(2026, 2, 25, 19, 35, 57, TimeSpan.Zero);

    private static AccountSnapshot Account() => new()
    {
        AccountId = "t",
        Channel = new ChannelSnapshot { Id = "UC_x5XG1OV2P6uZZ5FSM9Ttw", Title = "Tester" },
        Playlists =
        [
            Playlist("PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Cooking", ("aaaaaaaaaaa", Added1), ("bbbbbbbbbbb", Added2)),
            Playlist("PLbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "AC/DC: live?"),
            Playlist("PLcccccccccccccccccccccccccccccccc", "Cooking", ("ccccccccccc", Added2)),
            new PlaylistSnapshot { Id = "LL_x5XG1OV2P6uZZ5FSM9Ttw", Title = "Liked videos", Kind = PlaylistKind.Likes },
        ],
        WatchLater =
        [
            new WatchLaterEntry { VideoId = "dQw4w9WgXcQ", AddedAt = Added1 },
            new WatchLaterEntry { VideoId = "wxmYUyLS47w", AddedAt = Added2 },
        ],
    };

    private static PlaylistSnapshot Playlist(string id, string title, params (string Video, DateTimeOffset At)[] items) => new()
    {
        Id = id,
        Title = title,
        PublishedAt = Created,
        Items = items.Select((i, n) => new PlaylistItemSnapshot { Id = $"item{n}{id}", VideoId = i.Video, AddedAt = i.At }).ToList(),
    };

    private static Dictionary<string, string> Unzip(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static byte[] WriteZip(AccountSnapshot account, TakeoutWriterOptions? options = null)
    {
        var stream = new MemoryStream();
        TakeoutWriter.WriteZip(account, stream, options);
        return stream.ToArray();
    }

    [Fact]
    public void Zip_holds_the_manifest_one_file_per_regular_playlist_and_watch_later()
    {
        var files = Unzip(WriteZip(Account()));

        Assert.Equal(
            [Folder + "playlists.csv", Folder + "Cooking-videos.csv", Folder + "AC_DC_ live_-videos.csv",
             Folder + "Cooking-videos(1).csv", Folder + "Watch later-videos.csv"],
            files.Keys);
        Assert.Equal("Video ID,Playlist Video Creation Timestamp\naaaaaaaaaaa,2021-05-01T12:00:00+00:00\nbbbbbbbbbbb,2026-02-25T19:35:57+00:00\n",
            files[Folder + "Cooking-videos.csv"]);
        Assert.Equal("Video ID,Playlist Video Creation Timestamp\n", files[Folder + "AC_DC_ live_-videos.csv"]);
    }

    [Fact]
    public void Manifest_lists_regular_playlists_with_the_current_columns()
    {
        var lines = Unzip(WriteZip(Account()))[Folder + "playlists.csv"].Split('\n');

        Assert.Equal("Playlist ID,Add new videos to top,Playlist title (original),Playlist title (original) language," +
                     "Playlist create timestamp,Playlist update timestamp,Playlist video order,Playlist visibility", lines[0]);
        Assert.Equal("PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,False,Cooking,,2020-11-20T07:32:24+00:00,2026-02-25T19:35:57+00:00,Manual,Private", lines[1]);
        Assert.Equal(5, lines.Length); // header, three playlists, trailing newline; no Likes
    }

    [Fact]
    public void Bare_watch_later_csv_has_the_takeout_header_and_rows()
    {
        var text = Encoding.UTF8.GetString(TakeoutWriter.WatchLaterCsv(Account()));

        Assert.Equal("Video ID,Playlist Video Creation Timestamp\ndQw4w9WgXcQ,2021-05-01T12:00:00+00:00\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\n", text);
    }

    [Fact]
    public void Legacy_format_writes_the_metadata_block_then_the_video_table()
    {
        var options = new TakeoutWriterOptions { Format = TakeoutFormat.Legacy, NewLine = "\r\n", ByteOrderMark = true };

        var bytes = TakeoutWriter.WatchLaterCsv(Account(), options);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(
            "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\r\n" +
            "WL,UC_x5XG1OV2P6uZZ5FSM9Ttw,2021-05-01 12:00:00 UTC,2026-02-25 19:35:57 UTC,Watch later,,Private\r\n" +
            "\r\n" +
            "Video Id,Time Added\r\n" +
            "dQw4w9WgXcQ,2021-05-01 12:00:00 UTC\r\n" +
            "wxmYUyLS47w,2026-02-25 19:35:57 UTC\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_spanish_export_localizes_folder_file_names_headers_and_the_playlist_list_but_keeps_watch_later_english()
    {
        var files = Unzip(WriteZip(Account(), new TakeoutWriterOptions { Language = TakeoutLanguage.All["es"] }));

        const string folder = "Takeout/YouTube y YouTube\u00a0Music/listas de reproducción/";
        Assert.Equal(
            [folder + "Listas de reproducción.csv", folder + "Cooking-vídeos.csv", folder + "AC_DC_ live_-vídeos.csv",
             folder + "Cooking-vídeos(1).csv", folder + "Watch later-vídeos.csv"],
            files.Keys);
        Assert.StartsWith("ID de vídeo,Marca de tiempo de creación de la lista de reproducción de vídeos\n",
            files[folder + "Watch later-vídeos.csv"]);
        Assert.StartsWith("ID de lista de reproducción,Añadir vídeos nuevos al principio,Título de la lista de reproducción (original),",
            files[folder + "Listas de reproducción.csv"]);
    }

    [Fact]
    public void A_dutch_export_wraps_titles_as_videos_in()
    {
        var files = Unzip(WriteZip(Account(), new TakeoutWriterOptions { Language = TakeoutLanguage.All["nl"] }));

        Assert.Contains("Takeout/YouTube en YouTube Music/playlists/Video_s in Watch later.csv", files.Keys);
        Assert.Contains("Takeout/YouTube en YouTube Music/playlists/Video_s in Cooking(1).csv", files.Keys);
    }

    [Fact]
    public void Legacy_export_names_files_by_title_writes_no_playlist_list_and_can_give_watch_later_a_PL_id()
    {
        var options = new TakeoutWriterOptions { Format = TakeoutFormat.Legacy, LegacyWatchLaterId = "PLwatchlaterwatchlaterwatchlater00" };

        var files = Unzip(WriteZip(Account(), options));

        Assert.Equal([Folder + "Cooking.csv", Folder + "AC_DC_ live_.csv", Folder + "Cooking(1).csv", Folder + "Watch later.csv"], files.Keys);
        Assert.StartsWith("Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\n" +
                          "PLwatchlaterwatchlaterwatchlater00,UC_x5XG1OV2P6uZZ5FSM9Ttw,", files[Folder + "Watch later.csv"]);
    }

    [Theory]
    [InlineData("Recipes", "Recipes")]
    [InlineData("AC/DC live", "AC_DC live")]
    [InlineData("What? \"Best\" <moments>", "What_ _Best_ _moments_")]
    [InlineData("Tom's videos", "Tom_s videos")]
    [InlineData("C:\\temp|x*", "C__temp_x_")]
    public void File_names_replace_characters_file_systems_refuse(string title, string expected) =>
        Assert.Equal(expected, TakeoutWriter.SanitizeFileTitle(title));

    [Fact]
    public void The_same_account_gives_the_same_zip_bytes()
    {
        Assert.Equal(WriteZip(Account()), WriteZip(Account()));
    }
}
