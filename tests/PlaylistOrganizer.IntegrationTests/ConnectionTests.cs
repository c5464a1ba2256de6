using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests;

public class ConnectionTests
{
    [Fact]
    public async Task Connecting_through_the_consent_page_shows_the_channel_and_keeps_tokens_encrypted()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));

        await app.ConnectAsync();

        var status = await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None);
        Assert.True(status.IsConnected);
        Assert.Equal("Test Channel", status.ChannelTitle);
        Assert.Contains("Connected to <strong>Test Channel", await app.Browser.GetStringAsync("/"));
        await using var db = app.Db();
        var stored = await db.StoredSecrets.SingleAsync();
        // The token JSON carries "access_token"/"refresh_token"; encrypted, neither name shows.
        Assert.DoesNotContain("token", stored.Ciphertext, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_revoked_token_puts_the_app_in_a_reconnect_state_and_loses_nothing()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);

        app.YouTube.Tokens.RevokeAll("demo");
        app.YouTube.Tokens.ExpireAccessTokens("demo");
        var second = await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None);

        Assert.False(second.Completed);
        Assert.Contains("Reconnect", second.Run!.Problem);
        var status = await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None);
        Assert.True(status.NeedsReconnect);
        Assert.Contains("Reconnect your YouTube account", await app.Browser.GetStringAsync("/"));
        await using var db = app.Db();
        Assert.Equal(2, await db.PlaylistItems.CountAsync());

        await app.ConnectAsync();
        Assert.False((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).NeedsReconnect);
        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
    }

    [Fact]
    public async Task An_expired_access_token_is_refreshed_without_bothering_the_user()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1])));
        await app.ConnectAsync();

        app.Time.Advance(TimeSpan.FromHours(3)); // access tokens live an hour
        var result = await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None);

        Assert.True(result.Completed);
        Assert.False((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).NeedsReconnect);
    }

    [Fact]
    public async Task Tokens_and_the_client_secret_never_reach_logs_or_pages()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        await app.ConnectAsync();
        app.Time.Advance(TimeSpan.FromHours(2));
        await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None);

        var secrets = app.YouTube.Tokens.IssuedSecrets("demo").Append("test-client-secret").ToList();
        Assert.NotEmpty(secrets);
        var pages = string.Concat(await app.Browser.GetStringAsync("/"), await app.Browser.GetStringAsync("/import"));
        var logs = string.Join('\n', app.Logs.Messages);
        Assert.NotEmpty(logs);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logs);
            Assert.DoesNotContain(secret, pages);
        }
    }

    [Fact]
    public async Task Denying_consent_connects_nothing_and_says_so()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1])));

        var back = await app.Browser.GetAsync("account/callback?error=access_denied&state=x");

        Assert.Equal("/?problem=denied", back.Headers.Location?.OriginalString);
        Assert.Contains("You did not allow access", await app.Browser.GetStringAsync("/?problem=denied"));
        Assert.False((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).IsConnected);
    }

    [Fact]
    public async Task Another_site_cannot_disconnect_the_account()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1])));
        await app.ConnectAsync();

        var forged = await app.Browser.PostAsync("account/disconnect", new FormUrlEncodedContent([]));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).IsConnected);
    }

    [Fact]
    public async Task Disconnecting_from_the_dashboard_form_revokes_and_forgets_the_tokens()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1])));
        await app.ConnectAsync();
        var page = await app.Browser.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        var response = await app.Browser.PostAsync("account/disconnect",
            new FormUrlEncodedContent([new("__RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token))]));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.False((await app.Get<AccountStatusStore>().GetAsync(CancellationToken.None)).IsConnected);
        await using var db = app.Db();
        Assert.Empty(db.StoredSecrets);
        Assert.All(app.YouTube.Tokens.IssuedSecrets("demo"), secret => Assert.Null(app.YouTube.Tokens.Authenticate(secret)));
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_DNS_rebinding_cannot_reach_the_app()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1])));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";

        var response = await app.Browser.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.Browser.GetAsync("/")).StatusCode);
    }
}
