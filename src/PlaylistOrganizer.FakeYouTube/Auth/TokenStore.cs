using System.Security.Cryptography;
using System.Text;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Auth;

/// <summary>
/// Authorization codes, access tokens and refresh tokens, all timed on the emulator clock. Thread-safe (one lock;
/// token traffic is light).
/// </summary>
public sealed class TokenStore(TimeProvider clock, FakeYouTubeOptions options, IdGenerator ids)
{
    /// <summary>Google's codes are short-lived; ten minutes is generous and keeps tests simple.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessGrant> _access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshGrant> _refresh = new(StringComparer.Ordinal);

    public string IssueCode(string accountId, string clientId, string redirectUri, string scope,
        string? codeChallenge, string? codeChallengeMethod, bool offline)
    {
        var code = "4/0Fake" + ids.NewToken(60);
        lock (_lock)
        {
            _codes[code] = new AuthorizationCode(accountId, clientId, redirectUri, Scopes.Parse(scope), codeChallenge,
                codeChallengeMethod ?? "plain", offline, clock.GetUtcNow() + CodeLifetime);
        }
        return code;
    }

    /// <summary>Exchanges a code. Codes are one-time: a second use fails even if the first failed on the verifier.</summary>
    public TokenResult Redeem(string code, string? clientId, string? redirectUri, string? codeVerifier)
    {
        lock (_lock)
        {
            if (!_codes.Remove(code, out var grant) || grant.ExpiresAt <= clock.GetUtcNow())
                return TokenResult.Fail("invalid_grant", "Bad Request");
            if (grant.ClientId != clientId)
                return TokenResult.Fail("invalid_grant", "Unauthorized");
            if (grant.RedirectUri != redirectUri)
                return TokenResult.Fail("redirect_uri_mismatch", "Bad Request");
            if (grant.CodeChallenge is not null)
            {
                if (string.IsNullOrEmpty(codeVerifier))
                    return TokenResult.Fail("invalid_grant", "Missing code verifier.");
                if (!VerifierMatches(codeVerifier, grant.CodeChallenge, grant.CodeChallengeMethod))
                    return TokenResult.Fail("invalid_grant", "Invalid code verifier.");
            }
            string? refresh = null;
            if (grant.Offline)
            {
                refresh = "1//0fake" + ids.NewToken(80);
                DateTimeOffset? expires = options.RefreshTokenLifetimeDays is { } days ? clock.GetUtcNow().AddDays(days) : null;
                _refresh[refresh] = new RefreshGrant(grant.AccountId, grant.ClientId, grant.Scopes, expires);
            }
            return IssueAccess(grant.AccountId, grant.Scopes, refresh, options.AccessTokenLifetimeSeconds);
        }
    }

    public TokenResult Refresh(string refreshToken)
    {
        lock (_lock)
        {
            if (!_refresh.TryGetValue(refreshToken, out var grant) || grant.Revoked ||
                (grant.ExpiresAt is { } expires && expires <= clock.GetUtcNow()))
                return TokenResult.Fail("invalid_grant", "Token has been expired or revoked.");
            // A refresh answer carries no new refresh token, as on Google.
            return IssueAccess(grant.AccountId, grant.Scopes, null, options.AccessTokenLifetimeSeconds, refreshToken);
        }
    }

    /// <summary>Mints a pair without the browser flow, for tests and scripts (admin API).</summary>
    public TokenResult Mint(string accountId, string scope, int? accessLifetimeSeconds)
    {
        lock (_lock)
        {
            var scopes = Scopes.Parse(scope);
            var refresh = "1//0fake" + ids.NewToken(80);
            DateTimeOffset? expires = options.RefreshTokenLifetimeDays is { } days ? clock.GetUtcNow().AddDays(days) : null;
            _refresh[refresh] = new RefreshGrant(accountId, "emulator-admin", scopes, expires);
            return IssueAccess(accountId, scopes, refresh, accessLifetimeSeconds ?? options.AccessTokenLifetimeSeconds, refresh);
        }
    }

    /// <summary>Revokes an access or refresh token; revoking a refresh token also kills the access tokens it minted.</summary>
    public bool Revoke(string token)
    {
        lock (_lock)
        {
            if (_access.Remove(token)) return true;
            if (!_refresh.TryGetValue(token, out var grant)) return false;
            _refresh[token] = grant with { Revoked = true };
            foreach (var key in _access.Where(kv => kv.Value.RefreshToken == token).Select(kv => kv.Key).ToList())
                _access.Remove(key);
            return true;
        }
    }

    /// <summary>Revokes every token of an account, as the user removing the app's access would. Returns how many.</summary>
    public int RevokeAll(string accountId)
    {
        lock (_lock)
        {
            var count = 0;
            foreach (var key in _access.Where(kv => kv.Value.AccountId == accountId).Select(kv => kv.Key).ToList())
            {
                _access.Remove(key);
                count++;
            }
            foreach (var (key, grant) in _refresh.Where(kv => kv.Value.AccountId == accountId && !kv.Value.Revoked).ToList())
            {
                _refresh[key] = grant with { Revoked = true };
                count++;
            }
            return count;
        }
    }

