using System.Security.Cryptography;
using System.Text;
using Google.Apis.Auth.OAuth2;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.YouTube.Auth;
using PlaylistOrganizer.YouTube.Tests.TestServer;

namespace PlaylistOrganizer.YouTube.Tests;

/// <summary>OAuth against a stub token/revoke endpoint over real HTTP, with the clock driven by FakeTimeProvider.</summary>
public sealed class YouTubeAuthorizationTests : IAsyncLifetime
{
    private const string RefreshSecret = "refresh-secret-1";
    private const string Playlists = "/youtube/v3/playlists";
    private static readonly Uri RedirectUri = new("http://127.0.0.1:5000/oauth/callback");

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDataStore store = new();
    private StubGoogleServer server = null!;
    private YouTubeClientOptions options = null!;
    private YouTubeAuthorization authorization = null!;
    private int refreshes;

    public async Task InitializeAsync()
    {
        server = await StubGoogleServer.StartAsync();
        options = new YouTubeClientOptions
        {
            BaseUri = server.YouTubeBaseUri,
            AuthorizationServerUrl = server.Root + "o/oauth2/v2/auth",
            TokenServerUrl = server.Root + "token",
            RevokeUrl = server.Root + "revoke",
            ClientId = "client-id-1",
            ClientSecret = "client-secret-1",
        };
        authorization = new YouTubeAuthorization(options, store, time);

        server.On("POST", "/token", (request, ctx) =>
        {
            var form = request.Form();
            return form["grant_type"] switch
            {
                "authorization_code" => StubGoogleServer.WriteJson(ctx, 200, new
                {
                    access_token = "access-1", expires_in = 3600, refresh_token = RefreshSecret, token_type = "Bearer",
                    scope = YouTubeAuthorization.Scope,
                }),
                "refresh_token" => StubGoogleServer.WriteJson(ctx, 200, new
                {
                    access_token = $"access-{2 + Interlocked.Increment(ref refreshes) - 1}", expires_in = 3600, token_type = "Bearer",
                }),
                _ => StubGoogleServer.WriteJson(ctx, 400, new { error = "unsupported_grant_type" }),
            };
        });
        server.OnJson("GET", Playlists, 200, new { items = Array.Empty<object>() });
    }

