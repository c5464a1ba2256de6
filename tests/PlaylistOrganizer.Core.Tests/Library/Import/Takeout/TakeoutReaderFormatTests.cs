using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.YouTube;
using static PlaylistOrganizer.Core.Tests.Library.Import.Takeout.TakeoutInput;

namespace PlaylistOrganizer.Core.Tests.Library.Import.Takeout;

/// <summary>Every layout of Takeout playlist files seen in the wild reads to the same entries.</summary>
public class TakeoutReaderFormatTests
{
    private static readonly DateTimeOffset First = new(2026, 2, 25, 19, 35, 57, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = new(2021, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TakeoutReader _reader = new();

    [Fact]
    public void Current_watch_later_csv_reads_ids_and_added_times()
    {
        var csv = "Video ID,Playlist Video Creation Timestamp\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\ndQw4w9WgXcQ,2021-05-01T12:00:00+00:00\n";

        var library = Succeeds(_reader.ReadCsv(Csv(csv), "Watch later-videos.csv"));

        Assert.Empty(library.Playlists);
        var watchLater = Assert.IsType<TakeoutPlaylist>(library.WatchLater);
        Assert.Equal(
            [new TakeoutEntry(new VideoId("wxmYUyLS47w"), First), new TakeoutEntry(new VideoId("dQw4w9WgXcQ"), Second)],
            watchLater.Entries);
        Assert.Null(watchLater.Id);
    }

    [Fact]
    public void Legacy_layout_with_metadata_block_is_read_and_its_id_and_title_kept()
    {
        var csv = """
            Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility
            PLabcdefghijklmnopqrstuvwxyz012345,UC_x5XG1OV2P6uZZ5FSM9Ttw,2015-01-01 00:00:00 UTC,,"Recipes, to try",,Private

            Video Id,Time Added
            wxmYUyLS47w,2026-02-25 19:35:57 UTC
            dQw4w9WgXcQ,2021-05-01 12:00:00 UTC
            """;

        var library = Succeeds(_reader.ReadCsv(Csv(csv), "Recipes_ to try-videos.csv"));

        var playlist = library.WatchLater!; // a CSV uploaded on its own is Watch Later, whatever it says
        Assert.Equal("Recipes, to try", playlist.Title);
        Assert.Equal(new PlaylistId("PLabcdefghijklmnopqrstuvwxyz012345"), playlist.Id);
        Assert.Equal([First, Second], playlist.Entries.Select(e => e.AddedAt!.Value));
        Assert.Empty(library.Playlists);
    }

    [Fact]
    public void Legacy_watch_later_is_recognised_by_its_WL_id_whatever_the_file_name()
    {
        var csv = "Playlist Id,Channel Id,Time Created,Time Updated,Title,Description,Visibility\n" +
                  "WL,UC_x5XG1OV2P6uZZ5FSM9Ttw,2015-01-01 00:00:00 UTC,,Watch later,,Private\n\n" +
                  "Video Id,Time Added\ndQw4w9WgXcQ,2021-05-01 12:00:00 UTC\n";

        var library = Succeeds(_reader.ReadCsv(Csv(csv), "export.csv"));

        Assert.Empty(library.Playlists);
        Assert.Equal(new VideoId("dQw4w9WgXcQ"), Assert.Single(library.WatchLater!.Entries).VideoId);
    }

    [Fact]
    public void Byte_order_mark_and_CRLF_line_endings_are_tolerated()
    {
        var csv = "Video ID,Playlist Video Creation Timestamp\r\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\r\n\r\n";

        var library = Succeeds(_reader.ReadCsv(Csv(csv, bom: true), "Watch later-videos.csv"));

        var entry = Assert.Single(library.WatchLater!.Entries);
        Assert.Equal(new TakeoutEntry(new VideoId("wxmYUyLS47w"), First), entry);
    }

    [Fact]
    public void Dutch_headers_and_file_name_are_understood()
    {
        var csv = "Video-ID,Tijdstempel voor het maken van een playlistvideo\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\n";

        var library = Succeeds(_reader.ReadCsv(Csv(csv), "Video_s in Watch later.csv"));

        Assert.Equal(First, Assert.Single(library.WatchLater!.Entries).AddedAt);
    }

    [Theory]
    [InlineData("video_id,time added")]
    [InlineData("VIDEO ID,Playlist video creation timestamp")]
    [InlineData("Video Id,Something localized")] // two columns: the other one is the time
    [InlineData("Playlist Video Creation Timestamp,Video ID")] // columns found by name, not position
    public void Headers_are_matched_by_name_loosely(string header)
    {
        var row = header.StartsWith("Playlist", StringComparison.Ordinal)
            ? "2026-02-25T19:35:57+00:00,wxmYUyLS47w"
            : "wxmYUyLS47w,2026-02-25T19:35:57Z";
        var library = Succeeds(_reader.ReadCsv(Csv(header + "\n" + row + "\n"), "Music-videos.csv"));

        Assert.Equal(new TakeoutEntry(new VideoId("wxmYUyLS47w"), First), Assert.Single(library.WatchLater!.Entries));
    }

    [Fact]
    public void A_bare_csv_is_watch_later_whatever_its_name_and_takes_its_title_from_the_file_name()
    {
        var library = Succeeds(_reader.ReadCsv(Csv("Video ID,Playlist Video Creation Timestamp\n"), "Lo-fi beats-videos(1).csv"));

        Assert.Empty(library.Playlists);
        var playlist = library.WatchLater!;
        Assert.Equal("Lo-fi beats", playlist.Title);
        Assert.Null(playlist.Id);
        Assert.Empty(playlist.Entries); // an empty playlist exports as a header only
    }

    [Fact]
    public void Repeated_entries_of_one_video_are_kept_in_order()
    {
        var csv = "Video ID,Playlist Video Creation Timestamp\ndQw4w9WgXcQ,2021-05-01T12:00:00+00:00\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\ndQw4w9WgXcQ,2026-02-25T19:35:57+00:00\n";

        var playlist = Succeeds(_reader.ReadCsv(Csv(csv), "Music-videos.csv")).WatchLater!;

        Assert.Equal(["dQw4w9WgXcQ", "wxmYUyLS47w", "dQw4w9WgXcQ"], playlist.Entries.Select(e => e.VideoId.Value));
    }

    [Fact]
    public void Zip_maps_titles_to_ids_through_the_manifest_including_repeated_and_sanitized_titles()
    {
        var manifest = """
            Playlist ID,Add new videos to top,Playlist title (original),Playlist title (original) language,Playlist create timestamp,Playlist update timestamp,Playlist video order,Playlist visibility
            PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,False,Cooking,,2020-11-20T07:32:24+00:00,2020-12-20T04:08:54+00:00,Manual,Private
            PLbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,False,AC/DC live,,2020-11-20T07:32:24+00:00,2020-12-20T04:08:54+00:00,Manual,Public
            PLcccccccccccccccccccccccccccccccc,False,Cooking,,2021-11-20T07:32:24+00:00,2021-12-20T04:08:54+00:00,Manual,Private
            """;
        const string header = "Video ID,Playlist Video Creation Timestamp\n";
        var zip = Zip(
            (Folder + "playlists.csv", manifest),
            (Folder + "Cooking-videos.csv", header + "aaaaaaaaaaa,2024-03-01T10:00:00+00:00\n"),
            (Folder + "Cooking-videos(1).csv", header + "ccccccccccc,2024-03-01T10:00:00+00:00\n"),
            (Folder + "AC_DC live-videos.csv", header + "bbbbbbbbbbb,2024-03-01T10:00:00+00:00\n"),
            (Folder + "Watch Later-videos.csv", header + "wxmYUyLS47w,2026-02-25T19:35:57+00:00\n"));

        var library = Succeeds(_reader.ReadZip(zip));

        Assert.Equal(
            [("Cooking", "PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaa"),
             ("Cooking", "PLcccccccccccccccccccccccccccccccc", "ccccccccccc"),
             ("AC/DC live", "PLbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bbbbbbbbbbb")],
            library.Playlists.Select(p => (p.Title, p.Id!.Value.Value, p.Entries.Single().VideoId.Value)));
        Assert.Equal("wxmYUyLS47w", library.WatchLater!.Entries.Single().VideoId.Value);
    }

    [Fact]
    public void Zip_files_are_found_under_localized_folders_and_a_title_case_manifest()
    {
        const string folder = "Takeout/YouTube en YouTube Music/afspeellijsten/";
        var manifest = "Playlist Id,Playlist Title (Original),Playlist Create Timestamp,Playlist Visibility\n" +
                       "PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,Koken,2020-11-20T07:32:24+00:00,Private\n";
        var zip = Zip(
            ("Takeout/archive_browser.html", "<html></html>"),
            (folder + "playlists.csv", manifest),
            (folder + "Koken-videos.csv", "Video-ID,Tijdstempel voor het maken van een playlistvideo\naaaaaaaaaaa,2024-03-01T10:00:00+00:00\n"));

        var library = Succeeds(_reader.Read(zip, "takeout-20261101T000000Z-001.zip"));

        var playlist = Assert.Single(library.Playlists);
        Assert.Equal(("Koken", new PlaylistId("PLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")), (playlist.Title, playlist.Id));
        Assert.Null(library.WatchLater);
    }

    [Fact]
    public void Zip_without_manifest_gives_titles_from_file_names_and_no_ids()
    {
        var zip = Zip((Folder + "Lo-fi beats-videos.csv", "Video ID,Playlist Video Creation Timestamp\naaaaaaaaaaa,2024-03-01T10:00:00+00:00\n"));

        var playlist = Assert.Single(Succeeds(_reader.ReadZip(zip)).Playlists);

        Assert.Equal("Lo-fi beats", playlist.Title);
        Assert.Null(playlist.Id);
    }

    [Fact]
    public void Read_detects_a_zip_by_content_and_a_csv_otherwise()
    {
        var zip = Zip((Folder + "Watch later-videos.csv", "Video ID,Playlist Video Creation Timestamp\naaaaaaaaaaa,2024-03-01T10:00:00+00:00\n"));
        var csv = Csv("Video ID,Playlist Video Creation Timestamp\nbbbbbbbbbbb,2024-03-01T10:00:00+00:00\n");

        Assert.Equal("aaaaaaaaaaa", Succeeds(_reader.Read(zip, "upload.bin")).WatchLater!.Entries.Single().VideoId.Value);
        Assert.Equal("bbbbbbbbbbb", Succeeds(_reader.Read(csv, "Watch later-videos.csv")).WatchLater!.Entries.Single().VideoId.Value);
    }
}
