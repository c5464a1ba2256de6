using Microsoft.Playwright;
using PlaylistOrganizer.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlaylistOrganizer.BrowserTests;

/// <summary>The account card's other paths: refusing consent, and disconnecting then reconnecting. Each test starts its
/// own demo app, because each changes whether the account is connected.</summary>
public sealed class AccountChecks(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private OrganizerServer server = null!;

    public async Task InitializeAsync() => server = await OrganizerServer.StartDemoAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Denying_consent_comes_back_with_a_clear_message_and_connects_nothing()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.OpenAsync("/");
        await page.OpenConsentPageAsync(server);

        await page.AnswerConsentAsync(server, "Deny");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("You did not allow access, so nothing was connected.");
        await Expect(page.GetByTestId("account-connected")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("account-card").GetByRole(AriaRole.Link, new() { Name = "Connect YouTube account" })).ToBeVisibleAsync();
        Assert.False((await server.AccountStatusAsync()).IsConnected);
    }

    [Fact]
    public async Task Disconnect_then_reconnect_from_the_account_card()
    {
        await using var browser = await chromium.OpenAsync(server);
        var page = browser.Page;
        await page.ConnectAsync(server);
        var card = page.GetByTestId("account-card");

        // By keyboard: the Disconnect button takes focus and Enter submits its form.
        await card.GetByRole(AriaRole.Button, new() { Name = "Disconnect" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var connect = card.GetByRole(AriaRole.Link, new() { Name = "Connect YouTube account" });
        await Expect(connect).ToBeVisibleAsync();
        await Expect(card.GetByTestId("account-connected")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.False((await server.AccountStatusAsync()).IsConnected);

        await page.OpenConsentPageAsync(server);
        await page.AnswerConsentAsync(server, "Allow");

        await Expect(card.GetByTestId("account-connected")).ToContainTextAsync(server.Demo.Account.Channel.Title);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Disconnect" })).ToBeVisibleAsync();
        var status = await server.AccountStatusAsync();
        Assert.True(status is { IsConnected: true, NeedsReconnect: false });
        // The new sign-in works, not just the card: YouTube answers an import with it.
        await page.ImportFromYouTubeAsync();
    }
}
