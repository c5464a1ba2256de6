using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PlaylistOrganizer.YouTube.Tests.TestServer;

/// <summary>One HTTP request as the stub saw it.</summary>
public sealed record RecordedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) ? v : null;
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    public IReadOnlyDictionary<string, string> Form() =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");
}

/// <summary>
/// A Kestrel server on 127.0.0.1 with an ephemeral port that answers canned responses per "METHOD /path" and records
/// every request. Stands in for both youtube.googleapis.com (under /youtube/v3/) and the OAuth endpoints (/token,
/// /revoke), so the production client is exercised over real HTTP. One instance per test.
/// </summary>
public sealed class StubGoogleServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, HttpContext, Task>> routes = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private StubGoogleServer(WebApplication app) => this.app = app;

    public static async Task<StubGoogleServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StubGoogleServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public string Root => app.Urls.Single().TrimEnd('/') + "/";
    public string YouTubeBaseUri => Root + "youtube/v3/";

    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();
    public IReadOnlyList<RecordedRequest> RequestsTo(string path) => requests.Where(r => r.Path == path).ToList();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with <paramref name="respond"/> (the last registration wins).</summary>
    public void On(string method, string path, Func<RecordedRequest, HttpContext, Task> respond) => routes[$"{method} {path}"] = respond;

    public void OnJson(string method, string path, int status, object body) => On(method, path, (_, ctx) => WriteJson(ctx, status, body));

    public void OnGoogleError(string method, string path, int status, string reason, string message, string domain = "global", string? grpcStatus = null) =>
        OnJson(method, path, status, GoogleError(status, reason, message, domain, grpcStatus));

    /// <summary>Google's API error envelope (docs/youtube-facts.md §2.1).</summary>
    public static object GoogleError(int status, string reason, string message, string domain = "global", string? grpcStatus = null)
    {
        var error = new Dictionary<string, object>
        {
            ["code"] = status,
            ["message"] = message,
            ["errors"] = new[] { new { domain, reason, message } },
        };
        if (grpcStatus is not null)
        {
            error["status"] = grpcStatus;
        }

        return new { error };
    }

    public static async Task WriteJson(HttpContext ctx, int status, object body)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json; charset=UTF-8";
        await ctx.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        string body;
        using (var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var recorded = new RecordedRequest(
            ctx.Request.Method,
            ctx.Request.Path.Value ?? "",
            ctx.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        requests.Enqueue(recorded);

        if (routes.TryGetValue($"{recorded.Method} {recorded.Path}", out var respond))
        {
            await respond(recorded, ctx);
        }
        else
        {
            await WriteJson(ctx, 404, GoogleError(404, "notFound", $"No stub for {recorded.Method} {recorded.Path}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
