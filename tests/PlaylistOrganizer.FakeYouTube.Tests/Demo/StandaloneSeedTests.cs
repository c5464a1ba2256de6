using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PlaylistOrganizer.FakeYouTube.Demo;

namespace PlaylistOrganizer.FakeYouTube.Tests.Demo;

/// <summary>The standalone emulator's <c>--seed-demo</c> option, as its README documents it.</summary>
public class StandaloneSeedTests
{
    [Theory]
    [InlineData("--seed-demo=Small", 10)]
    [InlineData("--seed-demo", 87)]
    public async Task Seed_demo_loads_the_generated_library_as_the_demo_account(string flag, int playlists)
    {
        await using var app = FakeYouTubeHost.Build([flag, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var accounts = await http.GetFromJsonAsync<List<AccountRow>>("/_emulator/accounts");

        var demo = Assert.Single(accounts!);
        Assert.Equal("demo", demo.AccountId);
        // The regular playlists, plus the system lists (likes, uploads, …) the generator adds.
        Assert.Equal(playlists, demo.PlaylistCount - DemoLibraryGenerator.Generate(DemoLibraryOptions.Small).Account.Playlists.Count(p => p.Kind != State.PlaylistKind.Regular));
    }

    [Fact]
    public void An_unknown_preset_is_refused_by_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => FakeYouTubeHost.Build(["--seed-demo=Huge"]));
        Assert.Contains("small", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_the_option_the_emulator_starts_with_no_accounts()
    {
        await using var app = FakeYouTubeHost.Build(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        Assert.Empty((await http.GetFromJsonAsync<List<AccountRow>>("/_emulator/accounts"))!);
    }

    private sealed record AccountRow(string AccountId, int PlaylistCount);
}
