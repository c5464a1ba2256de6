using System.Net;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests;

/// <summary>Reconnecting picks a channel on Google's chooser; picking another channel than the library's is refused.</summary>
public class WrongChannelTests
{
    private const string BrandAccount = "brand";

    [Fact]
    public async Task Signing_in_to_another_channel_while_a_library_exists_is_refused_naming_both_and_keeps_the_connection()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        app.YouTube.LoadAccount(Brand());
        await app.ConnectAsync();
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);

        var landing = await app.ConnectLandingAsync(BrandAccount);
        var page = WebUtility.HtmlDecode(await app.Browser.GetStringAsync(landing));

        Assert.Equal("/?problem=wrongChannel", landing);
        Assert.Contains("You signed in to the channel 'Brand Channel' (UCcccccccccccccccccccccc)", page);
        Assert.Contains("holds the library of the channel 'Test Channel' (UCbbbbbbbbbbbbbbbbbbbbbb)", page);
        Assert.Contains("The app stays connected to 'Test Channel'", page);
        var status = await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None);
        Assert.Equal(("UCbbbbbbbbbbbbbbbbbbbbbb", true), (status.ChannelId, status.IsConnected));
        // The old sign-in was put back: a re-import still reads Test Channel's playlists, not the brand channel's.
        var again = await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None);
        Assert.True(again.Completed);
        await using var db = app.Db();
        Assert.Equal(["Mix"], await db.Playlists.Select(p => p.Title).ToListAsync());
    }

    [Fact]
    public async Task Signing_in_to_another_channel_after_disconnecting_is_still_refused_while_the_library_exists()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        app.YouTube.LoadAccount(Brand());
        await app.ConnectAsync();
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
        await app.Get<YouTubeConnection>().DisconnectAsync(CancellationToken.None);

        var landing = await app.ConnectLandingAsync(BrandAccount);
        var page = WebUtility.HtmlDecode(await app.Browser.GetStringAsync(landing));

        Assert.Equal("/?problem=wrongChannel", landing);
        Assert.Contains("'Brand Channel'", page);
        Assert.DoesNotContain("stays connected", page);
        Assert.False((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).IsConnected);
    }

    [Fact]
    public async Task With_nothing_imported_yet_another_channel_may_be_connected()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        app.YouTube.LoadAccount(Brand());
        await app.ConnectAsync();

        await app.ConnectAsync(BrandAccount);

        var status = await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None);
        Assert.Equal(("UCcccccccccccccccccccccc", "Brand Channel"), (status.ChannelId, status.ChannelTitle));
    }

    [Fact]
    public async Task Reconnecting_the_same_channel_with_a_library_is_welcome()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);

        await app.ConnectAsync();

        Assert.True((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).IsConnected);
    }

    private static AccountSnapshot Brand()
    {
        var brand = Libraries.Account(("Brand stuff", [7]));
        return new AccountSnapshot
        {
            AccountId = BrandAccount,
            Channel = new ChannelSnapshot { Id = "UCcccccccccccccccccccccc", Title = "Brand Channel" },
            Playlists = brand.Playlists.Select(p => new PlaylistSnapshot
            {
                Id = "PLbrand" + p.Id[7..], Title = p.Title, PublishedAt = p.PublishedAt,
                Items = p.Items.Select(i => new PlaylistItemSnapshot { Id = "brand" + i.Id, VideoId = i.VideoId, AddedAt = i.AddedAt }).ToList(),
            }).ToList(),
            Videos = brand.Videos,
        };
    }
}
