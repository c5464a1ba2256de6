using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Tests.TestSupport;

/// <summary>
/// One emulator per test, on a real loopback port, driven by a FakeTimeProvider, with one seeded account and a
/// plain HttpClient carrying a write-scoped token. No YouTube client library is involved.
/// </summary>
public sealed class TestEmulator : IAsyncDisposable
{
    /// <summary>A Tuesday, 10:00 Pacific (18:00 UTC, PST).</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 13, 18, 0, 0, TimeSpan.Zero);

    private TestEmulator(FakeYouTubeServer server, FakeTimeProvider time, AccountSnapshot account, HttpClient http)
    {
        Server = server;
        Time = time;
        Account = account;
        Http = http;
    }

    public FakeYouTubeServer Server { get; }
    public FakeTimeProvider Time { get; }
    public AccountSnapshot Account { get; }
    public HttpClient Http { get; }

    public static async Task<TestEmulator> StartAsync(FakeYouTubeOptions? options = null, AccountSnapshot? account = null, DateTimeOffset? start = null)
    {
        var time = new FakeTimeProvider(start ?? DefaultStart);
        var server = await FakeYouTubeServer.StartAsync(options, time);
        account ??= Snapshots.Library();
        server.LoadAccount(account);
        var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.MintTokens(account.AccountId).AccessToken);
        return new TestEmulator(server, time, account, http);
    }

    public void UseToken(string accessToken) =>
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

    public Task<HttpResponseMessage> Get(string pathAndQuery) => Http.GetAsync(pathAndQuery);

    public Task<HttpResponseMessage> Post(string pathAndQuery, object body) => Http.PostAsJsonAsync(pathAndQuery, body);

    public Task<HttpResponseMessage> Put(string pathAndQuery, object body) => Http.PutAsJsonAsync(pathAndQuery, body);

    public Task<HttpResponseMessage> Delete(string pathAndQuery) => Http.DeleteAsync(pathAndQuery);

    public Task<HttpResponseMessage> InsertItem(string playlistId, string videoId) =>
        Post("youtube/v3/playlistItems?part=snippet,contentDetails",
            new { snippet = new { playlistId, resourceId = new { kind = "youtube#video", videoId } } });

    public Task<HttpResponseMessage> InsertPlaylist(string title, string? description = null) =>
        Post("youtube/v3/playlists?part=snippet,status", new { snippet = new { title, description } });

    public async Task<JsonNode> Json(string pathAndQuery)
    {
        var response = await Get(pathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Body(response);
    }

    public static async Task<JsonNode> Body(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    /// <summary>Asserts Google's error envelope: code, message, and errors[0] with reason and domain.</summary>
    public static async Task<JsonNode> AssertError(HttpResponseMessage response, int status, string reason, string? domain = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status} {reason}, got {(int)response.StatusCode}: {text}");
        var error = JsonNode.Parse(text)!["error"]!;
        Assert.Equal(status, error["code"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        var first = error["errors"]![0]!;
        Assert.Equal(reason, first["reason"]!.GetValue<string>());
        if (domain is not null) Assert.Equal(domain, first["domain"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(first["message"]!.GetValue<string>()));
        return first;
    }

    public async Task<JsonNode> Quota() => (await Body(await Http.GetAsync($"_emulator/accounts/{Account.AccountId}/quota")))!;

    public async Task<int> UsedUnits() => (await Quota())["usedUnits"]!.GetValue<int>();

    public async Task SetQuota(object update)
    {
        var response = await Http.PutAsJsonAsync($"_emulator/accounts/{Account.AccountId}/quota", update);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task SetFaults(object plan)
    {
        var response = await Http.PutAsJsonAsync("_emulator/faults", plan);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public async Task<List<JsonNode>> AllItems(string playlistId)
    {
        var items = new List<JsonNode>();
        string? token = null;
        do
        {
            var page = await Json($"youtube/v3/playlistItems?part=snippet,contentDetails&maxResults=50&playlistId={playlistId}" +
                (token is null ? "" : "&pageToken=" + Uri.EscapeDataString(token)));
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            token = page["nextPageToken"]?.GetValue<string>();
        } while (token is not null);
        return items;
    }

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
