using PlaylistOrganizer.FakeYouTube.Quota;

namespace PlaylistOrganizer.FakeYouTube.State;

/// <summary>The live, mutable state of one account. Every read and write happens while holding <see cref="Gate"/>.</summary>
/// <remarks>
/// One gate per account serializes that account's requests, which is also how the real service behaves best
/// (docs/youtube-facts.md §1.4: parallel inserts into one playlist fail sporadically). An async gate, because a latency fault waits inside it.
/// </remarks>
public sealed class AccountState(string accountId, QuotaBook quota)
{
    public string AccountId { get; } = accountId;
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public string ChannelId { get; set; } = "";
    public string ChannelTitle { get; set; } = "";
    public DateTimeOffset ChannelPublishedAt { get; set; }
    /// <summary>Newest first, the order playlists.list(mine=true) answers in (an assumption; the real order is undocumented).</summary>
    public List<PlaylistState> Playlists { get; } = [];
    public List<WatchLaterEntry> WatchLater { get; } = [];
    public QuotaBook Quota { get; } = quota;
    public CallLedger Calls { get; } = new();

    public PlaylistState? FindPlaylist(string id) => Playlists.Find(p => p.Id == id);

    public (PlaylistState Playlist, int Index)? FindItem(string itemId)
    {
        foreach (var playlist in Playlists)
        {
            var index = playlist.Items.FindIndex(i => i.Id == itemId);
            if (index >= 0) return (playlist, index);
        }
        return null;
    }
}

public sealed class PlaylistState
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string PrivacyStatus { get; set; } = "public";
    public PlaylistKind Kind { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public List<PlaylistItemState> Items { get; } = [];

    /// <summary>Likes, favorites and uploads cannot be changed through playlists/playlistItems writes (docs/youtube-facts.md §4).</summary>
    public bool IsSystem => Kind != PlaylistKind.Regular;
}

public sealed record PlaylistItemState(string Id, string VideoId, DateTimeOffset AddedAt);
