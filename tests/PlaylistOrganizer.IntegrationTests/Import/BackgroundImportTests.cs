using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Import;

/// <summary>The Import page's YouTube import runs in the server's background: starting it returns at once, its progress
/// grows while it reads, a second start is refused, and its outcome stays for the page to show.</summary>
public class BackgroundImportTests
{
    /// <summary>Only a bound on a hang: a loaded machine reads slowly.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_import_runs_in_the_background_one_at_a_time_and_keeps_its_outcome()
    {
        var (demo, app, job) = await StartSlowImportAsync();
        await using var _ = app;

        Assert.True(job.Status.IsRunning, "Start waited for the import to end");
        Assert.Equal(YouTubeLibraryImporter.AlreadyRunning, job.Start());
        var entriesSeen = new List<int>();
        while (job.Status.IsRunning)
        {
            if (await app.Get<ImportProgress>().GetAsync(CancellationToken.None) is { } read) entriesSeen.Add(read.Entries);
            await Task.Delay(50);
            Assert.True(entriesSeen.Count < Limit / TimeSpan.FromMilliseconds(50), "The import did not end");
        }
        Assert.True(entriesSeen.Distinct().Count() >= 2, $"Progress did not grow while the import ran: {string.Join(", ", entriesSeen)}");
        Assert.Equal(entriesSeen.Order(), entriesSeen);
        var ended = job.Status;
        Assert.Null(ended.Failure);
        Assert.True(ended.Last is { Completed: true }, ended.Last?.Run?.Problem ?? ended.Last?.RefusedBecause);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, ended.Last!.Run!.Summary.ItemsAdded);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, (await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None)).PlaylistEntries);
    }

    [Fact]
    public async Task A_stopped_import_says_so_and_the_next_start_resumes_it()
    {
        var (demo, app, job) = await StartSlowImportAsync();
        await using var _ = app;
        await UntilAsync(async () => await app.Get<ImportProgress>().GetAsync(CancellationToken.None) is { Entries: > 0 });

        job.Stop();

        await UntilAsync(() => Task.FromResult(!job.Status.IsRunning));
        Assert.Equal(YouTubeImportJob.Stopped, job.Status.Failure);
        var readBefore = (await app.Get<ImportProgress>().GetAsync(CancellationToken.None))!.Entries;
        Assert.InRange(readBefore, 1, demo.Truth.TotalPlaylistEntries - 1);
        Assert.Null(job.Start());
        await UntilAsync(() => Task.FromResult(!job.Status.IsRunning));
        Assert.True(job.Status.Last is { Completed: true }, job.Status.Failure ?? job.Status.Last?.Run?.Problem);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, (await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None)).PlaylistEntries);
    }

    /// <summary>Starts the background import of a connected small library whose first item pages answer after a pause,
    /// so the import is still reading while the test looks at it.</summary>
    private static async Task<(DemoLibrary Demo, OrganizerApp App, YouTubeImportJob Job)> StartSlowImportAsync()
    {
        var demo = Libraries.Small();
        var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        app.YouTube.Faults.Replace(new FaultPlanRequest([new ScriptedFault("playlistItems.list", 6, new Fault(FaultKind.Latency, LatencyMs: 300))], null));
        var job = app.Get<YouTubeImportJob>();
        Assert.Null(job.Start());
        return (demo, app, job);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Waited in vain");
            await Task.Delay(20);
        }
    }
}
