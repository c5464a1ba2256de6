using System.Text;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using static PlaylistOrganizer.Core.Tests.Library.Import.Takeout.TakeoutInput;

namespace PlaylistOrganizer.Core.Tests.Library.Import.Takeout;

/// <summary>Bad uploads are refused as a whole, with messages that name the file, the line and the value.</summary>
public class TakeoutReaderBadInputTests
{
    private const string Header = "Video ID,Playlist Video Creation Timestamp\n";
    private const string GoodRow = "wxmYUyLS47w,2026-02-25T19:35:57+00:00\n";

    private readonly TakeoutReader _reader = new();

    [Fact]
    public void An_invalid_video_id_is_reported_with_file_line_and_value()
    {
        var problems = Fails(_reader.ReadCsv(Csv(Header + GoodRow + "abc,2026-02-25T19:35:57+00:00\n"), "Watch later-videos.csv"));

        var problem = Assert.Single(problems);
        Assert.Equal(TakeoutProblemCode.InvalidVideoId, problem.Code);
        Assert.Equal(("Watch later-videos.csv", 3), (problem.File, problem.Line));
        Assert.StartsWith("Watch later-videos.csv line 3: 'abc' is not a YouTube video id", problem.Message);
    }

    [Fact]
    public void Many_invalid_ids_list_the_first_few_and_count_all()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i => $"bad{i},2026-02-25T19:35:57+00:00\n"));

        var problems = Fails(_reader.ReadCsv(Csv(Header + rows), "Music-videos.csv"));

        Assert.Equal([2, 3, 4, 5, 6], problems.Where(p => p.Code == TakeoutProblemCode.InvalidVideoId).Select(p => p.Line!.Value));
        var summary = Assert.Single(problems, p => p.Code == TakeoutProblemCode.MoreOfTheSame);
        Assert.Contains("12 rows", summary.Message);
        Assert.Contains("not a YouTube video id", summary.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_reported_by_line()
    {
        var problems = Fails(_reader.ReadCsv(Csv(Header + GoodRow + "dQw4w9WgXcQ\n" + "dQw4w9WgXcQ,2026-02-25T19:35:57+00:00,extra\n"), "Music-videos.csv"));

        Assert.All(problems, p => Assert.Equal(TakeoutProblemCode.MalformedRow, p.Code));
        Assert.Equal([3, 4], problems.Select(p => p.Line!.Value));
        Assert.Contains("expected 2 values", problems[0].Message);
    }

    [Fact]
    public void A_broken_quote_is_reported_by_line()
    {
        var problems = Fails(_reader.ReadCsv(Csv(Header + GoodRow + "\"dQw4w9WgXcQ,2026-02-25T19:35:57+00:00\n"), "Music-videos.csv"));

        var problem = Assert.Single(problems);
        Assert.Equal((TakeoutProblemCode.MalformedRow, 3), (problem.Code, problem.Line));
        Assert.Contains("never closed", problem.Message);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-45T19:35:57+00:00")]
    [InlineData("25/02/2026 19:35")]
    public void An_unreadable_timestamp_is_reported(string time)
    {
        var problems = Fails(_reader.ReadCsv(Csv(Header + $"wxmYUyLS47w,{time}\n"), "Music-videos.csv"));

        var problem = Assert.Single(problems);
        Assert.Equal((TakeoutProblemCode.InvalidTimestamp, 2), (problem.Code, problem.Line));
        Assert.Contains($"'{time}' is not a date and time", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n  \n")]
    public void An_empty_file_is_refused(string content)
    {
        var problem = Assert.Single(Fails(_reader.ReadCsv(Csv(content), "Watch later-videos.csv")));

        Assert.Equal(TakeoutProblemCode.Empty, problem.Code);
        Assert.Contains("Watch later-videos.csv is empty", problem.Message);
    }

    [Fact]
    public void A_file_without_a_video_id_column_is_refused()
    {
        var problem = Assert.Single(Fails(_reader.ReadCsv(Csv("Name,Date\nfoo,bar\n"), "Music-videos.csv")));

        Assert.Equal(TakeoutProblemCode.MissingColumn, problem.Code);
        Assert.Contains("'Video ID' column", problem.Message);
    }

    [Fact]
    public void Ids_of_the_wrong_shape_under_headers_no_table_knows_are_reported_by_line()
    {
        // The times identify the other column as the ids, so its bad values are errors, not a reason to skip the file.
        var problems = Fails(_reader.Read(Csv("Kennung,Zeitpunkt\nwxmYUyLS47w,2026-02-25T19:35:57+00:00\nnope,2026-02-25T19:35:57+00:00\n"), "Später ansehen-Videos.csv"));

        var problem = Assert.Single(problems);
        Assert.Equal((TakeoutProblemCode.InvalidVideoId, "Später ansehen-Videos.csv", 3), (problem.Code, problem.File, problem.Line));
    }

    [Fact]
    public void A_playlist_file_in_a_zip_without_an_id_column_refuses_the_upload_naming_file_and_line()
    {
        var zip = Zip((Folder + "Watch later-videos.csv", Header + GoodRow), (Folder + "Kochen-Videos.csv", "Name,Datum\nfoo,bar\n"));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip)));

        Assert.Equal((TakeoutProblemCode.MissingColumn, Folder + "Kochen-Videos.csv", 1), (problem.Code, problem.File, problem.Line));
        Assert.StartsWith("Kochen-Videos.csv line 1: expected a 'Video ID' column", problem.Message);
    }

    [Fact]
    public void Playlists_csv_on_its_own_is_explained()
    {
        var problem = Assert.Single(Fails(_reader.ReadCsv(Csv("Playlist ID,Playlist title (original)\nPLx,Music\n"), "playlists.csv")));

        Assert.Equal(TakeoutProblemCode.NotAPlaylistFile, problem.Code);
    }

    [Fact]
    public void One_bad_file_in_a_zip_fails_the_whole_import()
    {
        var zip = Zip(
            (Folder + "Good-videos.csv", Header + GoodRow),
            (Folder + "Bad-videos.csv", Header + "nope,2026-02-25T19:35:57+00:00\n"));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip)));

        Assert.Equal((Folder + "Bad-videos.csv", 2), (problem.File, problem.Line));
        Assert.StartsWith("Bad-videos.csv line 2: 'nope' is not a YouTube video id", problem.Message); // no folder noise
    }

    [Fact]
    public void Something_that_is_not_a_zip_is_refused()
    {
        var problem = Assert.Single(Fails(_reader.ReadZip(Csv("PK this is not really a zip"), "takeout.zip")));

        Assert.Equal(TakeoutProblemCode.NotAZip, problem.Code);
        Assert.Contains("takeout.zip is not a readable .zip", problem.Message);
    }

    [Fact]
    public void An_empty_upload_is_refused()
    {
        Assert.Equal(TakeoutProblemCode.Empty, Assert.Single(Fails(_reader.ReadZip(new MemoryStream(), "takeout.zip"))).Code);
    }

    [Fact]
    public void A_zip_without_playlist_files_says_what_to_export()
    {
        var zip = Zip(("Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv", "Channel Id,Channel Url,Channel Title\n"));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip)));

        Assert.Equal(TakeoutProblemCode.NoPlaylistFiles, problem.Code);
        Assert.Contains("-videos.csv", problem.Message);
    }


    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio()
    {
        // 16 MB of one repeated row deflates about 1000:1; real CSVs compress under 10:1.
        var huge = new StringBuilder(Header);
        while (huge.Length < 16 * 1024 * 1024) huge.Append(GoodRow);
        var zip = Zip((Folder + "Watch later-videos.csv", huge.ToString()));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip)));

        Assert.Equal(TakeoutProblemCode.SuspiciousCompression, problem.Code);
        Assert.Contains("zip bomb", problem.Message);
    }

    [Fact]
    public void A_zip_bomb_that_lies_about_its_size_is_still_refused()
    {
        var huge = new StringBuilder(Header);
        while (huge.Length < 16 * 1024 * 1024) huge.Append(GoodRow);
        var bytes = Zip((Folder + "Watch later-videos.csv", huge.ToString())).ToArray();
        // Claim 1,000 bytes uncompressed in both the local header (offset 22) and the central directory (offset 24).
        PatchAll(bytes, [0x50, 0x4B, 0x03, 0x04], 22, 1000);
        PatchAll(bytes, [0x50, 0x4B, 0x01, 0x02], 24, 1000);

        var problems = Fails(_reader.ReadZip(new MemoryStream(bytes)));

        Assert.Equal(TakeoutProblemCode.SuspiciousCompression, Assert.Single(problems).Code);
    }

    private static void PatchAll(byte[] bytes, byte[] signature, int offset, uint value)
    {
        for (var i = 0; i + offset + 4 <= bytes.Length; i++)
            if (bytes.AsSpan(i, 4).SequenceEqual(signature))
                BitConverter.TryWriteBytes(bytes.AsSpan(i + offset, 4), value);
    }

    [Fact]
    public void An_entry_larger_than_the_cap_is_refused()
    {
        var reader = new TakeoutReader(new TakeoutReaderOptions { MaxEntryBytes = 1024 });
        var rows = string.Concat(Enumerable.Repeat(GoodRow, 100));

        var problem = Assert.Single(Fails(reader.ReadZip(Zip((Folder + "Watch later-videos.csv", Header + rows)))));

        Assert.Equal(TakeoutProblemCode.EntryTooLarge, problem.Code);
        Assert.Contains("Watch later-videos.csv unpacks to more than", problem.Message);
    }

    [Fact]
    public void Entries_that_together_unpack_past_the_total_cap_are_refused()
    {
        var reader = new TakeoutReader(new TakeoutReaderOptions { MaxTotalUncompressedBytes = 3000 });
        var rows = Header + string.Concat(Enumerable.Repeat(GoodRow, 30)); // ~1.2 KB each

        var problems = Fails(reader.ReadZip(Zip((Folder + "A-videos.csv", rows), (Folder + "B-videos.csv", rows), (Folder + "C-videos.csv", rows))));

        Assert.Contains(problems, p => p.Code == TakeoutProblemCode.TotalTooLarge);
    }

    [Fact]
    public void An_upload_over_the_size_cap_is_refused_before_unpacking()
    {
        var reader = new TakeoutReader(new TakeoutReaderOptions { MaxUploadBytes = 100 });
        var zip = Zip((Folder + "Watch later-videos.csv", Header + string.Concat(Enumerable.Repeat(GoodRow, 20))));

        Assert.Equal(TakeoutProblemCode.UploadTooLarge, Assert.Single(Fails(reader.ReadZip(zip))).Code);
    }

    [Fact]
    public void A_200_MB_upload_is_refused_by_its_size_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"takeout-{Guid.NewGuid():N}.zip");
        try
        {
            using (var sparse = File.Create(path)) sparse.SetLength(200L * 1024 * 1024); // sparse: no 200 MB written
            using var upload = new FileStream(path, FileMode.Open, FileAccess.Read);

            var problem = Assert.Single(Fails(_reader.Read(upload, "takeout-20261101.zip")));

            Assert.Equal(TakeoutProblemCode.UploadTooLarge, problem.Code);
            Assert.StartsWith("takeout-20261101.zip is 200 MB; the largest accepted upload is 64 MB.", problem.Message);
            Assert.Equal(0, upload.Position);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_streamed_upload_is_cut_off_at_the_size_cap()
    {
        var reader = new TakeoutReader(new TakeoutReaderOptions { MaxUploadBytes = 100 });
        var zip = Zip((Folder + "Watch later-videos.csv", Header + string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i * 7919:D11},2026-02-25T19:35:57+00:00\n"))));
        Assert.True(zip.Length > 5000);
        var upload = new ForwardOnlyStream(zip);

        Assert.Equal(TakeoutProblemCode.UploadTooLarge, Assert.Single(Fails(reader.ReadZip(upload))).Code);
        Assert.True(upload.BytesRead <= 1000, $"read {upload.BytesRead} bytes; should stop at the first chunk past the cap");
    }

    [Fact]
    public void A_streamed_upload_under_the_cap_is_read()
    {
        var upload = new ForwardOnlyStream(Zip((Folder + "Watch later-videos.csv", Header + GoodRow)));

        Assert.Single(Succeeds(_reader.ReadZip(upload)).WatchLater!.Entries);
    }

    /// <summary>An upload body as ASP.NET hands it over: readable once, no Length, no seeking.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, Math.Min(count, 1000));
            BytesRead += read;
            return read;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData("../Watch later-videos.csv")]
    [InlineData("Takeout/../../etc/Music-videos.csv")]
    [InlineData("/etc/Music-videos.csv")]
    [InlineData("\\\\server\\share\\Music-videos.csv")]
    [InlineData("C:\\Windows\\Music-videos.csv")]
    [InlineData("Takeout\\..\\..\\notes.txt")]
    public void Entries_with_absolute_or_climbing_paths_refuse_the_upload(string name)
    {
        var zip = Zip((Folder + "Good-videos.csv", Header + GoodRow), (name, Header + GoodRow));

        var problem = Assert.Single(Fails(_reader.ReadZip(zip)));

        Assert.Equal(TakeoutProblemCode.UnsafeEntryName, problem.Code);
        Assert.Contains(name, problem.Message);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var reader = new TakeoutReader(new TakeoutReaderOptions { MaxEntries = 50 });
        var entries = Enumerable.Range(0, 51).Select(i => ($"{Folder}P{i}-videos.csv", Header + GoodRow)).ToArray();

        var problem = Assert.Single(Fails(reader.ReadZip(Zip(entries))));

        Assert.Equal(TakeoutProblemCode.TooManyEntries, problem.Code);
        Assert.Contains("51", problem.Message);
    }

    [Fact]
    public void The_same_files_under_the_limits_are_accepted()
    {
        // Guards the limit tests above: they fail because of the limit, not because the input is broken.
        var entries = Enumerable.Range(0, 51).Select(i => ($"{Folder}P{i}-videos.csv", Header + GoodRow)).ToArray();

        Assert.Equal(51, Succeeds(_reader.ReadZip(Zip(entries))).Playlists.Count);
    }
}
