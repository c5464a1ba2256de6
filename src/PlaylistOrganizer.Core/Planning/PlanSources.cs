namespace PlaylistOrganizer.Core.Planning;

/// <summary>The approved structure to sync, or null when nothing is approved yet.</summary>
public interface ITargetStructureSource
{
    Task<TargetStructure?> GetApprovedAsync(CancellationToken ct);
}

/// <summary>YouTube as the latest import saw it (plus Watch Later from Takeout).</summary>
public interface ICurrentStateSource
{
    Task<CurrentState> ReadAsync(CancellationToken ct);
}
