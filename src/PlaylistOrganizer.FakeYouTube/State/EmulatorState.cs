using System.Collections.Concurrent;
using PlaylistOrganizer.FakeYouTube.Quota;
using PlaylistOrganizer.FakeYouTube.Realism;

namespace PlaylistOrganizer.FakeYouTube.State;

/// <summary>
/// Every account and the global video catalogue. Thread-safe: the dictionaries are concurrent, and an account's
/// content is only touched while holding that account's gate.
/// </summary>
public sealed class EmulatorState(FakeYouTubeOptions options)
{
    private readonly ConcurrentDictionary<string, AccountState> _accounts = new(StringComparer.Ordinal);

    /// <summary>Videos are global on YouTube, so one catalogue serves every account.</summary>
    public ConcurrentDictionary<string, VideoSnapshot> Videos { get; } = new(StringComparer.Ordinal);

    public IdGenerator Ids { get; } = new(options.IdSeed);

    public FakeYouTubeOptions Options => options;

    /// <summary>Read lag and 409 bursts, as <see cref="Options"/> set them.</summary>
    public WriteRealism Realism { get; } = new(options);

    public IReadOnlyList<AccountState> Accounts => _accounts.Values.OrderBy(a => a.AccountId, StringComparer.Ordinal).ToList();

    public AccountState? Find(string accountId) => _accounts.GetValueOrDefault(accountId);

    /// <summary>
    /// Replaces the account's channel, playlists and Watch Later, and upserts its videos into the catalogue.
    /// Quota already used today and the call ledger survive a reload: loading is seeding, not a new day.
    /// </summary>
    public void Load(AccountSnapshot snapshot)
    {
        foreach (var video in snapshot.Videos) Videos[video.Id] = video;
        var account = _accounts.GetOrAdd(snapshot.AccountId,
            id => new AccountState(id, new QuotaBook(options.DailyQuotaUnits, options.PlaylistCreateCapPerDay, options.PlaylistCreateCapStatusCode)));
        account.Gate.Wait();
        try
        {
            account.ChannelId = snapshot.Channel.Id;
            account.ChannelTitle = snapshot.Channel.Title;
            account.ChannelPublishedAt = snapshot.Channel.PublishedAt;
            account.Playlists.Clear();
            foreach (var p in snapshot.Playlists)
            {
                var playlist = new PlaylistState
                {
                    Id = p.Id, Title = p.Title, Description = p.Description, PrivacyStatus = p.PrivacyStatus,
                    Kind = p.Kind, PublishedAt = p.PublishedAt,
                };
                playlist.Items.AddRange(p.Items.Select(i => new PlaylistItemState(i.Id, i.VideoId, i.AddedAt)));
                account.Playlists.Add(playlist);
            }
            account.WatchLater.Clear();
            account.WatchLater.AddRange(snapshot.WatchLater);
        }
        finally
        {
            account.Gate.Release();
        }
    }

    /// <summary>The account as a snapshot, carrying every catalogue video its playlists and Watch Later refer to.</summary>
    public AccountSnapshot? Export(string accountId)
    {
        var account = Find(accountId);
        if (account is null) return null;
        account.Gate.Wait();
        try
        {
            var playlists = account.Playlists.Select(p => new PlaylistSnapshot
            {
                Id = p.Id, Title = p.Title, Description = p.Description, PrivacyStatus = p.PrivacyStatus,
                Kind = p.Kind, PublishedAt = p.PublishedAt,
                Items = p.Items.Select(i => new PlaylistItemSnapshot { Id = i.Id, VideoId = i.VideoId, AddedAt = i.AddedAt }).ToList(),
            }).ToList();
            var videoIds = playlists.SelectMany(p => p.Items.Select(i => i.VideoId))
                .Concat(account.WatchLater.Select(w => w.VideoId))
                .Distinct(StringComparer.Ordinal);
            return new AccountSnapshot
            {
                AccountId = account.AccountId,
                Channel = new ChannelSnapshot { Id = account.ChannelId, Title = account.ChannelTitle, PublishedAt = account.ChannelPublishedAt },
                Playlists = playlists,
                WatchLater = [.. account.WatchLater],
                Videos = videoIds.Select(id => Videos.GetValueOrDefault(id)).OfType<VideoSnapshot>().ToList(),
            };
        }
        finally
        {
            account.Gate.Release();
        }
    }
}
