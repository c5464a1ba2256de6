using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Tests.Demo;

/// <summary>A generated account, exported as Takeout and read back by Core, is exactly the account again.</summary>
public class TakeoutRoundTripTests
{
    private static readonly Lazy<DemoLibrary> Upstream = new(() => DemoLibraryGenerator.Generate(DemoLibraryOptions.Upstream));

    /// <summary>Every layout, and the current layout in every language the writer (and so the reader) knows.</summary>
    public static TheoryData<string> Layouts()
    {
        var layouts = new TheoryData<string> { "legacy+bom+crlf", "legacy+PL-watch-later", "current+bom+crlf" };
        foreach (var language in TakeoutLanguage.All.Keys) layouts.Add("current:" + language);
        return layouts;
    }

    private static TakeoutWriterOptions OptionsFor(string layout) => layout switch
    {
        "legacy+bom+crlf" => new TakeoutWriterOptions { Format = TakeoutFormat.Legacy, ByteOrderMark = true, NewLine = "\r\n" },
        "legacy+PL-watch-later" => new TakeoutWriterOptions { Format = TakeoutFormat.Legacy, LegacyWatchLaterId = "PLwatchlaterwatchlaterwatchlater00" },
        "current+bom+crlf" => new TakeoutWriterOptions { ByteOrderMark = true, NewLine = "\r\n" },
        _ when layout.StartsWith("current:", StringComparison.Ordinal) =>
            new TakeoutWriterOptions { Language = TakeoutLanguage.All[layout["current:".Length..]] },
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    private static TakeoutLibrary WriteAndRead(AccountSnapshot account, TakeoutWriterOptions options)
    {
        var zip = new MemoryStream();
        TakeoutWriter.WriteZip(account, zip, options);
        zip.Position = 0;
        var result = new TakeoutReader().ReadZip(zip, "takeout.zip");
        if (result is TakeoutReadResult.Failure failure)
            Assert.Fail(string.Join(" | ", failure.Problems.Select(p => p.Message)));
        return Assert.IsType<TakeoutReadResult.Success>(result).Library;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Zip_round_trip_reproduces_every_playlist_and_watch_later_exactly(string layout)
    {
        var account = Upstream.Value.Account;
        // The library must exercise the hard cases: titles that change in file names and a repeated title.
        Assert.Contains(account.Playlists, p => TakeoutWriter.SanitizeFileTitle(p.Title) != p.Title);
        Assert.Contains(account.Playlists.GroupBy(p => p.Title), g => g.Count() > 1);

        var library = WriteAndRead(account, OptionsFor(layout));

        var expectedPlaylists = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular)
            .Select(p => (p.Title, p.Id, Entries: p.Items.Select(i => (i.VideoId, (DateTimeOffset?)i.AddedAt)).ToList()))
            .ToList();
        var actualPlaylists = library.Playlists
            .Select(p => (p.Title, p.Id?.Value, Entries: p.Entries.Select(e => (e.VideoId.Value, e.AddedAt)).ToList()))
            .ToList();
        Assert.Equal(expectedPlaylists.Count, actualPlaylists.Count);
        for (var i = 0; i < expectedPlaylists.Count; i++)
        {
            Assert.Equal((expectedPlaylists[i].Title, expectedPlaylists[i].Id), (actualPlaylists[i].Title, actualPlaylists[i].Value));
            Assert.Equal(expectedPlaylists[i].Entries, actualPlaylists[i].Entries);
        }

        Assert.Equal(
            account.WatchLater.Select(w => (w.VideoId, (DateTimeOffset?)w.AddedAt)),
            library.WatchLater!.Entries.Select(e => (e.VideoId.Value, e.AddedAt)));
    }

    [Fact]
    public void Counts_read_back_from_takeout_equal_the_generators_truth()
    {
        var (account, truth) = Upstream.Value;

        var library = WriteAndRead(account, new TakeoutWriterOptions());

        Assert.Equal(truth.RegularPlaylistCount, library.Playlists.Count);
        Assert.Equal(truth.EntriesPerPlaylist, library.Playlists.ToDictionary(p => p.Id!.Value.Value, p => p.Entries.Count));
        Assert.Equal(truth.TotalPlaylistEntries, library.Playlists.Sum(p => p.Entries.Count));
        var perVideo = library.Playlists.SelectMany(p => p.Entries.Select(e => e.VideoId).Distinct()).GroupBy(v => v).ToList();
        Assert.Equal(truth.DistinctVideosInPlaylists, perVideo.Count);
        Assert.Equal(truth.VideosInTwoOrMorePlaylists, perVideo.Count(g => g.Count() >= 2));
        Assert.Equal(truth.WatchLaterCount, library.WatchLater!.Entries.Count);
    }

    [Fact]
    public void Bare_watch_later_csv_round_trips()
    {
        var account = DemoLibraryGenerator.Generate(DemoLibraryOptions.Small).Account;

        var result = new TakeoutReader().ReadCsv(new MemoryStream(TakeoutWriter.WatchLaterCsv(account)), "Watch later-videos.csv");

        var library = Assert.IsType<TakeoutReadResult.Success>(result).Library;
        Assert.Equal(account.WatchLater.Select(w => w.VideoId), library.WatchLater!.Entries.Select(e => e.VideoId.Value));
    }
}
