using System.Net.Http.Json;
using PlaylistOrganizer.FakeYouTube.Faults;

namespace PlaylistOrganizer.BrowserTests.Support;

/// <summary>Scripts the demo emulator's faults through its admin API (<c>PUT /_emulator/faults</c>); each call replaces the
/// whole fault plan.</summary>
public static class EmulatorFaults
{
    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (e.g. "playlistItems.insert") answer
    /// 500 and change nothing.</summary>
    public static Task FailNextAsync(this OrganizerServer server, string method, int count) =>
        server.ScriptFaultsAsync(new ScriptedFault(method, count, new Fault(FaultKind.ServerError)));

    /// <summary>Every YouTube call waits <paramref name="latency"/> before it runs: a sync slow enough to act on mid-stage.</summary>
    public static Task SlowDownEveryCallAsync(this OrganizerServer server, TimeSpan latency) =>
        server.ScriptFaultsAsync(new ScriptedFault("*", int.MaxValue, new Fault(FaultKind.Latency, (int)latency.TotalMilliseconds)));

    private static async Task ScriptFaultsAsync(this OrganizerServer server, ScriptedFault fault)
    {
        using var http = new HttpClient { BaseAddress = server.EmulatorRoot };
        var response = await http.PutAsJsonAsync("_emulator/faults", new FaultPlanRequest([fault], Seeded: null));
        response.EnsureSuccessStatusCode();
    }
}
