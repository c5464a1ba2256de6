using System.Collections.Concurrent;
using System.Security.Cryptography;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Google.Apis.Http;
using Google.Apis.Json;
using Google.Apis.Util.Store;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.YouTube.Auth;

/// <summary>Tokens saved aside by <see cref="YouTubeAuthorization.SaveAsideAsync"/>; opaque, never shown or logged.</summary>
public sealed class SavedSignIn
{
    internal SavedSignIn(TokenResponse? token) => Token = token;

    internal TokenResponse? Token { get; }
}

/// <summary>The URL to send the user to, and the <paramref name="State"/> that will come back on the redirect.</summary>
public sealed record AuthorizationRequest(Uri Url, string State);

/// <summary>
/// Connects one YouTube account with OAuth 2.0 (authorization code + PKCE, loopback redirect) on Google.Apis.Auth, and
/// hands out a <see cref="UserCredential"/> for <see cref="YouTubeApiService.Create"/>.
/// </summary>
/// <remarks>
/// <para>Flow: <see cref="Begin"/> builds the consent URL (scope youtube.force-ssl, <c>access_type=offline</c>,
/// <c>prompt=consent</c> so Google always returns a refresh token, S256 code challenge) and keeps the PKCE verifier
/// with the state, in memory, for <see cref="PendingLifetime"/>. The redirect handler calls <see cref="CompleteAsync"/>
/// with the state and code; the tokens go into the <see cref="IDataStore"/> under the user key. Later runs call
/// <see cref="LoadAsync"/>.</para>
/// <para>The credential refreshes the access token before it expires (Google.Apis does this in its request interceptor,
/// judged by the injected <see cref="TimeProvider"/>) and stores the new token through the data store. A refresh
/// refused with <c>invalid_grant</c> (revoked, or unused for six months, or 7 days in "Testing" mode:
/// docs/youtube-facts.md §6) makes gateway calls return <see cref="YouTubeErrorKind.AuthRevoked"/>, and
/// Google.Apis deletes the stored token.</para>
/// <para>No automatic retries at the token endpoint either. Tokens and the PKCE verifier are never logged or put in
/// messages. Thread-safe.</para>
/// </remarks>
public sealed class YouTubeAuthorization : IDisposable
{
    /// <summary>One scope covers every list and playlist write the app makes (docs/youtube-facts.md §6).</summary>
    public const string Scope = "https://www.googleapis.com/auth/youtube.force-ssl";

    /// <summary>How long a started sign-in may take before its state is forgotten.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(15);

    private readonly YouTubeClientOptions options;
    private readonly TimeProvider timeProvider;
    private readonly string userKey;
    private readonly PkceGoogleAuthorizationCodeFlow flow;
    private readonly ConcurrentDictionary<string, Pending> pending = new(StringComparer.Ordinal);

