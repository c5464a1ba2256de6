using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace PlaylistOrganizer.IntegrationTests.Import;

/// <summary>An import stopped part-way resumes without re-reading the pages it already has: the whole import then costs
/// exactly the minimum the data needs, however often it was stopped.</summary>
public class ResumeTests
{
    [Fact]
    public async Task An_import_stopped_by_the_quota_resumes_the_next_day_without_rereading_pages()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        await app.ImportTakeoutAsync(demo.Account);
        var minimum = ImportSteps.MinimumImportUnits(demo.Account);
        var quota = app.YouTube.State.Find("demo")!.Quota;
        var before = app.EmulatorUnits();
        quota.LimitUnits = quota.UsedUnits + minimum / 2; // the day runs out half way through

        var first = await app.ImportYouTubeAsync();

        Assert.False(first.Completed);
        Assert.Equal(ImportRunState.Paused, first.Run!.State);
        Assert.Contains("quota", first.Run.Problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(minimum / 2, app.EmulatorUnits() - before);
        var paused = await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None);
        Assert.Equal((0, 0), (paused.RegularPlaylists, paused.PlaylistEntries)); // a paused import leaves the library alone
        // What it read so far is counted, page by page, for the Import page to show.
        var read = await app.Get<ImportProgress>().GetAsync(CancellationToken.None);
        Assert.NotNull(read);
        Assert.True(read.Playlists >= demo.Account.Playlists.Count(p => p.Kind == FakeYouTube.State.PlaylistKind.Regular), $"{read.Playlists} playlists read");
        Assert.InRange(read.Entries, 1, demo.Truth.TotalPlaylistEntries - 1);
        Assert.Equal(minimum / 2, read.UnitsSpent);

        app.Time.Advance(app.Get<QuotaClock>().UntilNextReset + TimeSpan.FromMinutes(1));
        var second = await app.ImportYouTubeAsync();

