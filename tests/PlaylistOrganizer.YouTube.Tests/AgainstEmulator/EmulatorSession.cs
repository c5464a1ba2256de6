using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.YouTube.Auth;
using GoogleTokenResponse = Google.Apis.Auth.OAuth2.Responses.TokenResponse;

namespace PlaylistOrganizer.YouTube.Tests.AgainstEmulator;

/// <summary>
/// The production client (<see cref="GoogleYouTubeGateway"/> with a refreshing <see cref="YouTubeAuthorization"/>
/// credential) against the emulator on 127.0.0.1, both on one fake clock. Each test starts its own.
/// </summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public const string AccountId = "acct";
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-19T18:00:00Z");

    private readonly YouTubeAuthorization authorization;

    private EmulatorSession(FakeYouTubeServer server, FakeTimeProvider time, YouTubeAuthorization authorization, GoogleYouTubeGateway gateway)
    {
        Server = server;
        Time = time;
        this.authorization = authorization;
        Gateway = gateway;
    }

    public FakeYouTubeServer Server { get; }
    public FakeTimeProvider Time { get; }
    public GoogleYouTubeGateway Gateway { get; }
    public AccountState Account => Server.State.Find(AccountId)!;

    /// <param name="scope">The scope the token is granted (the emulator's default is the full youtube scope).</param>
    public static async Task<EmulatorSession> StartAsync(AccountSnapshot account, string scope = Scopes.YouTube)
    {
        var time = new FakeTimeProvider(Start);
        var server = await FakeYouTubeServer.StartAsync(new FakeYouTubeOptions(), time);
        server.LoadAccount(account);
        var options = new YouTubeClientOptions
        {
            BaseUri = server.ApiBaseUri.AbsoluteUri,
            AuthorizationServerUrl = new Uri(server.BaseUri, "o/oauth2/v2/auth").AbsoluteUri,
            TokenServerUrl = new Uri(server.BaseUri, "token").AbsoluteUri,
            RevokeUrl = new Uri(server.BaseUri, "revoke").AbsoluteUri,
            ClientId = "emulator-client",
            ClientSecret = "emulator-secret",
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        // Tokens as a finished sign-in would have stored them, issued "now" on the shared clock.
        var minted = server.MintTokens(account.AccountId, scope);
        var store = new InMemoryDataStore();
        await store.StoreAsync("youtube", new GoogleTokenResponse
        {
            AccessToken = minted.AccessToken, RefreshToken = minted.RefreshToken, ExpiresInSeconds = minted.ExpiresIn,
            Scope = minted.Scope, TokenType = minted.TokenType, IssuedUtc = time.GetUtcNow().UtcDateTime,
        });
        var authorization = new YouTubeAuthorization(options, store, time);
        var credential = await authorization.LoadAsync(CancellationToken.None);
        return new EmulatorSession(server, time, authorization, GoogleYouTubeGateway.Create(options, credential));
    }

    /// <summary>Runs one call and returns its error (null on success) with the units the emulator charged for it.</summary>
    public async Task<(YouTubeError? Error, int ChargedUnits)> ChargedAsync<T>(Func<GoogleYouTubeGateway, Task<YouTubeResult<T>>> call)
    {
        var before = Account.Calls.TotalUnits;
        var result = await call(Gateway);
        return (result.Error, Account.Calls.TotalUnits - before);
    }

    public async ValueTask DisposeAsync()
    {
        authorization.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Accounts for the client-vs-emulator tests.</summary>
internal static class Accounts
{
    public static string VideoId(int n) => $"vid{n:D8}";

    public static VideoSnapshot Video(int n, VideoAvailability availability = VideoAvailability.Public) => new()
    {
        Id = VideoId(n), Title = $"Video {n}", ChannelId = "UCotherchannel00000000000", ChannelTitle = "Someone",
        Duration = "PT3M", PublishedAt = DateTimeOffset.Parse("2020-01-01T00:00:00Z"), Availability = availability,
    };

    /// <summary>One account; playlist i holds <paramref name="sizes"/>[i] items (videos 1..size, so playlists share them).</summary>
    public static AccountSnapshot WithPlaylists(params int[] sizes) => new()
    {
        AccountId = EmulatorSession.AccountId,
        Channel = new ChannelSnapshot { Id = "UCmychannel0000000000000", Title = "My Channel" },
        Playlists = sizes.Select((size, i) => new PlaylistSnapshot
        {
            Id = $"PL{i:D32}", Title = $"Playlist {i}", PublishedAt = DateTimeOffset.Parse("2021-01-01T00:00:00Z").AddDays(i),
            Items = Enumerable.Range(1, size).Select(v => new PlaylistItemSnapshot
            {
                Id = $"UExp{i:D4}{v:D36}", VideoId = VideoId(v), AddedAt = DateTimeOffset.Parse("2021-02-01T00:00:00Z").AddMinutes(v),
            }).ToList(),
        }).ToList(),
        Videos = Enumerable.Range(1, Math.Max(sizes.DefaultIfEmpty(0).Max(), 3)).Select(v => Video(v))
            .Append(Video(900_001, VideoAvailability.Private)).Append(Video(900_002, VideoAvailability.Deleted)).ToList(),
    };
}
