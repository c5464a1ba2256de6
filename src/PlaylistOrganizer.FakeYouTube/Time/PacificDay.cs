namespace PlaylistOrganizer.FakeYouTube.Time;

/// <summary>
/// The YouTube quota day: it starts at midnight America/Los_Angeles (PT follows daylight saving time, so a fixed
/// UTC-8 would be wrong for half the year). See docs/youtube-facts.md §1.1.
/// </summary>
/// <remarks>
/// Uses the tz database through <see cref="TimeZoneInfo"/> (Debian's tzdata). Midnight is never skipped or repeated in
/// Los Angeles (the clocks change at 02:00), so the start of a day is always one unambiguous instant; a day is
/// 23 hours long in March and 25 hours in November.
/// </remarks>
public static class PacificDay
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateTimeOffset StartOf(DateOnly day)
    {
        var localMidnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(localMidnight, Zone.GetUtcOffset(localMidnight)).ToUniversalTime();
    }

    public static DateTimeOffset NextResetAfter(DateTimeOffset instant) => StartOf(Of(instant).AddDays(1));
}
