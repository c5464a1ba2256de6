using System.Text.Json;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.YouTube;

namespace PlaylistOrganizer.App.Demo;

/// <summary>
/// Demo mode's YouTube: the emulator running in-process on a loopback port, seeded with the generated demo library,
/// sharing one adjustable clock with the app (so the demo can jump to the next quota reset). Its state, and how far the
/// clock was jumped, are saved in the data folder so the demo survives restarts.
/// </summary>
public sealed class DemoYouTube : IAsyncDisposable
{
    public const string AccountId = "demo";
    public const string ClientId = "playlist-organizer-demo";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string stateFile;
    private readonly FakeYouTubeServer server;
    private readonly FileStream inUse;

    private DemoYouTube(FakeYouTubeServer server, EmulatorClock clock, string stateFile, FileStream inUse)
    {
        this.server = server;
        Clock = clock;
        this.stateFile = stateFile;
        this.inUse = inUse;
    }

    /// <summary>The clock the app and the emulator share; <see cref="EmulatorClock.Advance"/> moves both.</summary>
    public EmulatorClock Clock { get; }

    /// <summary>Client options pointing every endpoint at the emulator.</summary>
    public YouTubeClientOptions ClientOptions => new()
    {
        BaseUri = server.ApiBaseUri.AbsoluteUri,
        AuthorizationServerUrl = new Uri(server.BaseUri, "o/oauth2/v2/auth").AbsoluteUri,
        TokenServerUrl = new Uri(server.BaseUri, "token").AbsoluteUri,
        RevokeUrl = new Uri(server.BaseUri, "revoke").AbsoluteUri,
        ClientId = ClientId,
        ClientSecret = "demo-secret",
    };

    /// <summary>Where the demo's thumbnails are served: the emulator answers i.ytimg.com's paths (/vi/{id}/mqdefault.jpg).</summary>
    public Uri ThumbnailRoot => server.BaseUri;

    /// <summary>The demo account as it is now (for the Takeout download).</summary>
    public AccountSnapshot Account => server.State.Export(AccountId) ?? throw new InvalidOperationException("The demo account is missing.");

    /// <param name="library">Which generated library a fresh demo starts with: Small, Upstream (default) or Large.</param>
    /// <param name="dailyQuotaUnits">The demo account's daily quota: the app's configured limit, so that a raised limit
    /// (a granted quota extension) is what the demo's YouTube allows too.</param>
    /// <param name="playlistCreatesPerDay">New playlists the demo's YouTube accepts per day before it answers "You are
    /// creating too many playlists", as YouTube does (about 10): the app's configured figure.</param>
    public static async Task<DemoYouTube> StartAsync(string dataDirectory, string? library, int dailyQuotaUnits, int playlistCreatesPerDay, CancellationToken ct)
    {
        var preset = Preset(library); // a bad setting is refused before anything starts
        var inUse = ClaimDataFolder(dataDirectory);
        try
        {
            var stateFile = Path.Combine(dataDirectory, "demo-youtube.json");
            var saved = await LoadSavedAsync(stateFile, ct);
            var clock = new EmulatorClock(TimeProvider.System);
            if (saved is { ClockOffset.Ticks: > 0 }) clock.Advance(saved.ClockOffset);
            var server = await FakeYouTubeServer.StartAsync(new FakeYouTubeOptions { DailyQuotaUnits = dailyQuotaUnits, PlaylistCreateCapPerDay = playlistCreatesPerDay }, clock, ct);
            server.LoadAccount(saved?.Account ?? DemoLibraryGenerator.Generate(preset with { AccountId = AccountId }).Account);
            if (saved?.Grants is { } grants) server.Tokens.Import(grants);
            return new DemoYouTube(server, clock, stateFile, inUse);
        }
        catch
        {
            await inUse.DisposeAsync(); // the folder is free again for the next try
            throw;
        }
    }

    /// <summary>
    /// One demo per data folder at a time. Each copy of the app runs its own emulator from the saved state, so a second
    /// copy (a command-line verb while the web app runs) would change a YouTube the first never sees, and whichever saved
    /// last would wipe out the other's changes.
    /// </summary>
    private static FileStream ClaimDataFolder(string dataDirectory)
    {
        try
        {
            // Held open, unshared, for the demo's lifetime: the operating system releases it even if the process dies.
            return new FileStream(Path.Combine(dataDirectory, "demo-youtube.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new StartupRefusedException(
                $"The demo in {dataDirectory} is in use by another copy of the app (the web app, or a command-line verb). "
                + "Stop it first: each copy runs its own demo YouTube, and they would overwrite each other's changes.");
        }
    }

    private static DemoLibraryOptions Preset(string? name) =>
        string.IsNullOrWhiteSpace(name) ? DemoLibraryOptions.Upstream
        : DemoLibraryOptions.Presets.TryGetValue(name.Trim(), out var preset) ? preset
        : throw new StartupRefusedException($"Demo:Library is '{name}'; use {string.Join(", ", DemoLibraryOptions.Presets.Keys)}.");
    /// <summary>The saved demo, or null to start afresh. An unreadable file is set aside (".broken"), never silently overwritten.</summary>
    private static async Task<SavedDemo?> LoadSavedAsync(string stateFile, CancellationToken ct)
    {
        if (!File.Exists(stateFile)) return null;
        try
        {
            return JsonSerializer.Deserialize<SavedDemo>(await File.ReadAllTextAsync(stateFile, ct), Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            File.Move(stateFile, stateFile + ".broken", overwrite: true);
            Console.Error.WriteLine($"The saved demo state could not be read ({e.Message}); it was kept as {stateFile}.broken and the demo starts afresh.");
            return null;
        }
    }

    /// <summary>Writes the emulator's account and the clock's jump to the data folder (atomically: temp file, then rename).</summary>
    public async Task SaveAsync(CancellationToken ct)
    {
        // Two reads of two clocks: the difference can come out a few ticks below zero when nothing was jumped.
        var jumped = TimeSpan.FromSeconds(Math.Max(0, Math.Round((Clock.GetUtcNow() - TimeProvider.System.GetUtcNow()).TotalSeconds)));
        var saved = new SavedDemo(Account, jumped, server.Tokens.Export());
        var temp = stateFile + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(saved, Json), ct);
        File.Move(temp, stateFile, overwrite: true);
    }

    /// <summary>Saves the demo (what a command-line verb changed too), stops the emulator and frees the data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await SaveAsync(CancellationToken.None);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Saving the demo state to {stateFile} failed: {e.Message}");
        }
        await server.DisposeAsync();
        await inUse.DisposeAsync();
    }

    /// <summary>What survives a restart: the account, how far the demo clock was jumped, and the emulator's sign-ins
    /// (so the app's stored tokens stay valid).</summary>
    private sealed record SavedDemo(AccountSnapshot Account, TimeSpan ClockOffset, SavedGrants? Grants);
}
