namespace PlaylistOrganizer.Core.Quota;

/// <summary>Maps instants to quota days and finds the next reset, using the tz database's America/Los_Angeles zone
/// (not a fixed UTC−8: the reset follows daylight saving time).</summary>
/// <remarks>Thread-safe. Midnight always exists in this zone (its DST changes happen at 02:00), so a day's start is
/// never skipped or ambiguous.</remarks>
public sealed class QuotaClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public QuotaDay Today => DayOf(Now);

    public static QuotaDay DayOf(DateTimeOffset instant) =>
        new(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Pacific).DateTime));

    /// <summary>The instant the given quota day starts (midnight Pacific).</summary>
    public static DateTimeOffset StartOf(QuotaDay day)
    {
        var midnight = day.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Pacific.GetUtcOffset(midnight));
    }

    /// <summary>The first reset strictly after <paramref name="instant"/>.</summary>
    public static DateTimeOffset NextResetAfter(DateTimeOffset instant) => StartOf(new QuotaDay(DayOf(instant).Date.AddDays(1)));

    public DateTimeOffset NextReset => NextResetAfter(Now);

    public TimeSpan UntilNextReset => NextReset - Now;
}
