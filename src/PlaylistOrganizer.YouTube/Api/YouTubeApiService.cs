using Google.Apis.Http;
using Google.Apis.Services;

namespace PlaylistOrganizer.YouTube.Api;

/// <summary>
/// A hand-written stand-in for the generated <c>YouTubeService</c> (that package is not available here): the
/// "youtube" service rooted at a configurable base URI, with every automatic retry turned off.
/// </summary>
/// <remarks>
/// Why no retries: Google.Apis retries 503s by default (inserts included) and its message handler re-sends a request
/// up to three times when a handler asks for it (the credential does on 401). A hidden re-send of an insert can
/// duplicate a playlist item and escapes the quota ledger, so each request here is sent exactly once and the sync
/// engine decides about retries (STYLE.md, "Hidden retries"; reference/dotnet-notes.md).
/// </remarks>
public sealed class YouTubeApiService : BaseClientService
{
    public const string DefaultBaseUri = "https://youtube.googleapis.com/youtube/v3/";

    private YouTubeApiService(Initializer initializer) : base(initializer)
    {
        // One attempt per request: no re-send after a 401 refresh, a 5xx or an exception handler.
        HttpClient.MessageHandler.NumTries = 1;
        HttpClient.MessageHandler.FollowRedirect = false;
        // Google.Apis can log request headers (the bearer token) at debug level; tokens must never reach a log.
        HttpClient.MessageHandler.IsLoggingEnabled = false;
    }

    /// <summary>Builds the service for <paramref name="options"/>.</summary>
    /// <param name="credential">Usually the <c>UserCredential</c> from <see cref="Auth.YouTubeAuthorization"/>; it adds the
    /// bearer token and refreshes it before it expires. Null sends unauthenticated requests.</param>
    /// <param name="httpClientFactory">Optional, for tests or proxies; defaults to Google.Apis' own factory.</param>
    public static YouTubeApiService Create(
        YouTubeClientOptions options, IConfigurableHttpClientInitializer? credential, IHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.BaseUri, UriKind.Absolute, out _))
        {
            throw new ArgumentException($"YouTube BaseUri must be an absolute URL, not '{options.BaseUri}'.", nameof(options));
        }

        var baseUri = options.BaseUri.EndsWith('/') ? options.BaseUri : options.BaseUri + "/";
        var initializer = new Initializer
        {
            BaseUri = baseUri,
            HttpClientInitializer = credential,
            ApplicationName = options.ApplicationName,
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            HttpClientTimeout = options.RequestTimeout,
            HttpClientFactory = httpClientFactory ?? new HttpClientFactory(),
            // Plain JSON both ways: Google.Apis would otherwise gzip request bodies (Content-Encoding: gzip), which an
            // emulator must then undo, and our pages of 50 are small enough that compression buys nothing.
            GZipEnabled = false,
        };
        return new YouTubeApiService(initializer);
    }

    public override string Name => "youtube";
    public override string BaseUri => BaseUriOverride ?? DefaultBaseUri;
    public override string BasePath => "youtube/v3/";
    public override IList<string> Features => [];
}
