using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.Demo;
using GoogleTokenResponse = Google.Apis.Auth.OAuth2.Responses.TokenResponse;

namespace PlaylistOrganizer.Bench;

/// <summary>
/// One library's world: the emulator in-process on 127.0.0.1 holding the generated account, and the app composed exactly
/// as in production (<see cref="OrganizerWebApp.BuildAsync"/>, real YouTube client, metered gateway, quota ledger) on a
/// fresh SQLite database in a temp folder, signed in to the emulator. No web server is started, and the background sync
/// worker is off (the sync workload drives the engine itself). Both sides share one <see cref="BenchClock"/>: real time
/// plus an offset the sync workload moves past each Pacific quota reset. Quota: 10,000 units a day, reserve 1,000, and
/// YouTube's playlist-creation cap on (10 a day, on both sides). The app's pace between writes is off: it is real time
/// here, and changes no day count.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataDirectory;

    public const int DailyLimitUnits = 10_000;
    public const int ReserveUnits = 1_000;
    public const int DailySyncBudgetUnits = DailyLimitUnits - ReserveUnits;
    public const int PlaylistCreatesPerDay = 10;

    /// <summary>What a sync may spend from a fresh quota day, with the creation cap or (null) without it.</summary>
    public static QuotaAllowance FreshDay(int? createsPerDay) =>
        new(DailySyncBudgetUnits, DailySyncBudgetUnits, createsPerDay ?? int.MaxValue, createsPerDay ?? int.MaxValue);

    private BenchEnvironment(ReferenceLibrary library, DemoLibrary demo, FakeYouTubeServer youTube, WebApplication app, string dataDirectory,
        BenchClock clock)
    {
        Clock = clock;
        Library = library;
        Demo = demo;
        YouTube = youTube;
        this.app = app;
        this.dataDirectory = dataDirectory;
    }

    public ReferenceLibrary Library { get; }
    public DemoLibrary Demo { get; }
    public FakeYouTubeServer YouTube { get; }
    public IServiceProvider Services => app.Services;

    /// <summary>The clock the app and the emulator share.</summary>
    public BenchClock Clock { get; }

    /// <summary>Moves the shared clock just past the next Pacific midnight: a fresh quota day on both sides.</summary>
    public void AdvanceToNextQuotaDay()
    {
        var now = Clock.GetUtcNow();
        Clock.Advance(QuotaClock.NextResetAfter(now) - now + TimeSpan.FromMinutes(1));
    }

    public T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Units the emulator charged the account so far: what YouTube would have billed.</summary>
    public int EmulatorUnits => YouTube.State.Find(Demo.Account.AccountId)!.Calls.TotalUnits;

    public static async Task<BenchEnvironment> StartAsync(ReferenceLibrary library, CancellationToken ct)
    {
        var demo = DemoLibraryGenerator.Generate(library.Options);
        var clock = new BenchClock();
        var youTube = await FakeYouTubeServer.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = DailyLimitUnits, PlaylistCreateCapPerDay = PlaylistCreatesPerDay }, clock, ct);
        youTube.LoadAccount(demo.Account);
        var dataDirectory = Directory.CreateTempSubdirectory("po-bench-").FullName;
        string[] args =
        [
            $"--App:DataDirectory={dataDirectory}",
            "--YouTube:ClientId=bench-client.apps.example",
            "--YouTube:ClientSecret=bench-client-secret",
            $"--YouTube:BaseUri={youTube.ApiBaseUri}",
            $"--YouTube:AuthorizationServerUrl={new Uri(youTube.BaseUri, "o/oauth2/v2/auth")}",
            $"--YouTube:TokenServerUrl={new Uri(youTube.BaseUri, "token")}",
            $"--YouTube:RevokeUrl={new Uri(youTube.BaseUri, "revoke")}",
            "--Sync:BackgroundWorker=false",
            $"--Quota:DailyLimitUnits={DailyLimitUnits}",
            $"--Quota:ReserveUnits={ReserveUnits}",
            $"--Quota:PlaylistCreatesPerDay={PlaylistCreatesPerDay}",
            "--Sync:PlaylistCreateSpacing=00:00:00",
            "--Sync:WritePause=00:00:00",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error", // no web root or key encryptor needed here: not worth a warning
        ];
        var app = await OrganizerWebApp.BuildAsync(args, ct, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        await app.PrepareAsync(ct);

        // Signed in as after the consent page: the emulator's tokens, stored encrypted where the app keeps them.
        var minted = youTube.MintTokens(demo.Account.AccountId);
        await app.Services.GetRequiredService<ProtectedTokenStore>().StoreAsync("youtube", new GoogleTokenResponse
        {
            AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresInSeconds = minted.ExpiresIn,
            Scope = minted.Scope, TokenType = minted.TokenType, IssuedUtc = clock.GetUtcNow().UtcDateTime,
        });
        // What the connect callback records after reading the channel (the bench skips that read: no units spent here).
        await app.Services.GetRequiredService<AccountStatusStore>().MarkConnectedAsync(
            new ChannelInfo(new ChannelId(demo.Account.Channel.Id), demo.Account.Channel.Title), ct);
        return new BenchEnvironment(library, demo, youTube, app, dataDirectory, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await YouTube.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
