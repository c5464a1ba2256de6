using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.YouTube;
using PlaylistOrganizer.YouTube.Auth;

namespace PlaylistOrganizer.App.Connection;

/// <summary>
/// The one connected YouTube account: starts and finishes the OAuth sign-in, keeps the gateway for the stored
/// credential (which refreshes itself), and forgets it on disconnect.
/// </summary>
public sealed class YouTubeConnection(
    YouTubeClientOptions options, ProtectedTokenStore tokenStore, TimeProvider time, AccountStatusStore accounts,
    ChannelSwitchGuard channelSwitch, ILogger<YouTubeConnection> logger) : IYouTubeConnection, IDisposable
{
    private readonly YouTubeAuthorization authorization = new(options, tokenStore, time);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IYouTubeGateway? gateway;
    private bool loaded;

    public async Task<IYouTubeGateway?> GetGatewayAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (!loaded)
            {
                var credential = await authorization.LoadAsync(ct);
                gateway = credential is null ? null : GoogleYouTubeGateway.Create(options, credential);
                loaded = true;
            }
            return gateway;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The consent URL to send the browser to; Google (or the emulator) redirects back to <paramref name="callback"/>.</summary>
    public Uri Begin(Uri callback) => authorization.Begin(callback).Url;

    /// <summary>Why the last sign-in was refused, for the page the browser lands on; null when it was not.</summary>
    public string? LastRefusal { get; private set; }

    /// <summary>
    /// Exchanges the code, stores the tokens encrypted, and records which channel is connected. A sign-in to another
    /// channel than the one whose library or sync the app holds is refused, and the previous tokens are put back.
    /// </summary>
    /// <returns>Null on success, or the reason the connection failed.</returns>
    public async Task<string?> CompleteAsync(string state, string code, IYouTubeGateway metered, CancellationToken ct)
    {
        LastRefusal = null;
        var previous = await authorization.SaveAsideAsync(ct);
        var result = await authorization.CompleteAsync(state, code, ct);
        if (!result.IsSuccess)
        {
            logger.LogWarning("Connecting the YouTube account failed: {Reason}", result.Error.Reason);
            return result.Error.Message;
        }
        await ForgetGatewayAsync(ct);
        var channel = await metered.GetMyChannelAsync(ct);
        if (!channel.IsSuccess)
        {
            return $"Connected, but YouTube did not return your channel: {channel.Error.Message}";
        }
        if (await channelSwitch.RefusalAsync(channel.Value, ct) is { } refusal)
        {
            await authorization.RestoreAsync(previous, ct);
            await ForgetGatewayAsync(ct);
            logger.LogWarning("Refused connecting YouTube channel {ChannelId}: the app holds another channel's library", channel.Value.Id);
            LastRefusal = refusal;
            return refusal;
        }
        await accounts.MarkConnectedAsync(channel.Value, ct);
        logger.LogInformation("Connected YouTube channel {ChannelId}", channel.Value.Id);
        return null;
    }

    /// <summary>Revokes the tokens at Google (best effort), deletes them here, and marks the account disconnected. Library data stays.</summary>
    public async Task DisconnectAsync(CancellationToken ct)
    {
        var revoked = await authorization.DisconnectAsync(ct);
        if (!revoked.IsSuccess) logger.LogWarning("Revoking the YouTube token failed ({Reason}); it was deleted here anyway.", revoked.Error.Reason);
        await ForgetGatewayAsync(ct);
        await accounts.MarkDisconnectedAsync(ct);
    }

    private async Task ForgetGatewayAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        gateway = null;
        loaded = false;
        gate.Release();
    }

    public void Dispose() => authorization.Dispose();
}
