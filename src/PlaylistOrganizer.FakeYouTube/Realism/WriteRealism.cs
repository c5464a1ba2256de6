using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Realism;

/// <summary>
/// The ways the real service is less tidy than a database, each off unless its option is set: read lag (lists show a
/// write only later) and 409 bursts on rapid inserts into one playlist. Thread-safe.
/// </summary>
public sealed class WriteRealism(FakeYouTubeOptions options)
{
    private readonly Lock _lock = new();
    private readonly Random _random = new(options.IdSeed);
    private int _conflicts;

    /// <summary>When a write made at <paramref name="now"/> starts to show in list answers.</summary>
    public DateTimeOffset ListedFrom(DateTimeOffset now) =>
        options.ReadLagMs is > 0 and var lag ? now.AddMilliseconds(lag) : now;

    /// <summary>
    /// The 409 this insert gets, if it follows the previous insert into <paramref name="playlist"/> too closely; null
    /// to let it through. Either way the insert's arrival is noted.
    /// </summary>
    public GoogleError? ConflictFor(PlaylistState playlist, DateTimeOffset now)
    {
        var previous = playlist.LastInsertAt;
        playlist.LastInsertAt = now;
        if (options.InsertConflictWindowMs is not > 0 || previous is not { } last) return null;
        if (now - last >= TimeSpan.FromMilliseconds(options.InsertConflictWindowMs.Value)) return null;
        lock (_lock)
        {
            if (_random.NextDouble() >= options.InsertConflictRate) return null;
            // The three bodies that clients syncing large playlists retry on, in turn (facts §1.4, §8).
            return (_conflicts++ % 3) switch
            {
                0 => GoogleErrors.ConflictAborted(),
                1 => GoogleErrors.ConflictServiceUnavailable(),
                _ => GoogleErrors.ConflictCoreErrorDomain(),
            };
        }
    }
}
