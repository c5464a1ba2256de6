using System.Text.RegularExpressions;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests;

public partial class DashboardTests
{
    [GeneratedRegex("""data-testid="journey-next"[^>]*>([^<]+)<""")]
    private static partial Regex NextStep();

    private static async Task<string> NextStepAsync(OrganizerApp app) =>
        NextStep().Match(await app.Browser.GetStringAsync("/")).Groups[1].Value;

    [Fact]
    public async Task The_dashboard_says_where_the_user_is_and_what_comes_next()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("Mix", [1, 2])));
        Assert.Equal("Connect YouTube", await NextStepAsync(app));

        await app.ConnectAsync();
        Assert.Equal("Import playlists", await NextStepAsync(app));

        Assert.True((await app.Get<YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
        // Watch Later is optional, so the next step is the categories.
        Assert.Equal("Shape categories", await NextStepAsync(app));
    }
}
