using System.IO.Compression;
using System.Text.Json;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.Quota;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>
/// What every Data API request goes through, in the order the real service appears to apply it:
/// authentication → scope → quota (charge) → injected fault → handler.
/// </summary>
/// <remarks>
/// Charging: every request that passes auth and scope and fits in the quota is charged its full method cost before the
/// handler runs, so validation errors (4xx) and injected 5xx faults cost the same as successes (docs/youtube-facts.md §1.3: "All API
/// requests, including invalid requests, incur a quota cost"; we budget the full cost for failed writes too).
/// Not charged: requests without a valid token (no account to charge), tokens lacking the scope, and requests refused
/// because the day's quota is spent (an assumption, docs/youtube-facts.md §1.3). The ledger counts those as NotCharged.
/// </remarks>
public static class ApiPipeline
{
    public static async Task<IResult> RunAsync(HttpContext http, ApiMethod method, Func<ApiRequest, IResult> handler)
    {
        var services = http.RequestServices;
        var state = services.GetRequiredService<EmulatorState>();
        var tokens = services.GetRequiredService<TokenStore>();
        var faults = services.GetRequiredService<FaultPlan>();
        var clock = services.GetRequiredService<EmulatorClock>();

        var authorization = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(authorization)) return GoogleErrors.LoginRequired().ToResult();
        var grant = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? tokens.Authenticate(authorization["Bearer ".Length..].Trim())
            : null;
        var account = grant is null ? null : state.Find(grant.AccountId);
        if (grant is null || account is null) return GoogleErrors.InvalidCredentials().ToResult();

        var (body, bodyInvalid) = await ReadBodyAsync(http);

        await account.Gate.WaitAsync(http.RequestAborted);
        try
        {
            var now = clock.GetUtcNow();
            account.Quota.Roll(now);
            if (!Scopes.AllowsRead(grant.Scopes) || (method.IsWrite && !Scopes.AllowsWrite(grant.Scopes)))
            {
                account.Calls.NotCharged(method.Name);
                return GoogleErrors.InsufficientPermissions().ToResult();
            }
            if (!account.Quota.CanAfford(method.CostUnits))
            {
                account.Calls.NotCharged(method.Name);
                return GoogleErrors.QuotaExceeded().ToResult();
            }
            account.Quota.Charge(method.CostUnits);
            account.Calls.Charged(method.Name, method.CostUnits);

            var fault = faults.Next(method.Name);
            switch (fault?.Kind)
            {
                case FaultKind.ServerError: return GoogleErrors.BackendError500().ToResult();
                case FaultKind.ServiceUnavailable: return GoogleErrors.BackendError503().ToResult();
                case FaultKind.RateLimited: return GoogleErrors.RateLimited().ToResult();
                case FaultKind.Forbidden: return GoogleErrors.Forbidden().ToResult();
                // Latency is wall-clock time the client waits, not emulator time, so it uses a real delay.
                case FaultKind.Latency: await Task.Delay(fault.LatencyMs, http.RequestAborted); break;
            }

            var result = handler(new ApiRequest(http, account, state, now, body, bodyInvalid));

            if (fault?.Kind == FaultKind.LostResponse && IsSuccess(result))
            {
                // The write is committed; the client just never learns it. Exactly what makes a blind retry duplicate an item.
                if (!fault.AbortConnection) return GoogleErrors.BackendError503().ToResult();
                http.Abort();
                return Results.Empty;
            }
            if (fault?.Kind == FaultKind.SpuriousVideoNotFound && method.Name == "playlistItems.insert" && IsSuccess(result))
            {
                return GoogleErrors.VideoNotFound().ToResult();
            }
            return result;
        }
        finally
        {
            account.Gate.Release();
        }
    }

    private static bool IsSuccess(IResult result) =>
        result is not IStatusCodeHttpResult { StatusCode: { } code } || code is >= 200 and < 300;

    private static async Task<(JsonElement? Body, bool Invalid)> ReadBodyAsync(HttpContext http)
    {
        // Google.Apis clients gzip request bodies by default (Initializer.GZipEnabled), so accept that as Google does.
        var gzipped = http.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        using var reader = new StreamReader(gzipped ? new GZipStream(http.Request.Body, CompressionMode.Decompress) : http.Request.Body);
        string text;
        try
        {
            text = await reader.ReadToEndAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, true);
        }
        if (string.IsNullOrWhiteSpace(text)) return (null, false);
        try
        {
            using var document = JsonDocument.Parse(text);
            return (document.RootElement.Clone(), false);
        }
        catch (JsonException)
        {
            return (null, true);
        }
    }
}
