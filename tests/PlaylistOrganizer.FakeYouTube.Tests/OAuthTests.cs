using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

namespace PlaylistOrganizer.FakeYouTube.Tests;

/// <summary>Google-like OAuth: consent page, code + PKCE, refresh, revocation, and what the API says about tokens.</summary>
public sealed partial class OAuthTests
{
    private const string ClientId = "test-client.apps.googleusercontent.com";
    private const string RedirectUri = "http://127.0.0.1:5555/signin-callback";
    private const string Verifier = "a-very-long-code-verifier-with-enough-entropy-0123456789abcdef";

    [Fact]
    public async Task Consent_page_lists_accounts_with_the_first_preselected()
    {
        await using var yt = await TestEmulator.StartAsync();
        yt.Server.LoadAccount(Snapshots.Library(accountId: "bob"));
        var html = await yt.Http.GetStringAsync(AuthorizeUrl("xyz"));
        Assert.Contains("value=\"alice\" checked", html);
        Assert.Contains("value=\"bob\">", html);
        Assert.Contains(">Allow</button>", html);
        Assert.Contains(">Deny</button>", html);
    }

    [Fact]
    public async Task Code_with_PKCE_gives_tokens_that_work_and_refresh_works()
    {
        await using var yt = await TestEmulator.StartAsync();
        var code = await ConsentAsync(yt, "state-1", "allow");

        var tokens = await ExchangeAsync(yt, code, Verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal("Bearer", (string?)tokens.Body["token_type"]);
        Assert.Equal(3600, (int)tokens.Body["expires_in"]!);
        Assert.Equal(Auth.Scopes.YouTube, (string?)tokens.Body["scope"]);
        var refresh = (string)tokens.Body["refresh_token"]!;

        yt.UseToken((string)tokens.Body["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("via oauth")).StatusCode);

        var refreshed = await TokenAsync(yt, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh, ["client_id"] = ClientId });
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Null(refreshed.Body["refresh_token"]);
        yt.UseToken((string)refreshed.Body["access_token"]!);
        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
    }

    [Fact]
    public async Task Deny_redirects_with_access_denied()
    {
        await using var yt = await TestEmulator.StartAsync();
        var location = await DecideAsync(yt, "s", "deny");
        Assert.StartsWith(RedirectUri + "?error=access_denied", location);
        Assert.Contains("state=s", location);
    }

    [Fact]
    public async Task Wrong_verifier_is_refused_and_the_code_cannot_be_reused()
    {
        await using var yt = await TestEmulator.StartAsync();
        var code = await ConsentAsync(yt, "s", "allow");
        var wrong = await ExchangeAsync(yt, code, "not-the-verifier-not-the-verifier-not-the-verifier");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("invalid_grant", (string?)wrong.Body["error"]);

        var code2 = await ConsentAsync(yt, "s", "allow");
        Assert.Equal(HttpStatusCode.OK, (await ExchangeAsync(yt, code2, Verifier)).Status);
        var reused = await ExchangeAsync(yt, code2, Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal("invalid_grant", (string?)reused.Body["error"]);
    }

    [Fact]
    public async Task A_code_is_bound_to_its_redirect_uri()
    {
        await using var yt = await TestEmulator.StartAsync();
        var code = await ConsentAsync(yt, "s", "allow");
        var result = await TokenAsync(yt, new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = ClientId,
            ["redirect_uri"] = "http://127.0.0.1:6666/elsewhere", ["code_verifier"] = Verifier,
        });
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task Expired_access_token_gets_401_authError()
    {
        await using var yt = await TestEmulator.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/channels?part=id&mine=true")).StatusCode);
        yt.Time.Advance(TimeSpan.FromSeconds(3600));
        var error = await TestEmulator.AssertError(await yt.Get("youtube/v3/channels?part=id&mine=true"), 401, "authError", "global");
        Assert.Equal("Invalid Credentials", (string?)error["message"]);
        Assert.Equal("Authorization", (string?)error["location"]);
        Assert.Equal("header", (string?)error["locationType"]);
        Assert.Equal(1, await yt.UsedUnits());
    }

    [Fact]
    public async Task Missing_token_gets_401_required()
    {
        await using var yt = await TestEmulator.StartAsync();
        yt.Http.DefaultRequestHeaders.Authorization = null;
        var error = await TestEmulator.AssertError(await yt.Get("youtube/v3/playlists?part=id&mine=true"), 401, "required");
        Assert.Equal("Login Required.", (string?)error["message"]);
    }

    [Fact]
    public async Task Revoked_refresh_token_is_invalid_grant_and_its_access_token_dies()
    {
        await using var yt = await TestEmulator.StartAsync();
        var pair = yt.Server.MintTokens("alice");
        yt.UseToken(pair.AccessToken);
        var revoke = await yt.Http.PostAsync("revoke?token=" + Uri.EscapeDataString(pair.RefreshToken!), null);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);

        var refreshed = await TokenAsync(yt, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = pair.RefreshToken! });
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.Status);
        Assert.Equal("invalid_grant", (string?)refreshed.Body["error"]);
        Assert.Equal("Token has been expired or revoked.", (string?)refreshed.Body["error_description"]);
        await TestEmulator.AssertError(await yt.Get("youtube/v3/channels?part=id&mine=true"), 401, "authError");
    }

