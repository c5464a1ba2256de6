using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>The app's quota ledger and the emulator's own call count, side by side per Data API method.</summary>
public static class LedgerCounts
{
    /// <summary>The emulator's name for each method the app calls.</summary>
    public static string ApiName(this YouTubeMethod method) => method switch
    {
        YouTubeMethod.ChannelsList => "channels.list",
        YouTubeMethod.PlaylistsList => "playlists.list",
        YouTubeMethod.PlaylistsInsert => "playlists.insert",
        YouTubeMethod.PlaylistsUpdate => "playlists.update",
        YouTubeMethod.PlaylistsDelete => "playlists.delete",
        YouTubeMethod.PlaylistItemsList => "playlistItems.list",
        YouTubeMethod.PlaylistItemsInsert => "playlistItems.insert",
        YouTubeMethod.PlaylistItemsDelete => "playlistItems.delete",
        YouTubeMethod.VideosList => "videos.list",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>Charged calls and units per method, as "method: calls/units" lines, ledger first.</summary>
    public static async Task<(string Ledger, string Emulator)> CompareAsync(OrganizerApp app, string accountId = "demo")
    {
        await using var db = app.Db();
        var charges = await db.QuotaCharges.Where(c => c.Units > 0).ToListAsync();
        var ledger = charges.GroupBy(c => c.Method.ApiName())
            .Select(g => $"{g.Key}: {g.Count()}/{g.Sum(c => c.Units)}");
        var emulator = app.YouTube.State.Find(accountId)!.Calls.Snapshot()
            .Where(m => m.Value.Calls > 0)
            .Select(m => $"{m.Key}: {m.Value.Calls}/{m.Value.Units}");
        return (string.Join('\n', ledger.Order(StringComparer.Ordinal)), string.Join('\n', emulator.Order(StringComparer.Ordinal)));
    }
}
