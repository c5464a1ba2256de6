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
    /// <summary>The truth: what writes see. Lists see <see cref="ListedItems"/>, which may lag behind it.</summary>
    public List<PlaylistItemState> Items { get; } = [];

    /// <summary>When list answers start showing this playlist (read lag); loaded playlists are listed at once.</summary>
    public DateTimeOffset ListedFrom { get; init; } = DateTimeOffset.MinValue;

    /// <summary>When the last playlistItems.insert into this playlist arrived, for 409 bursts.</summary>
    public DateTimeOffset? LastInsertAt { get; set; }

    /// <summary>Removed items that lists still show until their lag has passed.</summary>
    private readonly List<RemovedItem> _stillListed = [];

    /// <summary>Likes, favorites and uploads cannot be changed through playlists/playlistItems writes (facts §4).</summary>
    public bool IsSystem => Kind != PlaylistKind.Regular;

    /// <summary>
    /// What a list answer shows at <paramref name="now"/>: the items without those added too recently, plus those
    /// removed too recently, at the place they had.
    /// </summary>
    public IReadOnlyList<PlaylistItemState> ListedItems(DateTimeOffset now)
    {
        _stillListed.RemoveAll(r => r.ListedUntil <= now);
        var listed = Items.Where(i => i.ListedFrom <= now).ToList();
        foreach (var removed in _stillListed) listed.Insert(Math.Min(removed.Index, listed.Count), removed.Item);
        return listed;
    }

    /// <summary>Removes the item at <paramref name="index"/>; lists keep showing it until <paramref name="listedUntil"/>.</summary>
    public void RemoveItemAt(int index, DateTimeOffset now, DateTimeOffset listedUntil)
    {
        var item = Items[index];
        Items.RemoveAt(index);
        if (listedUntil > now && item.ListedFrom <= now) _stillListed.Add(new RemovedItem(item, index, listedUntil));
    }

    private sealed record RemovedItem(PlaylistItemState Item, int Index, DateTimeOffset ListedUntil);
}

/// <param name="ListedFrom">When list answers start showing the item (read lag); loaded items are listed at once.</param>
public sealed record PlaylistItemState(string Id, string VideoId, DateTimeOffset AddedAt)
{
    public DateTimeOffset ListedFrom { get; init; } = DateTimeOffset.MinValue;
}