    [Fact]
    public async Task Admin_revoke_all_kills_every_token_of_the_account()
    {
        await using var yt = await TestEmulator.StartAsync();
        var pair = yt.Server.MintTokens("alice");
        Assert.Equal(HttpStatusCode.OK, (await yt.Http.PostAsync("_emulator/accounts/alice/revoke", null)).StatusCode);
        await TestEmulator.AssertError(await yt.Get("youtube/v3/channels?part=id&mine=true"), 401, "authError");
        var refreshed = await TokenAsync(yt, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = pair.RefreshToken! });
        Assert.Equal("invalid_grant", (string?)refreshed.Body["error"]);
    }

    [Fact]
    public async Task Refresh_tokens_expire_after_the_configured_days_like_a_Testing_app()
    {
        await using var yt = await TestEmulator.StartAsync(new FakeYouTubeOptions { RefreshTokenLifetimeDays = 7 });
        var pair = yt.Server.MintTokens("alice");
        yt.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(yt, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = pair.RefreshToken! })).Status);
        yt.Time.Advance(TimeSpan.FromDays(1));
        var expired = await TokenAsync(yt, new() { ["grant_type"] = "refresh_token", ["refresh_token"] = pair.RefreshToken! });
        Assert.Equal("invalid_grant", (string?)expired.Body["error"]);
    }

    [Fact]
    public async Task Readonly_scope_can_list_but_writes_get_403_insufficientPermissions_uncharged()
    {
        await using var yt = await TestEmulator.StartAsync();
        var minted = await TestEmulator.Body(await yt.Http.PostAsJsonAsync("_emulator/accounts/alice/tokens", new { scope = Auth.Scopes.ReadOnly }));
        yt.UseToken((string)minted["access_token"]!);

        Assert.Equal(HttpStatusCode.OK, (await yt.Get("youtube/v3/playlists?part=id&mine=true")).StatusCode);
        await TestEmulator.AssertError(await yt.InsertPlaylist("nope"), 403, "insufficientPermissions", "global");
        await TestEmulator.AssertError(await yt.InsertItem(Snapshots.Music, Snapshots.PublicVideo), 403, "insufficientPermissions");
        await TestEmulator.AssertError(await yt.Delete($"youtube/v3/playlists?id={Snapshots.Music}"), 403, "insufficientPermissions");
        Assert.Equal(1, await yt.UsedUnits());
    }

    [Fact]
    public async Task Force_ssl_scope_allows_writes()
    {
        await using var yt = await TestEmulator.StartAsync();
        yt.UseToken(yt.Server.MintTokens("alice", Auth.Scopes.ForceSsl).AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await yt.InsertPlaylist("ok")).StatusCode);
    }

    private static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string AuthorizeUrl(string state) =>
        "o/oauth2/v2/auth?response_type=code&access_type=offline&prompt=consent" +
        $"&client_id={Uri.EscapeDataString(ClientId)}&redirect_uri={Uri.EscapeDataString(RedirectUri)}" +
        $"&scope={Uri.EscapeDataString(Auth.Scopes.YouTube)}&state={state}" +
        $"&code_challenge={Challenge(Verifier)}&code_challenge_method=S256";

    /// <summary>Does what a browser does: load the consent page, submit its form as is (first account preselected).</summary>
    private static async Task<string> DecideAsync(TestEmulator yt, string state, string decision)
    {
        var html = await yt.Http.GetStringAsync(AuthorizeUrl(state));
        var fields = HiddenField().Matches(html).ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["account"] = CheckedAccount().Match(html).Groups[1].Value;
        fields["decision"] = decision;
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = yt.Server.BaseUri };
        var response = await noRedirect.PostAsync("o/oauth2/v2/auth", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    private static async Task<string> ConsentAsync(TestEmulator yt, string state, string decision)
    {
        var location = await DecideAsync(yt, state, decision);
        Assert.StartsWith(RedirectUri + "?code=", location);
        Assert.EndsWith("state=" + state, location);
        var query = new Uri(location).Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        return query["code"];
    }

    private static Task<(HttpStatusCode Status, JsonNode Body)> ExchangeAsync(TestEmulator yt, string code, string verifier) =>
        TokenAsync(yt, new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["client_id"] = ClientId, ["client_secret"] = "ignored",
            ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
        });

    private static async Task<(HttpStatusCode Status, JsonNode Body)> TokenAsync(TestEmulator yt, Dictionary<string, string> form)
    {
        using var anonymous = new HttpClient { BaseAddress = yt.Server.BaseUri };
        var response = await anonymous.PostAsync("token", new FormUrlEncodedContent(form));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await TestEmulator.Body(response));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"account\" value=\"([^\"]+)\" checked")]
    private static partial Regex CheckedAccount();
}
