using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube;

/// <summary>
/// The emulator running in-process on <c>http://127.0.0.1:{ephemeral port}</c>, for tests, demo mode and the
/// benchmark. Clients talk to it over real HTTP at <see cref="BaseUri"/>; the test itself may seed and inspect state
/// directly. Dispose to stop it.
/// </summary>
/// <example><code>
/// await using var youTube = await FakeYouTubeServer.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = 500 }, fakeTime);
/// youTube.LoadAccount(snapshot);
/// var token = youTube.MintTokens(snapshot.AccountId).AccessToken;
/// // GET {youTube.ApiBaseUri}playlists?part=snippet&amp;mine=true with "Authorization: Bearer {token}"
/// </code></example>
public sealed class FakeYouTubeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeYouTubeServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>The emulator's root, e.g. http://127.0.0.1:45123/ (OAuth at /o/oauth2/v2/auth and /token, admin at /_emulator/).</summary>
    public Uri BaseUri { get; }

    /// <summary>The Data API base, {BaseUri}youtube/v3/, what a client uses instead of https://youtube.googleapis.com/youtube/v3/.</summary>
    public Uri ApiBaseUri => new(BaseUri, "youtube/v3/");

    public EmulatorState State => _app.Services.GetRequiredService<EmulatorState>();
    public EmulatorClock Clock => _app.Services.GetRequiredService<EmulatorClock>();
    public FaultPlan Faults => _app.Services.GetRequiredService<FaultPlan>();
    public TokenStore Tokens => _app.Services.GetRequiredService<TokenStore>();

    /// <param name="timeProvider">The time source; null means the system clock. Pass a FakeTimeProvider to drive quota days and token expiry.</param>
    public static async Task<FakeYouTubeServer> StartAsync(FakeYouTubeOptions? options = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Tests should not drown in request logs; warnings still show.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = FakeYouTubeHost.Build(builder, options ?? new FakeYouTubeOptions(), timeProvider ?? TimeProvider.System);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeYouTubeServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public void LoadAccount(AccountSnapshot snapshot) => State.Load(snapshot);

    /// <summary>An access + refresh token pair for the account, without the browser flow.</summary>
    public TokenResponse MintTokens(string accountId, string scope = Scopes.YouTube, int? accessTokenLifetimeSeconds = null) =>
        Tokens.Mint(accountId, scope, accessTokenLifetimeSeconds).Success!;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
