using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.Demo;
using GoogleTokenResponse = Google.Apis.Auth.OAuth2.Responses.TokenResponse;

namespace PlaylistOrganizer.Bench;

/// <summary>
/// One library's world: the emulator in-process on 127.0.0.1 holding the generated account, and the app composed exactly
/// as in production (<see cref="OrganizerWebApp.BuildAsync"/>, real YouTube client, metered gateway, quota ledger) on a
/// fresh SQLite database in a temp folder, signed in to the emulator. No web server is started. Both use the system clock.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataDirectory;

    private BenchEnvironment(ReferenceLibrary library, DemoLibrary demo, FakeYouTubeServer youTube, WebApplication app, string dataDirectory)
    {
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

    public T Get<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Units the emulator charged the account so far: what YouTube would have billed.</summary>
    public int EmulatorUnits => YouTube.State.Find(Demo.Account.AccountId)!.Calls.TotalUnits;

    public static async Task<BenchEnvironment> StartAsync(ReferenceLibrary library, CancellationToken ct)
    {
        var demo = DemoLibraryGenerator.Generate(library.Options);
        var youTube = await FakeYouTubeServer.StartAsync(new FakeYouTubeOptions(), TimeProvider.System, ct);
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
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.AspNetCore=Error", // no web root or key encryptor needed here: not worth a warning
        ];
        var app = await OrganizerWebApp.BuildAsync(args, ct);
        await app.PrepareAsync(ct);

        // Signed in as after the consent page: the emulator's tokens, stored encrypted where the app keeps them.
        var minted = youTube.MintTokens(demo.Account.AccountId);
        await app.Services.GetRequiredService<ProtectedTokenStore>().StoreAsync("youtube", new GoogleTokenResponse
        {
            AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresInSeconds = minted.ExpiresIn,
            Scope = minted.Scope, TokenType = minted.TokenType, IssuedUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        });
        return new BenchEnvironment(library, demo, youTube, app, dataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await YouTube.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the database file before deleting the folder
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
