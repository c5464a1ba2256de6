using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using static PlaylistOrganizer.Core.Tests.Library.Import.Takeout.TakeoutInput;

namespace PlaylistOrganizer.Core.Tests.Library.Import;

/// <summary>Which file the importer takes as Watch Later, how it asks when it cannot tell, and what it reports.</summary>
public sealed class TakeoutImporterChoiceTests : IDisposable
{
    private const string Header = "Video ID,Playlist Video Creation Timestamp\n";
    private readonly TestDatabase database = new();
    private readonly TakeoutImporter importer;

    public TakeoutImporterChoiceTests() =>
        importer = new TakeoutImporter(database, new TakeoutReader(), new FakeTimeProvider(DateTimeOffset.Parse("2026-11-20T10:00:00Z")));

    public void Dispose() => database.Dispose();

    private static string Rows(params string[] ids) => string.Concat(ids.Select(id => $"{id},2026-01-01T10:00:00+00:00\n"));

    /// <summary>A .zip with two files that may be Watch Later (one per language of a mixed account), and a playlist.</summary>
    private static MemoryStream TwoCandidates() => Zip(
        (Folder + "Watch later-videos.csv", Header + Rows("aaaaaaaaaaa", "bbbbbbbbbbb")),
        (Folder + "Später ansehen-Videos.csv", Header + Rows("ccccccccccc", "ddddddddddd", "eeeeeeeeeee")),
        (Folder + "Cooking-videos.csv", Header + Rows("fffffffffff")),
        ("Takeout/archive_browser.html", "<html></html>"));

    [Fact]
    public async Task Two_candidate_files_are_offered_with_their_video_counts_and_nothing_changes()
    {
        var result = await importer.ImportAsync(TwoCandidates(), "takeout.zip", CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [new WatchLaterCandidate(Folder + "Watch later-videos.csv", "Watch later", 2),
             new WatchLaterCandidate(Folder + "Später ansehen-Videos.csv", "Später ansehen", 3)],
            result.WatchLaterCandidates);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(TakeoutProblemCode.WatchLaterAmbiguous, problem.Code);
        Assert.Contains("'Watch later-videos.csv' (2 videos), 'Später ansehen-Videos.csv' (3 videos)", problem.Message);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.WatchLater.CountAsync());
        Assert.Equal(0, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task The_chosen_candidate_is_imported_and_the_report_names_it_and_every_file_not_used()
    {
        var result = await importer.ImportAsync(TwoCandidates(), "takeout.zip", Folder + "Später ansehen-Videos.csv", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal((Folder + "Später ansehen-Videos.csv", 3), (result.Report!.WatchLaterFile, result.Report.VideosRead));
        Assert.Equal(
            [(Folder + "Watch later-videos.csv", "the playlist 'Watch later': playlists come from the YouTube import"),
             (Folder + "Cooking-videos.csv", "the playlist 'Cooking': playlists come from the YouTube import"),
             ("Takeout/archive_browser.html", "not a CSV file")],
            result.Report.UnusedFiles.Select(u => (u.File, u.Reason)));
        await using var db = database.CreateDbContext();
        Assert.Equal(["ccccccccccc", "ddddddddddd", "eeeeeeeeeee"], await db.WatchLater.OrderBy(w => w.Position).Select(w => w.VideoId).ToListAsync());
        Assert.Contains("(Später ansehen-Videos.csv, 3 videos read)", (await db.ActivityLog.SingleAsync()).What);
    }

    [Fact]
    public async Task A_file_matching_a_playlist_imported_from_YouTube_is_not_a_candidate()
    {
        await using (var seed = database.CreateDbContext())
        {
            // The user's own playlist is called "Watch later": the German file is the real Watch Later.
            seed.Playlists.Add(new LibraryPlaylist { Id = "PLmine000000000000000000000000000", Title = "Watch later" });
            seed.Playlists.Add(new LibraryPlaylist { Id = "PLcooking0000000000000000000000000", Title = "Cooking" });
            await seed.SaveChangesAsync();
        }

        var result = await importer.ImportAsync(TwoCandidates(), "takeout.zip", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(Folder + "Später ansehen-Videos.csv", result.Report!.WatchLaterFile);
    }
}
