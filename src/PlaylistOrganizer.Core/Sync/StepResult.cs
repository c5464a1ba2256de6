using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>What the engine must do after one operation: go on, or stop the run in a given state.</summary>
public abstract record StepResult
{
    private StepResult() { }

    /// <summary>The operation reached an end state (succeeded, failed for the stage decision, or skipped); go on.</summary>
    public sealed record Continue : StepResult;

    /// <summary>No more writes today: the sync budget is spent or YouTube said so.</summary>
    public sealed record PauseForQuota(string Detail) : StepResult;

    /// <summary>No more playlist creates today: YouTube's daily limit on them is reached (or it refused one). Other
    /// writes may go on; the creates wait for the reset.</summary>
    public sealed record CreationWaits : StepResult;

    /// <summary>YouTube refused the credentials.</summary>
    public sealed record NeedsReconnect(YouTubeError Error) : StepResult;

    /// <summary>Watch Later needs the user's hands.</summary>
    public sealed record AwaitWatchLater(int Videos) : StepResult;

    /// <summary>The stage cannot go on (e.g. a read kept failing); the user decides.</summary>
    public sealed record Failed(string Detail) : StepResult;

    public static StepResult Next { get; } = new Continue();
}
