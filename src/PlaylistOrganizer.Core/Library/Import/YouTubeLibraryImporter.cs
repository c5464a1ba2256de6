using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using Polly;

namespace PlaylistOrganizer.Core.Library.Import;

/// <summary>
/// Imports the connected account (channel, playlists, their items, details of every video) into the local library,
/// reading the fewest pages the data needs: 50 per page, and videos.list only for videos the library has not seen.
/// </summary>
/// <remarks>
/// Each page is saved together with the cursor that produced it, so an import stopped by the quota, a refused token or
/// a crash resumes where it stopped. The library changes only in the final step, in one transaction. One import runs at
/// a time in this process.
/// </remarks>
public sealed class YouTubeLibraryImporter(
    IDbContextFactory<OrganizerDbContext> dbFactory, IYouTubeGateway youTube, QuotaLedger ledger, RetryPipelines retries, TimeProvider time)
{
    private const int VideosPerLookup = 50;

    public const string AlreadyRunning = "An import is already running. Wait for it to finish.";

    // An answer YouTube already charged for is saved (with its cursor) even when the caller cancels meanwhile (shutdown,
    // crash, a closed CLI): otherwise the resumed import buys the same page again. Cancellation then takes effect at the
    // next call, which gets the caller's token.
    private static readonly CancellationToken Paid = CancellationToken.None;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly ResiliencePipeline readRetry = retries.ForReads();

    /// <summary>Runs (or resumes) the import. Returns the run: Completed, or Paused with the reason.</summary>
    public async Task<ImportResult> RunAsync(CancellationToken ct)
    {
        if (!await oneAtATime.WaitAsync(0, ct))
        {
            return ImportResult.Refused(AlreadyRunning);
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var run = await db.ImportRuns.Where(r => r.Source == ImportSource.YouTube && r.State != ImportRunState.Completed)
                .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            if (run is null)
            {
                run = new ImportRun { Source = ImportSource.YouTube, StartedAt = time.GetUtcNow() };
                db.ImportRuns.Add(run);
            }
            run.State = ImportRunState.Running;
            run.Problem = null;
            await db.SaveChangesAsync(ct);

            var error = await ReadChannelAsync(db, run, ct)
                ?? await ReadPlaylistsAsync(db, run, ct)
                ?? await ReadItemsAsync(db, run, ct)
                ?? await LookUpVideosAsync(db, run, ct);
            if (error is not null)
            {
                run.State = ImportRunState.Paused;
                run.Problem = await DescribeAsync(error, ct);
                await db.SaveChangesAsync(ct);
                return ImportResult.Stopped(run);
            }
            await LibraryApplier.ApplyYouTubeImportAsync(db, run, time.GetUtcNow(), ct);
            return ImportResult.Done(run);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<YouTubeError?> ReadChannelAsync(OrganizerDbContext db, ImportRun run, CancellationToken ct)
    {
        if (run.ChannelId is not null) return null;
        var channel = await CallAsync(run, YouTubeMethod.ChannelsList, () => youTube.GetMyChannelAsync(ct), ct);
        if (!channel.IsSuccess) return channel.Error;
        run.ChannelId = channel.Value.Id.Value;
        run.ChannelTitle = channel.Value.Title;
        await db.SaveChangesAsync(Paid);
        return null;
    }

    private async Task<YouTubeError?> ReadPlaylistsAsync(OrganizerDbContext db, ImportRun run, CancellationToken ct)
    {
        while (!run.PlaylistsListed)
        {
            var page = await CallAsync(run, YouTubeMethod.PlaylistsList, () => youTube.ListMyPlaylistsAsync(run.PlaylistsNextPageToken, ct), ct);
            if (!page.IsSuccess) return page.Error;
            var known = await db.StagedPlaylists.Where(p => p.RunId == run.Id).Select(p => p.Id).ToHashSetAsync(Paid);
            db.StagedPlaylists.AddRange(page.Value.Items.Where(p => !known.Contains(p.Id.Value)).Select(p => new StagedPlaylist
            {
                RunId = run.Id, Id = p.Id.Value, Title = p.Title, Description = p.Description, PrivacyStatus = p.PrivacyStatus,
                ReportedItemCount = p.ItemCount, PublishedAt = p.PublishedAt,
            }));
            run.PlaylistsNextPageToken = page.Value.NextPageToken;
            run.PlaylistsListed = page.Value.NextPageToken is null;
            await db.SaveChangesAsync(Paid); // the page and its cursor land together
        }
        return null;
    }

    private async Task<YouTubeError?> ReadItemsAsync(OrganizerDbContext db, ImportRun run, CancellationToken ct)
    {
        var pending = await db.StagedPlaylists.Where(p => p.RunId == run.Id && !p.ItemsListed).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var playlist in pending)
        {
            // An empty playlist needs no request: its reported count already says so.
            if (playlist.ReportedItemCount == 0 && playlist.ItemsNextPageToken is null)
            {
                playlist.ItemsListed = true;
                await db.SaveChangesAsync(ct);
                continue;
            }
            while (!playlist.ItemsListed)
            {
                var page = await CallAsync(run, YouTubeMethod.PlaylistItemsList,
                    () => youTube.ListPlaylistItemsAsync(new PlaylistId(playlist.Id), playlist.ItemsNextPageToken, ct), ct);
                if (page.Error?.Kind == YouTubeErrorKind.PlaylistNotFound)
                {
                    // Deleted on YouTube since it was listed: it is simply not part of the account any more.
                    await db.StagedPlaylistItems.Where(i => i.RunId == run.Id && i.PlaylistId == playlist.Id).ExecuteDeleteAsync(Paid);
                    db.StagedPlaylists.Remove(playlist);
                    await db.SaveChangesAsync(Paid);
                    break;
                }
                if (!page.IsSuccess) return page.Error;
                db.StagedPlaylistItems.AddRange(page.Value.Items.Select(i => new StagedPlaylistItem
                {
                    RunId = run.Id, Id = i.Id.Value, PlaylistId = playlist.Id, VideoId = i.VideoId.Value, Position = i.Position,
                    AddedAt = i.AddedAt,
                }));
                playlist.ItemsNextPageToken = page.Value.NextPageToken;
                playlist.ItemsListed = page.Value.NextPageToken is null;
                await db.SaveChangesAsync(Paid);
                StopTracking<StagedPlaylistItem>(db);
            }
        }
        return null;
    }

    private async Task<YouTubeError?> LookUpVideosAsync(OrganizerDbContext db, ImportRun run, CancellationToken ct)
    {
        if (run.VideosLookedUp) return null;
        var wanted = await VideosNeedingLookupAsync(db, run.Id, ct);
        foreach (var batch in wanted.Chunk(VideosPerLookup))
        {
            var ids = batch.Select(id => new VideoId(id)).ToList();
            var found = await CallAsync(run, YouTubeMethod.VideosList, () => youTube.GetVideosAsync(ids, ct), ct);
            if (!found.IsSuccess) return found.Error;
            var byId = found.Value.ToDictionary(v => v.Id.Value);
            db.StagedVideos.AddRange(batch.Select(id => byId.TryGetValue(id, out var v)
                ? new StagedVideo
                {
                    RunId = run.Id, Id = id, Found = true, Title = v.Title, ChannelId = v.ChannelId, ChannelTitle = v.ChannelTitle,
                    DurationSeconds = (int)v.Duration.TotalSeconds, PublishedAt = v.PublishedAt, ThumbnailUrl = v.ThumbnailUrl,
                    PrivacyStatus = v.PrivacyStatus, Description = LibraryVideo.DescriptionStart(v.Description),
                    Tags = [.. v.Tags], YouTubeCategoryId = v.YouTubeCategoryId,
                }
                : new StagedVideo { RunId = run.Id, Id = id, Found = false }));
            await db.SaveChangesAsync(Paid);
            StopTracking<StagedVideo>(db);
        }
        run.VideosLookedUp = true;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>
    /// Forgets saved staged rows: they are only read again by the final apply, and every row left tracked makes each
    /// later SaveChanges scan it (the Upstream library's item and video phases took ~3 s each, almost all of it there).
    /// </summary>
    private static void StopTracking<T>(OrganizerDbContext db) where T : class
    {
        foreach (var entry in db.ChangeTracker.Entries<T>().ToList()) entry.State = EntityState.Detached;
    }

    /// <summary>Videos in the staged playlists or in Watch Later that the library has never looked up, and that this run has not looked up yet.</summary>
    internal static async Task<List<string>> VideosNeedingLookupAsync(OrganizerDbContext db, long runId, CancellationToken ct)
    {
        var referenced = await db.StagedPlaylistItems.Where(i => i.RunId == runId).Select(i => i.VideoId)
            .Union(db.WatchLater.Select(w => w.VideoId)).ToListAsync(ct);
        var known = await db.Videos.Where(v => v.Availability != VideoAvailability.Unknown).Select(v => v.Id)
            .Union(db.StagedVideos.Where(v => v.RunId == runId).Select(v => v.Id)).ToHashSetAsync(ct);
        return referenced.Where(id => !known.Contains(id)).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private async Task<YouTubeResult<T>> CallAsync<T>(ImportRun run, YouTubeMethod method, Func<Task<YouTubeResult<T>>> call, CancellationToken ct) =>
        await readRetry.ExecuteAsync(async _ =>
        {
            var result = await call();
            run.UnitsSpent += QuotaCharge.UnitsFor(method, result.Error);
            return result;
        }, ct);

    private async Task<string> DescribeAsync(YouTubeError error, CancellationToken ct) => error.Kind switch
    {
        YouTubeErrorKind.QuotaExceeded =>
            $"YouTube's daily quota is spent. The import resumes where it stopped after the reset (in {Countdown.Format((await ledger.GetStatusAsync(ct)).UntilNextReset)}).",
        _ when error.NeedsReconnect =>
            "YouTube refused this app's sign-in. Reconnect your YouTube account, then import again: it resumes where it stopped.",
        _ => $"YouTube answered with an error ({error}). Import again to resume where it stopped.",
    };
}

/// <summary>How an import call ended: completed, stopped part-way (resumable), or refused before starting.</summary>
public sealed record ImportResult(ImportRun? Run, string? RefusedBecause)
{
    public bool Completed => Run?.State == ImportRunState.Completed;
    public static ImportResult Done(ImportRun run) => new(run, null);
    public static ImportResult Stopped(ImportRun run) => new(run, null);
    public static ImportResult Refused(string why) => new(null, why);
}