    /// <summary>Ends every live access token of an account now; refresh tokens keep working (the "token expired" fault).</summary>
    public int ExpireAccessTokens(string accountId)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var keys = _access.Where(kv => kv.Value.AccountId == accountId && kv.Value.ExpiresAt > now).Select(kv => kv.Key).ToList();
            foreach (var key in keys) _access[key] = _access[key] with { ExpiresAt = now };
            return keys.Count;
        }
    }

    /// <summary>Every access and refresh token the account holds (for tests that check secrets never leak).</summary>
    public IReadOnlyList<string> IssuedSecrets(string accountId)
    {
        lock (_lock)
        {
            return _access.Where(kv => kv.Value.AccountId == accountId).Select(kv => kv.Key)
                .Concat(_refresh.Where(kv => kv.Value.AccountId == accountId).Select(kv => kv.Key)).ToList();
        }
    }

    /// <summary>The issued grants, so an emulator that is stopped and started again (demo mode) keeps its sign-ins.</summary>
    public SavedGrants Export()
    {
        lock (_lock)
        {
            return new SavedGrants(
                _access.ToDictionary(kv => kv.Key, kv => new SavedAccessGrant(kv.Value.AccountId, kv.Value.Scopes.ToList(), kv.Value.ExpiresAt, kv.Value.RefreshToken)),
                _refresh.ToDictionary(kv => kv.Key, kv => new SavedRefreshGrant(kv.Value.AccountId, kv.Value.ClientId, kv.Value.Scopes.ToList(), kv.Value.ExpiresAt, kv.Value.Revoked)));
        }
    }

    public void Import(SavedGrants saved)
    {
        lock (_lock)
        {
            foreach (var (token, grant) in saved.Access)
                _access[token] = new AccessGrant(grant.AccountId, grant.Scopes.ToHashSet(), grant.ExpiresAt, grant.RefreshToken);
            foreach (var (token, grant) in saved.Refresh)
                _refresh[token] = new RefreshGrant(grant.AccountId, grant.ClientId, grant.Scopes.ToHashSet(), grant.ExpiresAt, grant.Revoked);
        }
    }

    /// <summary>The live grant behind an access token, or null when unknown, expired or revoked.</summary>
    public AccessGrant? Authenticate(string accessToken)
    {
        lock (_lock)
        {
            return _access.TryGetValue(accessToken, out var grant) && grant.ExpiresAt > clock.GetUtcNow() ? grant : null;
        }
    }

    private TokenResult IssueAccess(string accountId, IReadOnlySet<string> scopes, string? refreshToReturn, int lifetimeSeconds, string? parentRefresh = null)
    {
        var access = "ya29.fake" + ids.NewToken(100);
        _access[access] = new AccessGrant(accountId, scopes, clock.GetUtcNow().AddSeconds(lifetimeSeconds), parentRefresh ?? refreshToReturn);
        return new TokenResult(new TokenResponse(access, lifetimeSeconds, refreshToReturn, string.Join(' ', scopes), "Bearer"), null);
    }

    private static bool VerifierMatches(string verifier, string challenge, string method)
    {
        if (method == "plain") return verifier == challenge;
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(verifier));
        var encoded = Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return encoded == challenge;
    }

    private sealed record AuthorizationCode(string AccountId, string ClientId, string RedirectUri, IReadOnlySet<string> Scopes,
        string? CodeChallenge, string CodeChallengeMethod, bool Offline, DateTimeOffset ExpiresAt);

    private sealed record RefreshGrant(string AccountId, string ClientId, IReadOnlySet<string> Scopes, DateTimeOffset? ExpiresAt, bool Revoked = false);
}

public sealed record AccessGrant(string AccountId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt, string? RefreshToken);

/// <summary>Google's token endpoint answer (snake_case on the wire).</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType);

public sealed record TokenResult(TokenResponse? Success, OAuthError? Error)
{
    public static TokenResult Fail(string error, string description) => new(null, new OAuthError(error, description));
}

/// <summary>The OAuth error body: a string <c>error</c>, unlike the API's error object (docs/youtube-facts.md §6).</summary>
public sealed record OAuthError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);

/// <summary>The emulator's sign-ins as saved between runs.</summary>
public sealed record SavedGrants(Dictionary<string, SavedAccessGrant> Access, Dictionary<string, SavedRefreshGrant> Refresh);

public sealed record SavedAccessGrant(string AccountId, List<string> Scopes, DateTimeOffset ExpiresAt, string? RefreshToken);

public sealed record SavedRefreshGrant(string AccountId, string ClientId, List<string> Scopes, DateTimeOffset? ExpiresAt, bool Revoked);
