using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.App.Connection;

/// <summary>The browser side of connecting a YouTube account: off to the consent page, back with a code, or disconnect.</summary>
public static class ConnectionEndpoints
{
    /// <summary>Messages a redirect may carry back to the dashboard, by code (never free text from the query string).</summary>
    public static readonly IReadOnlyDictionary<string, string> Problems = new Dictionary<string, string>
    {
        ["denied"] = "You did not allow access, so nothing was connected.",
        ["failed"] = "Connecting your YouTube account failed. Try again; if it keeps failing, check the OAuth client settings in the README.",
        ["missing"] = "The sign-in answer was incomplete. Start connecting again.",
    };

    /// <summary>The problem code of a sign-in to another channel; its message (naming both channels) is
    /// <see cref="YouTubeConnection.LastRefusal"/>.</summary>
    public const string WrongChannel = "wrongChannel";

    public static IEndpointRouteBuilder MapConnection(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/account");
        group.MapGet("/connect", Connect);
        group.MapGet("/callback", CallbackAsync);
        // A form post that binds no form fields, so antiforgery validation must be asked for explicitly:
        // another site must not be able to disconnect the account.
        group.MapPost("/disconnect", DisconnectAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(AntiforgeryCheck.RefuseInvalid);
        return routes;
    }

    private static RedirectHttpResult Connect(HttpContext http, YouTubeConnection connection) =>
        TypedResults.Redirect(connection.Begin(CallbackUri(http.Request)).AbsoluteUri);

    private static async Task<RedirectHttpResult> CallbackAsync(string? state, string? code, string? error, YouTubeConnection connection,
        IYouTubeGateway youTube, ILogger<YouTubeConnection> logger, CancellationToken ct)
    {
        if (error is not null) return TypedResults.Redirect("/?problem=denied");
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(code)) return TypedResults.Redirect("/?problem=missing");
        var failure = await connection.CompleteAsync(state, code, youTube, ct);
        if (failure is null) return TypedResults.Redirect("/");
        if (connection.LastRefusal is not null) return TypedResults.Redirect("/?problem=" + WrongChannel);
        logger.LogWarning("Connection failed: {Failure}", failure);
        return TypedResults.Redirect("/?problem=failed");
    }

    private static async Task<RedirectHttpResult> DisconnectAsync(YouTubeConnection connection, CancellationToken ct)
    {
        await connection.DisconnectAsync(ct);
        return TypedResults.Redirect("/");
    }

    /// <summary>Google accepts any loopback port for "Desktop app" clients, so the app's own address is the redirect.</summary>
    private static Uri CallbackUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}/account/callback");
}
