using PlaylistOrganizer.Core.Quota;

namespace PlaylistOrganizer.Core.Tests.Quota;

public class QuotaClockTests
{
    [Theory]
    // Standard time: midnight Pacific is 08:00 UTC.
    [InlineData("2026-01-15T07:59:59Z", "2026-01-14")]
    [InlineData("2026-01-15T08:00:00Z", "2026-01-15")]
    // Daylight time: midnight Pacific is 07:00 UTC.
    [InlineData("2026-07-15T06:59:59Z", "2026-07-14")]
    [InlineData("2026-07-15T07:00:00Z", "2026-07-15")]
    public void An_instant_belongs_to_the_Pacific_calendar_day(string instant, string day) =>
        Assert.Equal(DateOnly.Parse(day), QuotaClock.DayOf(DateTimeOffset.Parse(instant)).Date);

    [Fact]
    public void The_spring_forward_day_is_23_hours_long()
    {
        // 2026-03-08: clocks jump from 02:00 PST to 03:00 PDT.
        var start = QuotaClock.StartOf(new QuotaDay(new DateOnly(2026, 3, 8)));
        var next = QuotaClock.NextResetAfter(start);
        Assert.Equal(DateTimeOffset.Parse("2026-03-08T08:00:00Z"), start);
        Assert.Equal(DateTimeOffset.Parse("2026-03-09T07:00:00Z"), next);
        Assert.Equal(TimeSpan.FromHours(23), next - start);
    }

    [Fact]
    public void The_fall_back_day_is_25_hours_long()
    {
        // 2026-11-01: clocks fall back from 02:00 PDT to 01:00 PST.
        var start = QuotaClock.StartOf(new QuotaDay(new DateOnly(2026, 11, 1)));
        var next = QuotaClock.NextResetAfter(start);
        Assert.Equal(DateTimeOffset.Parse("2026-11-01T07:00:00Z"), start);
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T08:00:00Z"), next);
        Assert.Equal(TimeSpan.FromHours(25), next - start);
    }

    [Fact]
    public void The_next_reset_is_strictly_after_an_instant_on_the_reset()
    {
        var reset = DateTimeOffset.Parse("2026-01-15T08:00:00Z");
        Assert.Equal(DateTimeOffset.Parse("2026-01-16T08:00:00Z"), QuotaClock.NextResetAfter(reset));
        Assert.Equal(reset, QuotaClock.NextResetAfter(reset.AddTicks(-1)));
    }
}
