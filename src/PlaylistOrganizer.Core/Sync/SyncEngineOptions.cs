using System.ComponentModel.DataAnnotations;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>Retry policy and pace of YouTube calls: the sync's writes and reads, and the import's reads (configuration
/// section "Sync"). Validated at start-up: a value out of range stops the app with a message naming it.</summary>
public sealed class SyncEngineOptions
{
    public const string Section = "Sync";

    /// <summary>Retries of one operation after a passing failure (5xx, dropped connection, rate limit) before it counts as failed. Default 4.</summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First back-off delay; it doubles per retry, with jitter. Default 2 seconds; at most 10 minutes (a longer
    /// wait is a pause, not a retry).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after its last write the sync waits before reading back what it wrote (a lost answer, verify),
    /// because YouTube's lists may not show a write at once. Default 3 seconds; 0 to 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ReadBackDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a copy of the app holds a run without renewing its lease (renewed every third of it while it
    /// works): what a copy on another machine sharing the database waits before taking over after a crash. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:03", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Least time between two playlist creates, plus a random extra of up to a quarter of it: YouTube caps how
    /// many playlists a channel creates a day, and tools that fired them in bursts have had channels removed
    /// (docs/youtube-facts.md §1.5, §8). Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan PlaylistCreateSpacing { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Least time between two writes of any kind, plus a random extra of up to a quarter of it: bursts of inserts
    /// into one playlist draw 409s and 500s (docs/youtube-facts.md §1.4, §8). Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WritePause { get; set; } = TimeSpan.FromSeconds(1);
}
