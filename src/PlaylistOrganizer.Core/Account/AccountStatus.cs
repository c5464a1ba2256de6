namespace PlaylistOrganizer.Core.Account;

/// <summary>The one YouTube account this installation works on (a single row).</summary>
/// <remarks>Tokens are not here: they live encrypted in the secret store. A revoked or expired refresh token does not
/// erase anything; it only sets <see cref="NeedsReconnectReason"/> until the user connects again.</remarks>
public sealed class AccountStatus
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;
    public string? ChannelId { get; private set; }
    public string? ChannelTitle { get; private set; }
    public DateTimeOffset? ConnectedAt { get; private set; }

    /// <summary>Why YouTube stopped accepting our credentials, or null while they work.</summary>
    public string? NeedsReconnectReason { get; private set; }
    public DateTimeOffset? NeedsReconnectSince { get; private set; }

    public bool IsConnected => ConnectedAt is not null;
    public bool NeedsReconnect => NeedsReconnectReason is not null;
    /// <summary>Connected, and YouTube still accepts the credentials: what reading or writing YouTube needs.</summary>
    public bool IsReady => IsConnected && !NeedsReconnect;

    public void Connected(string channelId, string channelTitle, DateTimeOffset at)
    {
        ChannelId = channelId;
        ChannelTitle = channelTitle;
        ConnectedAt = at;
        NeedsReconnectReason = null;
        NeedsReconnectSince = null;
    }

    public void CredentialsRefused(string reason, DateTimeOffset at)
    {
        NeedsReconnectReason = reason;
        NeedsReconnectSince ??= at;
    }

    /// <summary>Forget the connection (the user disconnected). The library and its history stay.</summary>
    public void Disconnected()
    {
        ConnectedAt = null;
        NeedsReconnectReason = null;
        NeedsReconnectSince = null;
    }
}
