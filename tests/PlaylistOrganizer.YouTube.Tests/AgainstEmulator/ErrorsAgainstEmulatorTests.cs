using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Faults;

namespace PlaylistOrganizer.YouTube.Tests.AgainstEmulator;

/// <summary>
/// Every error class the engine acts on, provoked for real on the emulator and read back through the production client:
/// the kind must be the one the engine expects, and the ledger's charging rule (<see cref="QuotaCharge.UnitsFor"/>) must
/// charge exactly what the emulator charged.
/// </summary>
public sealed class ErrorsAgainstEmulatorTests
{
    private static readonly PlaylistId First = new($"PL{0:D32}");
    private static readonly VideoId Public = new(Accounts.VideoId(1));
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task A_spent_day_is_QuotaExceeded_and_costs_nothing()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Account.Quota.LimitUnits = 0;

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsList, g => g.ListPlaylistItemsAsync(First, null, Ct),
            YouTubeErrorKind.QuotaExceeded, 403, "quotaExceeded", units: 0);
    }

    [Theory]
    [InlineData(429, "rateLimitExceeded")]
    [InlineData(400, "badRequest")] // the variant with the same message is the cap too, not a permanent refusal
    public async Task The_playlist_creation_cap_is_RateLimited_whatever_its_status(int status, string reason)
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Account.Quota.PlaylistCreateCapPerDay = 1;
        session.Account.Quota.PlaylistCreateCapStatusCode = status;
        Assert.True((await session.Gateway.InsertPlaylistAsync(Draft("One"), Ct)).IsSuccess);

        await AssertErrorAsync(session, YouTubeMethod.PlaylistsInsert, g => g.InsertPlaylistAsync(Draft("Two"), Ct),
            YouTubeErrorKind.RateLimited, status, reason, units: 50);
    }

    [Fact]
    public async Task Every_409_of_a_burst_of_rapid_inserts_is_Transient()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Server.State.Options.InsertConflictWindowMs = 1000;
        Assert.True((await session.Gateway.InsertPlaylistItemAsync(First, Public, Ct)).IsSuccess);

        var kinds = new List<(YouTubeErrorKind?, int?)>();
        for (var i = 0; i < 3; i++)
        {
            var refused = await session.Gateway.InsertPlaylistItemAsync(First, Public, Ct);
            kinds.Add((refused.Error?.Kind, refused.Error?.HttpStatus));
        }

        Assert.All(kinds, k => Assert.Equal((YouTubeErrorKind.Transient, 409), k));
    }

    [Fact]
    public async Task A_revoked_sign_in_is_AuthRevoked_and_costs_nothing()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Server.Tokens.RevokeAll(EmulatorSession.AccountId);

        var (error, units) = await session.ChargedAsync(g => g.ListMyPlaylistsAsync(null, Ct));

        Assert.Equal(YouTubeErrorKind.AuthRevoked, error?.Kind);
        Assert.Equal(0, units);
        Assert.Equal(0, QuotaCharge.UnitsFor(YouTubeMethod.PlaylistsList, error));
    }

    [Fact]
    public async Task An_expired_access_token_with_a_revoked_refresh_token_is_AuthRevoked_invalid_grant()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        Assert.True((await session.Gateway.ListMyPlaylistsAsync(null, Ct)).IsSuccess);
        session.Time.Advance(TimeSpan.FromHours(2));
        session.Server.Tokens.RevokeAll(EmulatorSession.AccountId);

        var (error, units) = await session.ChargedAsync(g => g.ListMyPlaylistsAsync(null, Ct));

        Assert.Equal((YouTubeErrorKind.AuthRevoked, 400, "invalid_grant"), (error?.Kind, error?.HttpStatus, error?.Reason));
        Assert.Equal(0, units);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_and_the_call_succeeds()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Time.Advance(TimeSpan.FromHours(2));

        Assert.True((await session.Gateway.ListMyPlaylistsAsync(null, Ct)).IsSuccess);
    }

    [Fact]
    public async Task A_read_only_token_on_a_write_is_InsufficientScope()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3), Scopes.ReadOnly);
        Assert.True((await session.Gateway.ListMyPlaylistsAsync(null, Ct)).IsSuccess);

        await AssertErrorAsync(session, YouTubeMethod.PlaylistsInsert, g => g.InsertPlaylistAsync(Draft("New"), Ct),
            YouTubeErrorKind.InsufficientScope, 403, "insufficientPermissions", units: 0);
    }

    [Fact]
    public async Task Missing_playlists_items_and_videos_are_their_own_not_found_kinds()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        var missing = new PlaylistId("PLdoesnotexist000000000000000000");

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsList, g => g.ListPlaylistItemsAsync(missing, null, Ct),
            YouTubeErrorKind.PlaylistNotFound, 404, "playlistNotFound", units: 1);
        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(missing, Public, Ct),
            YouTubeErrorKind.PlaylistNotFound, 404, "playlistNotFound", units: 50);
        await AssertErrorAsync(session, YouTubeMethod.PlaylistsDelete, g => g.DeletePlaylistAsync(missing, Ct),
            YouTubeErrorKind.PlaylistNotFound, 404, "playlistNotFound", units: 50);
        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsDelete, g => g.DeletePlaylistItemAsync(new PlaylistItemId("UExnosuchitem"), Ct),
            YouTubeErrorKind.PlaylistItemNotFound, 404, "playlistItemNotFound", units: 50);
        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(First, new VideoId("nosuchvid01"), Ct),
            YouTubeErrorKind.VideoUnavailable, 404, "videoNotFound", units: 50);
    }

    [Fact]
    public async Task Private_and_deleted_videos_are_VideoUnavailable()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(First, new VideoId(Accounts.VideoId(900_001)), Ct),
            YouTubeErrorKind.VideoUnavailable, 400, "failedPrecondition", units: 50);
        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(First, new VideoId(Accounts.VideoId(900_002)), Ct),
            YouTubeErrorKind.VideoUnavailable, 404, "videoNotFound", units: 50);
        var listed = await session.Gateway.GetVideosAsync([Public, new VideoId(Accounts.VideoId(900_001)), new VideoId(Accounts.VideoId(900_002))], Ct);
        Assert.Equal([Public], listed.Value.Select(v => v.Id)); // unavailable videos are simply absent
    }

    [Fact]
    public async Task A_playlist_holding_5000_items_is_PlaylistFull()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(5000));

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(First, Public, Ct),
            YouTubeErrorKind.PlaylistFull, 403, "playlistContainsMaximumNumberOfVideos", units: 50);
    }

    [Theory]
    [InlineData("too long")]
    [InlineData("less-than")]
    [InlineData("empty")]
    public async Task Bad_titles_are_Invalid(string problem)
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        var (title, reason) = problem switch
        {
            "too long" => (new string('x', 151), "invalidPlaylistSnippet"),
            "less-than" => ("Rock <3", "invalidPlaylistSnippet"),
            _ => ("", "playlistTitleRequired"),
        };

        await AssertErrorAsync(session, YouTubeMethod.PlaylistsInsert, g => g.InsertPlaylistAsync(Draft(title), Ct),
            YouTubeErrorKind.Invalid, 400, reason, units: 50);
        Assert.True((await session.Gateway.InsertPlaylistAsync(Draft(new string('x', 150)), Ct)).IsSuccess);
    }

    [Fact]
    public async Task Writing_to_Watch_Later_is_Forbidden()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(new PlaylistId("WL"), Public, Ct),
            YouTubeErrorKind.Forbidden, 400, "playlistOperationUnsupported", units: 50);
    }

    [Theory]
    [InlineData(FaultKind.ServerError, 500)]
    [InlineData(FaultKind.ServiceUnavailable, 503)]
    public async Task Server_errors_are_Transient_and_charged(FaultKind kind, int status)
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Server.Faults.Replace(new FaultPlanRequest([new ScriptedFault("playlistItems.insert", 1, new Fault(kind))], null));

        await AssertErrorAsync(session, YouTubeMethod.PlaylistItemsInsert, g => g.InsertPlaylistItemAsync(First, Public, Ct),
            YouTubeErrorKind.Transient, status, "backendError", units: 50);
        Assert.Equal(3, session.Account.FindPlaylist(First.Value)!.Items.Count); // nothing was applied
    }

    [Fact]
    public async Task A_response_lost_on_an_aborted_connection_is_Transient_though_the_insert_was_applied()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(3));
        session.Server.Faults.Replace(new FaultPlanRequest(
            [new ScriptedFault("playlistItems.insert", 1, new Fault(FaultKind.LostResponse, AbortConnection: true))], null));

        var (error, units) = await session.ChargedAsync(g => g.InsertPlaylistItemAsync(First, Public, Ct));

        Assert.Equal(YouTubeErrorKind.Transient, error?.Kind);
        Assert.Null(error?.HttpStatus); // no answer at all
        Assert.True(error?.OutcomeUnknown);
        Assert.Equal(50, units);
        Assert.Equal(50, QuotaCharge.UnitsFor(YouTubeMethod.PlaylistItemsInsert, error));
        Assert.Equal(4, session.Account.FindPlaylist(First.Value)!.Items.Count); // applied: the engine must read back
    }

    private static PlaylistDraft Draft(string title) => new(title, "", Privacy.Private);

    private static async Task AssertErrorAsync<T>(
        EmulatorSession session, YouTubeMethod method, Func<GoogleYouTubeGateway, Task<YouTubeResult<T>>> call,
        YouTubeErrorKind kind, int status, string reason, int units)
    {
        var (error, charged) = await session.ChargedAsync(call);
        Assert.NotNull(error);
        Assert.Equal((kind, status, reason), (error.Kind, error.HttpStatus, error.Reason));
        Assert.Equal(units, charged);
        Assert.Equal(charged, QuotaCharge.UnitsFor(method, error)); // the ledger charges what YouTube charged
    }
}
