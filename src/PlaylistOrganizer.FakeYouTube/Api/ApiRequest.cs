using System.Text.Json;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>What a handler gets: the authenticated account (its gate already held), the time of the request and the parsed body.</summary>
public sealed class ApiRequest(HttpContext http, AccountState account, EmulatorState state, DateTimeOffset now, JsonElement? body, bool bodyInvalid)
{
    public HttpContext Http => http;
    public AccountState Account => account;
    public EmulatorState State => state;
    public DateTimeOffset Now => now;
    /// <summary>The JSON body, or null when none was sent.</summary>
    public JsonElement? Body => body;
    /// <summary>A body was sent but is not JSON: the handler answers 400 parseError (charged, like any request that arrives).</summary>
    public bool BodyInvalid => bodyInvalid;

    public string? Query(string name)
    {
        var values = http.Request.Query[name];
        return values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    /// <summary>
    /// A list parameter, in either form YouTube accepts: comma-separated (<c>part=snippet,status</c>) or repeated
    /// (<c>part=snippet&amp;part=status</c>, as Google's official clients send it), or both mixed.
    /// </summary>
    public IReadOnlyList<string> QueryList(string name) =>
        http.Request.Query[name].SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
}
