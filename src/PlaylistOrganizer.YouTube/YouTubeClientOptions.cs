namespace PlaylistOrganizer.YouTube;

/// <summary>
/// Where the client talks to and as which OAuth client. The defaults are Google's production endpoints; point every
/// URL at the emulator (<c>http://127.0.0.1:PORT/…</c>) to run against FakeYouTube.
/// </summary>
/// <remarks>
/// <see cref="ClientSecret"/> is a secret: it is never logged, and <see cref="ToString"/> leaves it out. For a
/// "Desktop app" OAuth client Google still issues a secret and expects it at the token endpoint.
/// </remarks>
public sealed class YouTubeClientOptions
{
    /// <summary>The Data API root, ending in <c>/youtube/v3/</c>. Default <c>https://youtube.googleapis.com/youtube/v3/</c>.</summary>
    public string BaseUri { get; set; } = "https://youtube.googleapis.com/youtube/v3/";

    /// <summary>Where the user is sent to consent. Default <c>https://accounts.google.com/o/oauth2/v2/auth</c>.</summary>
    public string AuthorizationServerUrl { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";

    /// <summary>Code exchange and refresh. Default <c>https://oauth2.googleapis.com/token</c>.</summary>
    public string TokenServerUrl { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>Token revocation (disconnect). Default <c>https://oauth2.googleapis.com/revoke</c>.</summary>
    public string RevokeUrl { get; set; } = "https://oauth2.googleapis.com/revoke";

    /// <summary>The OAuth client id (a "Desktop app" client). Required; no default.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The OAuth client secret. Required by Google's token endpoint; no default. Never logged.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// How long one HTTP request (API call, token exchange or refresh) may take before it is abandoned and reported as
    /// <c>Transient</c> with an unknown outcome. Default 30 seconds.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent in the User-Agent header. Default <c>PlaylistOrganizer</c>.</summary>
    public string ApplicationName { get; set; } = "PlaylistOrganizer";

    public override string ToString() =>
        $"BaseUri={BaseUri}, TokenServerUrl={TokenServerUrl}, ClientId={ClientId}, RequestTimeout={RequestTimeout}";
}