    public async Task DisposeAsync()
    {
        authorization.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public void Begin_builds_a_pkce_consent_url_for_offline_access()
    {
        var request = authorization.Begin(RedirectUri);

        var url = request.Url;
        Assert.Equal(options.AuthorizationServerUrl, url.GetLeftPart(UriPartial.Path));
        var query = Query(url);
        Assert.Equal("client-id-1", query["client_id"]);
        Assert.Equal(RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("https://www.googleapis.com/auth/youtube.force-ssl", query["scope"]);
        Assert.Equal("offline", query["access_type"]);
        Assert.Equal("consent", query["prompt"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.Equal(request.State, query["state"]);
        Assert.DoesNotContain("client-secret-1", url.AbsoluteUri);
        Assert.NotEqual(request.State, authorization.Begin(RedirectUri).State); // a fresh state per sign-in
    }

    [Fact]
    public async Task Complete_exchanges_the_code_with_the_verifier_and_stores_the_tokens()
    {
        var started = authorization.Begin(RedirectUri);

        var result = await authorization.CompleteAsync(started.State, "auth-code-1", CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var exchange = Assert.Single(server.RequestsTo("/token")).Form();
        Assert.Equal("authorization_code", exchange["grant_type"]);
        Assert.Equal("auth-code-1", exchange["code"]);
        Assert.Equal(RedirectUri.AbsoluteUri, exchange["redirect_uri"]);
        Assert.Equal("client-id-1", exchange["client_id"]);
        // The verifier sent now is the one whose S256 hash went out in the consent URL.
        Assert.Equal(Query(started.Url)["code_challenge"], S256(exchange["code_verifier"]));

        var loaded = await authorization.LoadAsync(CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(RefreshSecret, loaded.Token.RefreshToken);
        Assert.Equal("access-1", loaded.Token.AccessToken);
    }

    [Fact]
    public async Task A_state_is_good_for_one_exchange_only_and_unknown_states_send_nothing()
    {
        var started = authorization.Begin(RedirectUri);
        await authorization.CompleteAsync(started.State, "auth-code-1", CancellationToken.None);

        var replay = await authorization.CompleteAsync(started.State, "auth-code-1", CancellationToken.None);
        var forged = await authorization.CompleteAsync("forged", "auth-code-2", CancellationToken.None);

        Assert.Equal("unknownState", replay.Error!.Reason);
        Assert.Equal(YouTubeErrorKind.Invalid, forged.Error!.Kind);
        Assert.Single(server.RequestsTo("/token"));
    }

    [Fact]
    public async Task A_started_sign_in_expires()
    {
        var started = authorization.Begin(RedirectUri);
        time.Advance(YouTubeAuthorization.PendingLifetime + TimeSpan.FromSeconds(1));

        var result = await authorization.CompleteAsync(started.State, "auth-code-1", CancellationToken.None);

        Assert.Equal("unknownState", result.Error!.Reason);
        Assert.Empty(server.RequestsTo("/token"));
    }

    [Fact]
    public async Task A_refused_code_is_AuthRevoked()
    {
        server.OnJson("POST", "/token", 400, new { error = "invalid_grant", error_description = "Bad Request" });
        var started = authorization.Begin(RedirectUri);

        var result = await authorization.CompleteAsync(started.State, "stale-code", CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.AuthRevoked, result.Error!.Kind);
        Assert.Equal("invalid_grant", result.Error.Reason);
        Assert.Null(await authorization.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_access_token_is_sent_and_refreshed_through_the_token_endpoint_before_it_expires()
    {
        var gateway = GoogleYouTubeGateway.Create(options, await ConnectAsync());

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.True((await gateway.ListMyPlaylistsAsync(null, CancellationToken.None)).IsSuccess);
        Assert.Equal("Bearer access-1", server.RequestsTo(Playlists).Last().Header("Authorization"));
        Assert.Equal(0, refreshes); // still fresh by the injected clock

        time.Advance(TimeSpan.FromMinutes(29)); // one minute before expiry
        var result = await gateway.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(1, refreshes);
        var paths = server.Requests.Select(r => r.Path).ToList();
        Assert.Equal(["/token", Playlists, "/token", Playlists], paths); // refresh happened before the call
        var refresh = server.RequestsTo("/token").Last().Form();
        Assert.Equal("refresh_token", refresh["grant_type"]);
        Assert.Equal(RefreshSecret, refresh["refresh_token"]);
        Assert.Equal("Bearer access-2", server.RequestsTo(Playlists).Last().Header("Authorization"));
        Assert.Equal("access-2", (await authorization.LoadAsync(CancellationToken.None))!.Token.AccessToken); // persisted

        time.Advance(TimeSpan.FromHours(3)); // long expired
        Assert.True((await gateway.ListMyPlaylistsAsync(null, CancellationToken.None)).IsSuccess);
        Assert.Equal("Bearer access-3", server.RequestsTo(Playlists).Last().Header("Authorization"));
    }

    [Fact]
    public async Task A_refresh_refused_with_invalid_grant_is_AuthRevoked_and_the_call_is_not_sent()
    {
        var gateway = GoogleYouTubeGateway.Create(options, await ConnectAsync());
        server.OnJson("POST", "/token", 400, new { error = "invalid_grant", error_description = "Token has been expired or revoked." });
        time.Advance(TimeSpan.FromHours(2));

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(YouTubeErrorKind.AuthRevoked, result.Error.Kind);
        Assert.Equal("invalid_grant", result.Error.Reason);
        Assert.Equal(400, result.Error.HttpStatus);
        Assert.Empty(server.RequestsTo("/youtube/v3/playlistItems"));
        Assert.DoesNotContain(RefreshSecret, result.Error.ToString());
        Assert.DoesNotContain("access-1", result.Error.ToString());
        Assert.Null(await authorization.LoadAsync(CancellationToken.None)); // the user has to reconnect
    }

    [Fact]
    public async Task A_token_endpoint_that_does_not_answer_is_Transient_and_keeps_the_connection()
    {
        var gateway = GoogleYouTubeGateway.Create(options, await ConnectAsync());
        server.On("POST", "/token", (_, ctx) => { ctx.Abort(); return Task.CompletedTask; });
        time.Advance(TimeSpan.FromHours(2));

        var result = await gateway.ListMyPlaylistsAsync(null, CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
        Assert.Null(result.Error.HttpStatus);
        Assert.Empty(server.RequestsTo(Playlists));
        Assert.NotNull(await authorization.LoadAsync(CancellationToken.None)); // no reason to make the user reconnect
    }

    [Fact]
    public async Task A_401_from_the_api_is_AuthRevoked_and_the_request_is_not_resent()
    {
        var gateway = GoogleYouTubeGateway.Create(options, await ConnectAsync());
        server.OnGoogleError("POST", "/youtube/v3/playlistItems", 401, "authError", "Invalid Credentials");

        var result = await gateway.InsertPlaylistItemAsync(new PlaylistId("PLabc"), new VideoId("dQw4w9WgXcQ"), CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.AuthRevoked, result.Error!.Kind);
        Assert.Single(server.RequestsTo("/youtube/v3/playlistItems"));
    }

    [Fact]
    public async Task Disconnect_revokes_with_the_token_in_the_body_and_forgets_it()
    {
        await ConnectAsync();
        server.On("POST", "/revoke", (_, ctx) => { ctx.Response.StatusCode = 200; return Task.CompletedTask; });

        var result = await authorization.DisconnectAsync(CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        var revoke = Assert.Single(server.RequestsTo("/revoke"));
        Assert.Equal(RefreshSecret, revoke.Form()["token"]);
        Assert.Empty(revoke.Query);
        Assert.Null(await authorization.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Disconnect_forgets_the_tokens_even_when_revoking_fails()
    {
        await ConnectAsync();
        server.OnJson("POST", "/revoke", 503, new { error = "temporarily_unavailable" });

        var result = await authorization.DisconnectAsync(CancellationToken.None);

        Assert.Equal(YouTubeErrorKind.Transient, result.Error!.Kind);
        Assert.Null(await authorization.LoadAsync(CancellationToken.None));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Secrets_stay_out_of_ToString() =>
        Assert.DoesNotContain("client-secret-1", options.ToString());

    private async Task<UserCredential> ConnectAsync()
    {
        var started = authorization.Begin(RedirectUri);
        var result = await authorization.CompleteAsync(started.State, "auth-code-1", CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value;
    }

    private static Dictionary<string, string> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    private static string S256(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
