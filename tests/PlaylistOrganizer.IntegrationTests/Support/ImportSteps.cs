using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>The import steps a user takes, and what the emulator and the ledger counted, for import and quota tests.</summary>
public static class ImportSteps
{
    /// <summary>Uploads the account's Watch Later as the generator's Takeout zip, through the app's Takeout importer.</summary>
    public static async Task<TakeoutImportResult> ImportTakeoutAsync(this OrganizerApp app, AccountSnapshot account)
    {
        using var zip = new MemoryStream();
        TakeoutWriter.WriteZip(account, zip);
        zip.Position = 0;
        return await app.Get<TakeoutImporter>().ImportAsync(zip, "takeout-20261101.zip", CancellationToken.None);
    }

    /// <summary>Runs (or resumes) the YouTube import while the shared fake clock ticks, so the read retries' back-off
    /// waits (driven by the injected TimeProvider) pass without real sleeping.</summary>
    public static Task<ImportResult> ImportYouTubeAsync(this OrganizerApp app, CancellationToken ct = default) =>
        app.WhileClockTicks(() => app.Get<YouTubeLibraryImporter>().RunAsync(ct));

    /// <summary>Advances the fake clock by a second every few milliseconds until <paramref name="work"/> finishes.</summary>
    public static async Task<T> WhileClockTicks<T>(this OrganizerApp app, Func<Task<T>> work)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (!task.IsCompleted) app.Time.Advance(TimeSpan.FromSeconds(1));
        }
        return await task;
    }

    /// <summary>Units the emulator charged the account since it was loaded (every day together).</summary>
    public static int EmulatorUnits(this OrganizerApp app, string accountId = "demo") =>
        app.YouTube.State.Find(accountId)!.Calls.TotalUnits;

    /// <summary>Units the app's quota ledger charged (every day together).</summary>
    public static async Task<int> LedgerUnitsAsync(this OrganizerApp app)
    {
        await using var db = app.Db();
        return await db.QuotaCharges.SumAsync(c => c.Units);
    }

    /// <summary>Entries per playlist id as the library holds them.</summary>
    public static async Task<Dictionary<string, int>> EntriesPerPlaylistAsync(this OrganizerApp app)
    {
        var lines = await app.Get<LibraryOverview>().GetPlaylistsAsync(CancellationToken.None);
        return lines.Where(l => l.Kind == LibraryPlaylistKind.Regular).ToDictionary(l => l.Id, l => l.Entries);
    }

    /// <summary>
    /// The fewest units an import of <paramref name="account"/> can cost, computed from the data alone: one channels.list,
    /// the playlists.list pages, one playlistItems.list page per 50 items of each non-empty regular playlist, and one
    /// videos.list per 50 distinct videos (playlists and Watch Later) that <paramref name="alreadyKnown"/> does not hold.
    /// </summary>
    public static int MinimumImportUnits(AccountSnapshot account, IReadOnlySet<string>? alreadyKnown = null, bool includeWatchLater = true)
    {
        var regular = account.Playlists.Where(p => p.Kind == PlaylistKind.Regular).ToList();
        var videos = regular.SelectMany(p => p.Items.Select(i => i.VideoId));
        if (includeWatchLater) videos = videos.Concat(account.WatchLater.Select(w => w.VideoId));
        var newVideos = videos.Distinct().Count(v => alreadyKnown is null || !alreadyKnown.Contains(v));
        return 1 + Math.Max(1, Pages(regular.Count)) + regular.Sum(p => Pages(p.Items.Count)) + Pages(newVideos);
    }

    public static int Pages(int items) => (items + 49) / 50;
}
