using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PlaylistOrganizer.App.Demo;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.BrowserTests.Support;

/// <summary>
/// The real app, built as <c>Program</c> builds it, listening on an ephemeral loopback port with a fresh data folder.
/// Started without a <c>YouTube:ClientId</c> it runs in demo mode: its own in-process emulator, one shared demo clock.
/// </summary>
public sealed class OrganizerServer : IAsyncDisposable
{
    private readonly string dataDirectory;

    private OrganizerServer(WebApplication app, string dataDirectory)
    {
        App = app;
        this.dataDirectory = dataDirectory;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
    }

    public WebApplication App { get; }
    public Uri BaseUri { get; }

    /// <summary>The demo's YouTube (emulator + clock); only in demo mode.</summary>
    public DemoYouTube Demo => App.Services.GetRequiredService<DemoYouTube>();

    /// <summary>The demo emulator's root (its admin API lives under <c>_emulator/</c>).</summary>
    public Uri EmulatorRoot => new(new Uri(Demo.ClientOptions.BaseUri), "/");

    /// <summary>The account row as the app sees it, straight from its database.</summary>
    public Task<AccountStatus> AccountStatusAsync() => App.Services.GetRequiredService<AccountStatusStore>().GetAsync(CancellationToken.None);

    /// <summary>The most recently started sync, straight from the app's database.</summary>
    public async Task<SyncRun> LatestSyncRunAsync() =>
        (await App.Services.GetRequiredService<SyncProgress>().HistoryAsync(CancellationToken.None)).First();

    /// <summary>Demo mode on the small generated library (10 playlists, 200 Watch Later), plus <paramref name="settings"/>.</summary>
    /// <remarks>Demo mode is forced: a developer's user secrets may hold a real Google client, and a test must never reach Google.</remarks>
    public static Task<OrganizerServer> StartDemoAsync(params string[] settings) =>
        StartAsync(["--Demo:Enabled=true", "--Demo:Library=Small", .. settings]);

    /// <summary>Real-account mode with a made-up Google client whose endpoints all point at a closed loopback port.</summary>
    public static Task<OrganizerServer> StartWithFakeGoogleClientAsync()
    {
        const string nowhere = "http://127.0.0.1:9/";
        return StartAsync("--Demo:Enabled=false", "--YouTube:ClientId=x", "--YouTube:ClientSecret=x",
            $"--YouTube:BaseUri={nowhere}youtube/v3/", $"--YouTube:AuthorizationServerUrl={nowhere}auth",
            $"--YouTube:TokenServerUrl={nowhere}token", $"--YouTube:RevokeUrl={nowhere}revoke");
    }

    /// <summary>Demo mode on the small library with some of the app's services replaced (a model that waits, say).</summary>
    public static Task<OrganizerServer> StartDemoAsync(Action<IServiceCollection> overrideServices, params string[] settings) =>
        StartAsync(["--Demo:Enabled=true", "--Demo:Library=Small", .. settings], overrideServices);

    public static Task<OrganizerServer> StartAsync(params string[] settings) => StartAsync(settings, overrideServices: null);

    private static async Task<OrganizerServer> StartAsync(string[] settings, Action<IServiceCollection>? overrideServices)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("po-browser-").FullName;
        string[] args =
        [
            $"--App:DataDirectory={dataDirectory}",
            "--urls=http://127.0.0.1:0",
            // Development serves the framework's static web assets (blazor.web.js) from the build output, as
            // `dotnet run` does; in Production they exist only in a published app's wwwroot.
            "--environment=Development",
            // Test output stays readable: only warnings and errors.
            "--Logging:LogLevel:Default=Warning",
            // The demo's pace between writes would only make the tests wait in real time.
            "--Sync:PlaylistCreateSpacing=00:00:00", "--Sync:WritePause=00:00:00",
            .. settings,
        ];
        var app = await OrganizerWebApp.BuildAsync(args, overrideServices: overrideServices);
        await app.PrepareAsync(CancellationToken.None);
        await app.StartAsync();
        return new OrganizerServer(app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }
}
