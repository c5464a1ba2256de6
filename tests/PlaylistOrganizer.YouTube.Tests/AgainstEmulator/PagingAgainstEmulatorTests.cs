using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.YouTube.Tests.AgainstEmulator;

/// <summary>The client's paging against the emulator: every item once, in order, one unit per page.</summary>
public sealed class PagingAgainstEmulatorTests
{
    [Fact]
    public async Task A_1234_item_playlist_reads_in_25_pages_in_order_for_25_units()
    {
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(1234));
        var items = new List<PlaylistItemInfo>();
        var pages = 0;
        string? token = null;

        do
        {
            var page = await session.Gateway.ListPlaylistItemsAsync(new PlaylistId($"PL{0:D32}"), token, CancellationToken.None);
            Assert.True(page.IsSuccess, page.Error?.ToString());
            pages++;
            items.AddRange(page.Value.Items);
            Assert.Equal(1234, page.Value.TotalResults);
            Assert.Equal(pages < 25 ? 50 : 34, page.Value.Items.Count);
            token = page.Value.NextPageToken;
        }
        while (token is not null && pages < 30);

        Assert.Equal(25, pages);
        Assert.Equal(Enumerable.Range(1, 1234).Select(Accounts.VideoId), items.Select(i => i.VideoId.Value));
        Assert.Equal(Enumerable.Range(0, 1234), items.Select(i => i.Position));
        Assert.Equal(1234, items.Select(i => i.Id).Distinct().Count());
        var counted = session.Account.Calls.Snapshot()["playlistItems.list"];
        Assert.Equal((25, 25), (counted.Calls, counted.Units));
    }

    [Fact]
    public async Task An_account_with_120_playlists_lists_them_in_3_pages_with_their_item_counts()
    {
        var sizes = Enumerable.Range(0, 120).Select(i => i % 7).ToArray();
        await using var session = await EmulatorSession.StartAsync(Accounts.WithPlaylists(sizes));
        var playlists = new List<PlaylistInfo>();
        string? token = null;
        var pages = 0;

        do
        {
            var page = await session.Gateway.ListMyPlaylistsAsync(token, CancellationToken.None);
            Assert.True(page.IsSuccess, page.Error?.ToString());
            pages++;
            playlists.AddRange(page.Value.Items);
            token = page.Value.NextPageToken;
        }
        while (token is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(120, playlists.Select(p => p.Id).Distinct().Count());
        Assert.All(playlists, p => Assert.Equal(int.Parse(p.Id.Value[2..]) % 7, p.ItemCount));
        Assert.Equal(3, session.Account.Calls.TotalUnits);
    }
}
