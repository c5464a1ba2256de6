using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>
/// The app and the YouTube emulator as real HTTP servers on 127.0.0.1 (ephemeral ports), sharing one fake clock, with a
/// private data folder and database. Each test builds its own.
/// </summary>
public sealed partial class OrganizerApp : IAsyncDisposable
{
    /// <summary>Thursday 2026-11-19, 10:00 Pacific: well inside a quota day.</summary>
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-19T18:00:00Z");

    private readonly string dataDirectory;
    private readonly string[] settings = [];
    /// <summary>Set once <see cref="RestartAsync"/> handed the emulator and data folder to a new app.</summary>
    private bool handedOver;

    private OrganizerApp(WebApplication app, FakeYouTubeServer youTube, FakeTimeProvider time, string dataDirectory, CapturedLogs logs, string[] settings)
        : this(app, youTube, time, dataDirectory, logs) => this.settings = settings;

    private OrganizerApp(WebApplication app, FakeYouTubeServer youTube, FakeTimeProvider time, string dataDirectory, CapturedLogs logs)
    {
        App = app;
        YouTube = youTube;
        Time = time;
        this.dataDirectory = dataDirectory;
        Logs = logs;
        Death = app.Services.GetRequiredService<ProcessDeath>();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.TrimEnd('/') + "/");
        Browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseUri };
    }

    public WebApplication App { get; }
    public FakeYouTubeServer YouTube { get; }
    public FakeTimeProvider Time { get; }
    public Uri BaseUri { get; }
    /// <summary>The app's data folder (database, Data Protection keys): where a CLI verb must point to share its state.</summary>
    public string DataDirectory => dataDirectory;
    /// <summary>Plain HTTP to the app, redirects not followed (as a browser's first hop).</summary>
    public HttpClient Browser { get; }
    public CapturedLogs Logs { get; }
    /// <summary>Kills this app's "process" during a chosen YouTube call (see <see cref="ProcessDeath"/>).</summary>
    public ProcessDeath Death { get; }
    public IServiceProvider Services => App.Services;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public OrganizerDbContext Db() => Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContext();

    public static Task<OrganizerApp> StartAsync(AccountSnapshot account, FakeYouTubeOptions? emulator = null, params string[] settings) =>
        StartOnAsync(account, _ => { }, emulator, settings);

    /// <summary>As <see cref="StartAsync"/>, on a data folder the test prepares first (an existing database, say).</summary>
    public static async Task<OrganizerApp> StartOnAsync(AccountSnapshot account, Action<string> prepareDataDirectory, FakeYouTubeOptions? emulator = null,
        params string[] settings)
    {
        var time = new FakeTimeProvider(Start);
        var youTube = await FakeYouTubeServer.StartAsync(emulator ?? new FakeYouTubeOptions(), time);
        youTube.LoadAccount(account);
        var dataDirectory = Directory.CreateTempSubdirectory("po-test-").FullName;
        prepareDataDirectory(dataDirectory);
        try
        {
            return await LaunchAsync(youTube, time, dataDirectory, settings);
        }
        catch
        {
            await youTube.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops this app (a crash as far as a sync is concerned: whatever it was doing stops where it is) and starts a new one
    /// on the same data folder, emulator and clock, with the same settings. Dispose the returned app; this one is done.
    /// </summary>
    public async Task<OrganizerApp> RestartAsync()
    {
        handedOver = true;
        Browser.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        return await LaunchAsync(YouTube, Time, dataDirectory, settings);
    }

    private static async Task<OrganizerApp> LaunchAsync(FakeYouTubeServer youTube, FakeTimeProvider time, string dataDirectory, string[] settings)
    {
        var logs = new CapturedLogs();
        string[] args = [.. ConfigurationFor(youTube, dataDirectory), "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Debug", .. settings];
        var app = await OrganizerWebApp.BuildAsync(args, overrideServices: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddSingleton<ProcessDeath>();
            services.Replace(ServiceDescriptor.Singleton<IYouTubeConnection>(sp =>
                sp.GetRequiredService<ProcessDeath>().Around(sp.GetRequiredService<YouTubeConnection>())));
        });
        await app.PrepareAsync(CancellationToken.None);
        await app.StartAsync();
        return new OrganizerApp(app, youTube, time, dataDirectory, logs, settings);
    }

    /// <summary>The app's settings that point it at this emulator and data folder, as command-line overrides: what a
    /// separate process (a command-line verb) needs to work on the same account and database.</summary>
    public string[] Configuration => [.. ConfigurationFor(YouTube, dataDirectory), .. settings];

    private static string[] ConfigurationFor(FakeYouTubeServer youTube, string dataDirectory) =>
    [
        $"--App:DataDirectory={dataDirectory}",
        "--YouTube:ClientId=test-client.apps.example",
        "--YouTube:ClientSecret=test-client-secret",
        $"--YouTube:BaseUri={youTube.ApiBaseUri}",
        $"--YouTube:AuthorizationServerUrl={new Uri(youTube.BaseUri, "o/oauth2/v2/auth")}",
        $"--YouTube:TokenServerUrl={new Uri(youTube.BaseUri, "token")}",
        $"--YouTube:RevokeUrl={new Uri(youTube.BaseUri, "revoke")}",
        // Back-off and read-back waits would need the fake clock to move; retry and read back at once instead (tests of
        // read lag set a delay and move the clock).
        "--Sync:RetryBaseDelay=00:00:00",
        "--Sync:ReadBackDelay=00:00:00",
        // Likewise the pace between writes (the pacing tests set their own and move the clock).
        "--Sync:PlaylistCreateSpacing=00:00:00",
        "--Sync:WritePause=00:00:00",
        .. TestDatabaseServer.SettingsFor(dataDirectory),
    ];

    /// <summary>Connects the account the way a user does: the app's connect link, the consent page, Allow, the callback.</summary>
    public async Task ConnectAsync(string accountId = "demo") =>
        Assert.Equal("/", await ConnectLandingAsync(accountId));

    /// <summary>As <see cref="ConnectAsync"/>, for a sign-in that may be refused: where the app sends the browser afterwards.</summary>
    public async Task<string?> ConnectLandingAsync(string accountId)
    {
        var toConsent = await Browser.GetAsync("account/connect");
        Assert.Equal(HttpStatusCode.Redirect, toConsent.StatusCode);
        using var emulator = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var consentPage = await emulator.GetStringAsync(toConsent.Headers.Location);
        var fields = HiddenField().Matches(consentPage).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["account"] = accountId;
        fields["decision"] = "allow";
        var back = await emulator.PostAsync(new Uri(YouTube.BaseUri, "o/oauth2/v2/auth"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var done = await Browser.GetAsync(back.Headers.Location);
        return done.Headers.Location?.OriginalString;
    }

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)">""")]
    private static partial Regex HiddenField();

    public async ValueTask DisposeAsync()
    {
        if (handedOver) return;
        Browser.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await YouTube.DisposeAsync();
        await TestDatabaseServer.DropAsync(dataDirectory);
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }
}

/// <summary>Every log message the app wrote, for tests that check what reaches the logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
