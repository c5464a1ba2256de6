using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlaylistOrganizer.App.Demo;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Cli;

/// <summary>Each copy of the app runs its own demo YouTube from the saved state: one copy per data folder, and what
/// it changed is saved when it stops, a command-line verb included.</summary>
public sealed class DemoDataFolderTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("po-demo-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }

    private string[] DemoSettings => ["--Demo:Enabled=true", "--Demo:Library=Small", $"--App:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=Warning"];

    [Fact]
    public async Task A_verb_refuses_the_demo_while_the_web_app_has_it_and_runs_once_it_stopped()
    {
        var web = await OrganizerWebApp.BuildAsync([.. DemoSettings, "--urls=http://127.0.0.1:0"]);
        (int Exit, string Output, string Error) refused;
        await using (web)
        {
            using var whileRunning = CommandLineProcess.Start(["status", .. DemoSettings]);
            refused = await whileRunning.WaitAsync(TimeSpan.FromSeconds(60));
        }
        using var afterwards = CommandLineProcess.Start(["status", .. DemoSettings]);
        var (exit, output, error) = await afterwards.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, refused.Exit);
        Assert.Contains("is in use by another copy of the app", refused.Error);
        Assert.DoesNotContain("   at ", refused.Error); // a message, not a stack trace
        Assert.True(exit == 0, $"exit {exit}: {output} {error}");
        Assert.Contains("demo", output);
    }

    [Fact]
    public async Task A_demo_keeps_its_changes_when_it_stops_without_a_web_server_to_save_them()
    {
        var first = await DemoYouTube.StartAsync(dataDirectory, "Small", 10_000, 10, CancellationToken.None);
        await Assert.ThrowsAsync<StartupRefusedException>(() => DemoYouTube.StartAsync(dataDirectory, "Small", 10_000, 10, CancellationToken.None));
        first.Clock.Advance(TimeSpan.FromDays(1));
        await first.DisposeAsync();

        await using var second = await DemoYouTube.StartAsync(dataDirectory, "Small", 10_000, 10, CancellationToken.None);

        var jumped = second.Clock.GetUtcNow() - TimeProvider.System.GetUtcNow();
        Assert.InRange(jumped, TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_demo_YouTube_allows_the_daily_quota_the_app_is_configured_with()
    {
        await using var web = await OrganizerWebApp.BuildAsync([.. DemoSettings, "--Quota:DailyLimitUnits=250000", "--urls=http://127.0.0.1:0"]);
        var emulator = new Uri(web.Services.GetRequiredService<DemoYouTube>().ClientOptions.AuthorizationServerUrl);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.GetLeftPart(UriPartial.Authority)) };

        var quota = await http.GetFromJsonAsync<JsonElement>($"_emulator/accounts/{DemoYouTube.AccountId}/quota");

        Assert.Equal(250_000, quota.GetProperty("limitUnits").GetInt32());
    }

    [Theory]
    [InlineData(null, 10)] // YouTube's cap, on by default: the demo must not be kinder than YouTube
    [InlineData("4", 4)]
    public async Task The_demo_YouTube_refuses_new_playlists_past_the_daily_creation_cap_the_app_is_configured_with(string? configured, int expected)
    {
        string[] settings = configured is null ? DemoSettings : [.. DemoSettings, $"--Quota:PlaylistCreatesPerDay={configured}"];
        await using var web = await OrganizerWebApp.BuildAsync([.. settings, "--urls=http://127.0.0.1:0"]);
        var emulator = new Uri(web.Services.GetRequiredService<DemoYouTube>().ClientOptions.AuthorizationServerUrl);
        using var http = new HttpClient { BaseAddress = new Uri(emulator.GetLeftPart(UriPartial.Authority)) };

        var quota = await http.GetFromJsonAsync<JsonElement>($"_emulator/accounts/{DemoYouTube.AccountId}/quota");

        Assert.Equal(expected, quota.GetProperty("playlistCreateCapPerDay").GetInt32());
    }

    [Fact]
    public async Task An_unknown_demo_library_is_refused_with_the_choices_and_leaves_the_folder_free()
    {
        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => DemoYouTube.StartAsync(dataDirectory, "Huge", 10_000, 10, CancellationToken.None));

        Assert.Contains("Demo:Library is 'Huge'; use small, upstream, large", refused.Message);
        await using var demo = await DemoYouTube.StartAsync(dataDirectory, "Small", 10_000, 10, CancellationToken.None);
    }
}
