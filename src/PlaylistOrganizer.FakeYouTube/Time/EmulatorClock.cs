namespace PlaylistOrganizer.FakeYouTube.Time;

/// <summary>
/// The emulator's notion of "now": an injected <see cref="TimeProvider"/> plus an offset the admin API can move
/// forward, so a script can jump to the next quota reset or past a token's expiry without waiting.
/// </summary>
/// <remarks>
/// Tests usually pass a <c>FakeTimeProvider</c> and drive it directly; the offset exists for the standalone emulator,
/// where the inner provider is the system clock. Thread-safe: the offset is read and written atomically.
/// </remarks>
public sealed class EmulatorClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Moves "now" to <paramref name="instant"/>. Going backwards is refused: quota days and token expiry assume time only moves on.</summary>
    public bool TrySetNow(DateTimeOffset instant)
    {
        var now = GetUtcNow();
        if (instant < now) return false;
        Interlocked.Add(ref _offsetTicks, (instant - now).Ticks);
        return true;
    }

    public void Advance(TimeSpan span)
    {
        if (span < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(span), "The clock only moves forward.");
        Interlocked.Add(ref _offsetTicks, span.Ticks);
    }
}
