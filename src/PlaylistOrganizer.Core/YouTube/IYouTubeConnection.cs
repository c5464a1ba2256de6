namespace PlaylistOrganizer.Core.YouTube;

/// <summary>The connected account's gateway, or null while no account is connected. Owned by the host, which knows
/// how credentials are stored and refreshed.</summary>
public interface IYouTubeConnection
{
    Task<IYouTubeGateway?> GetGatewayAsync(CancellationToken ct);
}