        Assert.True(second.Completed, second.Run?.Problem);
        Assert.Equal(first.Run.Id, second.Run!.Id);
        Assert.Equal(minimum, app.EmulatorUnits() - before);
        Assert.Equal(minimum, second.Run.UnitsSpent);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, (await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None)).PlaylistEntries);
        Assert.Null(await app.Get<ImportProgress>().GetAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData(1)]  // right after channels.list
    [InlineData(2)]  // after the playlists page
    [InlineData(7)]  // part-way through the items pages
    [InlineData(17)] // after the first videos.list
    public async Task An_import_cancelled_part_way_resumes_without_rereading_pages(int cancelAfterCalls)
    {
        var demo = DemoLibraryGenerator.Generate(DemoLibraryOptions.Small with { TargetPlaylistEntries = 700, WatchLaterCount = 400 });
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        await app.ImportTakeoutAsync(demo.Account);
        var minimum = ImportSteps.MinimumImportUnits(demo.Account);
        Assert.True(minimum > cancelAfterCalls + 5, "The library is too small for this test.");
        var before = app.EmulatorUnits();
        using var crash = new CancellationTokenSource();
        var crashing = new YouTubeLibraryImporter(app.Get<IDbContextFactory<OrganizerDbContext>>(),
            new AfterCalls(app.Get<IYouTubeGateway>(), cancelAfterCalls, crash.CancelAsync), app.Get<QuotaLedger>(), app.Get<RetryPipelines>(), app.Time);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.WhileClockTicks(() => crashing.RunAsync(crash.Token)));
        Assert.Equal(cancelAfterCalls, app.EmulatorUnits() - before);

        var resumed = await app.ImportYouTubeAsync();

        Assert.True(resumed.Completed, resumed.Run?.Problem);
        Assert.Equal(minimum, app.EmulatorUnits() - before);
        Assert.Equal(minimum, await app.LedgerUnitsAsync() - 1); // 1: channels.list when connecting
        var figures = await app.Get<LibraryOverview>().GetFiguresAsync(CancellationToken.None);
        Assert.Equal(demo.Truth.TotalPlaylistEntries, figures.PlaylistEntries);
        Assert.Equal(0, figures.VideosNotLookedUp);
    }

    [Fact]
    public async Task An_import_stopped_by_a_revoked_sign_in_resumes_after_reconnecting_without_rereading_pages()
    {
        var demo = Libraries.Small();
        await using var app = await OrganizerApp.StartAsync(demo.Account);
        await app.ConnectAsync();
        await app.ImportTakeoutAsync(demo.Account);
        var before = app.EmulatorUnits();
        var revoking = new YouTubeLibraryImporter(app.Get<IDbContextFactory<OrganizerDbContext>>(),
            new AfterCalls(app.Get<IYouTubeGateway>(), 6, () =>
            {
                app.YouTube.Tokens.RevokeAll("demo"); // the user removed the app's access in their Google account
                return Task.CompletedTask;
            }), app.Get<QuotaLedger>(), app.Get<RetryPipelines>(), app.Time);

        var stopped = await app.WhileClockTicks(() => revoking.RunAsync(CancellationToken.None));

        Assert.False(stopped.Completed);
        Assert.Contains("Reconnect", stopped.Run!.Problem);
        Assert.Equal(6, app.EmulatorUnits() - before);
        await app.ConnectAsync();
        var resumed = await app.ImportYouTubeAsync();
        Assert.True(resumed.Completed, resumed.Run?.Problem);
        Assert.Equal(stopped.Run.Id, resumed.Run!.Id);
        Assert.Equal(ImportSteps.MinimumImportUnits(demo.Account), app.EmulatorUnits() - before - 1); // 1: reconnecting
        Assert.Equal(app.EmulatorUnits(), await app.LedgerUnitsAsync());
    }

    /// <summary>The metered gateway, with something happening as soon as the n-th call has answered: the caller's token
    /// cancelled (a crash or shutdown between a page's answer and saving it), or the sign-in revoked.</summary>
    private sealed class AfterCalls(IYouTubeGateway inner, int calls, Func<Task> then) : IYouTubeGateway
    {
        private int made;

        private async Task<T> Count<T>(Task<T> call)
        {
            var result = await call;
            if (Interlocked.Increment(ref made) == calls) await then();
            return result;
        }

        public Task<YouTubeResult<ChannelInfo>> GetMyChannelAsync(CancellationToken ct) => Count(inner.GetMyChannelAsync(ct));
        public Task<YouTubeResult<Page<PlaylistInfo>>> ListMyPlaylistsAsync(string? pageToken, CancellationToken ct) => Count(inner.ListMyPlaylistsAsync(pageToken, ct));
        public Task<YouTubeResult<IReadOnlyList<PlaylistInfo>>> GetPlaylistsAsync(IReadOnlyList<PlaylistId> ids, CancellationToken ct) => Count(inner.GetPlaylistsAsync(ids, ct));
        public Task<YouTubeResult<Page<PlaylistItemInfo>>> ListPlaylistItemsAsync(PlaylistId playlistId, string? pageToken, CancellationToken ct) => Count(inner.ListPlaylistItemsAsync(playlistId, pageToken, ct));
        public Task<YouTubeResult<IReadOnlyList<PlaylistItemInfo>>> FindPlaylistItemsAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) => Count(inner.FindPlaylistItemsAsync(playlistId, videoId, ct));
        public Task<YouTubeResult<IReadOnlyList<VideoInfo>>> GetVideosAsync(IReadOnlyList<VideoId> ids, CancellationToken ct) => Count(inner.GetVideosAsync(ids, ct));
        public Task<YouTubeResult<PlaylistInfo>> InsertPlaylistAsync(PlaylistDraft draft, CancellationToken ct) => Count(inner.InsertPlaylistAsync(draft, ct));
        public Task<YouTubeResult<PlaylistInfo>> UpdatePlaylistAsync(PlaylistId id, PlaylistDraft draft, CancellationToken ct) => Count(inner.UpdatePlaylistAsync(id, draft, ct));
        public Task<YouTubeResult<Done>> DeletePlaylistAsync(PlaylistId id, CancellationToken ct) => Count(inner.DeletePlaylistAsync(id, ct));
        public Task<YouTubeResult<PlaylistItemInfo>> InsertPlaylistItemAsync(PlaylistId playlistId, VideoId videoId, CancellationToken ct) => Count(inner.InsertPlaylistItemAsync(playlistId, videoId, ct));
        public Task<YouTubeResult<Done>> DeletePlaylistItemAsync(PlaylistItemId itemId, CancellationToken ct) => Count(inner.DeletePlaylistItemAsync(itemId, ct));
    }
}
