namespace PlaylistOrganizer.Bench;

/// <summary>
/// Real time plus an offset that only grows: timers and delays run in real time (no fake clock to pump), while the
/// sync workload jumps the date past each Pacific quota reset. Shared by the app and the emulator.
/// </summary>
internal sealed class BenchClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