    /// <param name="options">Endpoints and client id/secret.</param>
    /// <param name="dataStore">Where tokens live. The App passes an encrypting store; tests use <see cref="InMemoryDataStore"/>.</param>
    /// <param name="timeProvider">The clock for token expiry and pending sign-ins.</param>
    /// <param name="userKey">The key the tokens are stored under (one connected account per key). Default "youtube".</param>
    /// <param name="httpClientFactory">Optional, for tests or proxies.</param>
    public YouTubeAuthorization(
        YouTubeClientOptions options, IDataStore dataStore, TimeProvider timeProvider, string userKey = "youtube",
        IHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataStore);
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new ArgumentException("YouTube ClientId is not configured (an OAuth client of type Desktop app).", nameof(options));
        }

        this.options = options;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.userKey = userKey;

        flow = new PkceGoogleAuthorizationCodeFlow(
            new EndpointInitializer(options.AuthorizationServerUrl, options.TokenServerUrl, options.RevokeUrl)
            {
                ClientSecrets = new ClientSecrets { ClientId = options.ClientId, ClientSecret = options.ClientSecret },
                Scopes = [Scope],
                DataStore = dataStore,
                Clock = new TimeProviderClock(timeProvider),
                Prompt = "consent",
                DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
                HttpClientFactory = httpClientFactory ?? new HttpClientFactory(),
            });
        flow.HttpClient.MessageHandler.NumTries = 1;
        flow.HttpClient.MessageHandler.IsLoggingEnabled = false; // token requests and answers carry secrets
        flow.HttpClient.Timeout = options.RequestTimeout;
    }

    /// <summary>The underlying Google.Apis flow (for the App's diagnostics; prefer the methods here).</summary>
    public IAuthorizationCodeFlow Flow => flow;

    /// <summary>Starts a sign-in: the consent URL for <paramref name="redirectUri"/> (a loopback URL such as
    /// <c>http://127.0.0.1:5000/oauth/callback</c>, registered for a "Desktop app" client).</summary>
    public AuthorizationRequest Begin(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        ForgetExpired();

        var request = flow.CreateAuthorizationCodeRequest(redirectUri.AbsoluteUri, out var codeVerifier);
        var state = Base64Url(RandomNumberGenerator.GetBytes(32));
        request.State = state;
        if (request is GoogleAuthorizationCodeRequestUrl google)
        {
            google.AccessType = "offline";
            google.Prompt = "consent";
            google.CodeChallengeMethod ??= "S256";
        }

        pending[state] = new Pending(codeVerifier, redirectUri.AbsoluteUri, timeProvider.GetUtcNow() + PendingLifetime);
        return new AuthorizationRequest(request.Build(), state);
    }

    /// <summary>
    /// Finishes a sign-in started by <see cref="Begin"/>: checks the state, exchanges the code (with the PKCE verifier)
    /// and stores the tokens. One request to the token endpoint.
    /// </summary>
    /// <returns>The credential, or: Invalid "unknownState" (forged, reused or expired state), Invalid "noRefreshToken",
    /// AuthRevoked (the code was refused), Transient (no answer from the token endpoint).</returns>
    public async Task<YouTubeResult<UserCredential>> CompleteAsync(string state, string code, CancellationToken ct)
    {
        ForgetExpired();
        // One use per state: a replayed redirect must not exchange again.
        if (string.IsNullOrEmpty(state) || !pending.TryRemove(state, out var started))
        {
            return new YouTubeError(YouTubeErrorKind.Invalid, null, "unknownState",
                "This sign-in link is unknown or has expired. Start connecting again.");
        }

        if (string.IsNullOrEmpty(code))
        {
            return new YouTubeError(YouTubeErrorKind.Invalid, null, "noCode", "Google did not return an authorization code.");
        }

        try
        {
            var token = await flow.ExchangeCodeForTokenAsync(userKey, code, started.CodeVerifier, started.RedirectUri, ct)
                .ConfigureAwait(false);
            if (string.IsNullOrEmpty(token.RefreshToken))
            {
                // Without a refresh token the connection would die within the hour, in the middle of a sync.
                await flow.DeleteTokenAsync(userKey, ct).ConfigureAwait(false);
                return new YouTubeError(YouTubeErrorKind.Invalid, null, "noRefreshToken",
                    "Google granted access without a refresh token. Remove the app's access in your Google account and connect again.");
            }

            return YouTubeResult<UserCredential>.Success(new UserCredential(flow, userKey, token));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (YouTubeErrorClassifier.Classify(ex) is { } error)
        {
            return error;
        }
    }

    /// <summary>The stored tokens as they are now, to put back with <see cref="RestoreAsync"/> when a new sign-in must not
    /// replace them (it signed in to another channel). Makes no request.</summary>
    public async Task<SavedSignIn> SaveAsideAsync(CancellationToken ct) =>
        new(await flow.LoadTokenAsync(userKey, ct).ConfigureAwait(false));

    /// <summary>Puts back what <see cref="SaveAsideAsync"/> saved, dropping the tokens stored since (not revoked at Google:
    /// a brand account can share its Google sign-in with the channel that stays connected). Makes no request.</summary>
    public async Task RestoreAsync(SavedSignIn saved, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(saved);
        await flow.DeleteTokenAsync(userKey, ct).ConfigureAwait(false);
        if (saved.Token is { } token) await flow.DataStore.StoreAsync(userKey, token).ConfigureAwait(false);
    }

    /// <summary>The stored connection, or null when no account is connected (never connected, disconnected, or the
    /// tokens were dropped after an <c>invalid_grant</c>). Makes no request.</summary>
    public async Task<UserCredential?> LoadAsync(CancellationToken ct)
    {
        var token = await flow.LoadTokenAsync(userKey, ct).ConfigureAwait(false);
        return token is { RefreshToken.Length: > 0 } ? new UserCredential(flow, userKey, token) : null;
    }

    /// <summary>
    /// Disconnects: revokes the grant at Google (one POST to the revoke endpoint, token in the form body, never in the
    /// URL) and deletes the stored tokens. The local tokens are deleted even when revoking fails; the failure is
    /// returned so the page can tell the user to remove access in their Google account.
    /// </summary>
    public async Task<YouTubeResult<Done>> DisconnectAsync(CancellationToken ct)
    {
        var token = await flow.LoadTokenAsync(userKey, ct).ConfigureAwait(false);
        await flow.DeleteTokenAsync(userKey, ct).ConfigureAwait(false);
        var secret = token?.RefreshToken is { Length: > 0 } refresh ? refresh : token?.AccessToken;
        if (string.IsNullOrEmpty(secret))
        {
            return YouTubeResult<Done>.Success(new Done());
        }

        try
        {
            using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", secret)]);
            using var response = await flow.HttpClient.PostAsync(options.RevokeUrl, content, ct).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return YouTubeResult<Done>.Success(new Done());
            }

            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            TokenErrorResponse? error = null;
            try
            {
                error = NewtonsoftJsonSerializer.Instance.Deserialize<TokenErrorResponse>(body);
            }
            catch (Newtonsoft.Json.JsonException)
            {
                // Not OAuth's error JSON; fall back to the status.
            }

            var code = error?.Error ?? "revokeFailed";
            var kind = (int)response.StatusCode >= 500 ? YouTubeErrorKind.Transient : YouTubeErrorKind.Invalid;
            return new YouTubeError(kind, (int)response.StatusCode, code,
                "Disconnected here, but Google did not confirm the revocation: "
                + YouTubeErrorClassifier.CleanMessage(error?.ErrorDescription ?? response.ReasonPhrase));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (YouTubeErrorClassifier.Classify(ex) is { } error)
        {
            return error;
        }
    }

    public void Dispose() => flow.Dispose();

    private void ForgetExpired()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (state, started) in pending)
        {
            if (started.ExpiresAt <= now)
            {
                pending.TryRemove(state, out _);
            }
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Google.Apis only lets a subclass choose the three endpoints (the constructor is protected); the public one is
    // hard-wired to Google's, which would make the emulator unreachable.
    private sealed class EndpointInitializer(string authorizationServerUrl, string tokenServerUrl, string revokeTokenUrl)
        : GoogleAuthorizationCodeFlow.Initializer(authorizationServerUrl, tokenServerUrl, revokeTokenUrl);

    // The verifier is a secret until the exchange: this type has no ToString that would print it.
    private sealed class Pending(string codeVerifier, string redirectUri, DateTimeOffset expiresAt)
    {
        public string CodeVerifier { get; } = codeVerifier;
        public string RedirectUri { get; } = redirectUri;
        public DateTimeOffset ExpiresAt { get; } = expiresAt;
    }
}
