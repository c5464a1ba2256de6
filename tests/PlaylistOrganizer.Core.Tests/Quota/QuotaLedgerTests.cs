using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Quota;

public sealed class QuotaLedgerTests : IDisposable
{
    private readonly TestDatabase database = new();
    // 2026-01-15 23:00 Pacific (standard time): one hour before a reset.
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-01-16T07:00:00Z"));
    private readonly QuotaLedger ledger;

    public QuotaLedgerTests()
    {
        var options = new QuotaOptions { DailyLimitUnits = 1_000, ReserveUnits = 100, PlaylistCreatesPerDay = 3 };
        ledger = new QuotaLedger(database, new QuotaClock(time), new StaticOptions<QuotaOptions>(options));
    }

    public void Dispose() => database.Dispose();

    private async Task Charge(YouTubeMethod method, YouTubeError? error = null) =>
        await ledger.SettleAsync(await ledger.ChargeSendingAsync(method, CancellationToken.None), error, CancellationToken.None);

    [Fact]
    public async Task Every_call_is_charged_its_documented_cost_failures_included()
    {
        await Charge(YouTubeMethod.PlaylistItemsInsert);
        await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.Transient, 503, "backendError", "down"));
        await Charge(YouTubeMethod.PlaylistItemsList);

        var status = await ledger.GetStatusAsync(CancellationToken.None);
        Assert.Equal(101, status.UsedUnits);
        Assert.Equal(899, status.LeftUnits);
        Assert.Equal(799, status.LeftForSyncUnits);
    }

    [Fact]
    public async Task Refused_requests_cost_nothing()
    {
        await Charge(YouTubeMethod.PlaylistsInsert, new YouTubeError(YouTubeErrorKind.AuthRevoked, 401, "authError", "Invalid Credentials"));
        Assert.Equal(0, (await ledger.GetStatusAsync(CancellationToken.None)).UsedUnits);
    }

    [Fact]
    public async Task A_request_is_charged_before_it_is_sent_so_one_whose_answer_never_came_keeps_its_full_cost()
    {
        await ledger.ChargeSendingAsync(YouTubeMethod.PlaylistItemsInsert, CancellationToken.None); // the app stopped here

        Assert.Equal(50, (await ledger.GetStatusAsync(CancellationToken.None)).UsedUnits);
        await using var db = database.CreateDbContext();
        Assert.True(Assert.Single(db.QuotaCharges).AwaitingAnswer);
    }

    [Fact]
    public async Task A_request_that_never_reached_YouTube_costs_nothing()
    {
        await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.Unreachable, null, "unreachable", "refused"));
        Assert.Equal(0, (await ledger.GetStatusAsync(CancellationToken.None)).UsedUnits);
    }

    [Fact]
    public async Task Charges_are_booked_to_the_attributed_work_and_refusals_credited_back()
    {
        var booking = new RecordingBooking();
        using (QuotaAttribution.To(booking))
        {
            await Charge(YouTubeMethod.PlaylistItemsInsert);
            await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.QuotaExceeded, 403, "quotaExceeded", "spent"));
        }
        await Charge(YouTubeMethod.PlaylistsList); // outside the scope: nobody's

        Assert.Equal([50, 50, -50], booking.Units);
        Assert.Equal(booking.Units.Sum() + 1, await UnitsChargedAsync());
    }

    [Fact]
    public async Task A_booking_that_fails_leaves_no_charge_behind()
    {
        using (QuotaAttribution.To(new FailingBooking()))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.ChargeSendingAsync(YouTubeMethod.PlaylistItemsInsert, CancellationToken.None));
        }
        Assert.Equal(0, await UnitsChargedAsync());
    }

    private async Task<int> UnitsChargedAsync()
    {
        await using var db = database.CreateDbContext();
        return db.QuotaCharges.Sum(c => c.Units);
    }

    private sealed class RecordingBooking : IQuotaBooking
    {
        public List<int> Units { get; } = [];
        public Task BookAsync(OrganizerDbContext db, int units, CancellationToken ct)
        {
            Units.Add(units);
            return Task.CompletedTask;
        }
    }

    private sealed class FailingBooking : IQuotaBooking
    {
        public Task BookAsync(OrganizerDbContext db, int units, CancellationToken ct) => throw new InvalidOperationException("booking failed");
    }

    [Fact]
    public async Task Charges_fall_on_the_Pacific_day_they_were_sent_in()
    {
        await Charge(YouTubeMethod.PlaylistsInsert);
        var before = await ledger.GetStatusAsync(CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 1, 15), before.Day.Date);
        Assert.Equal(TimeSpan.FromHours(1), before.UntilNextReset);

        time.Advance(TimeSpan.FromHours(1));
        var after = await ledger.GetStatusAsync(CancellationToken.None);
        Assert.Equal(new DateOnly(2026, 1, 16), after.Day.Date);
        Assert.Equal(0, after.UsedUnits);
        Assert.Equal(TimeSpan.FromHours(24), after.UntilNextReset);
    }

    [Fact]
    public async Task Quota_exceeded_from_YouTube_marks_the_day_spent_whatever_the_ledger_counted()
    {
        await Charge(YouTubeMethod.PlaylistItemsInsert);
        await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.QuotaExceeded, 403, "quotaExceeded", "spent"));

        var status = await ledger.GetStatusAsync(CancellationToken.None);
        Assert.True(status.SpentByYouTube);
        Assert.Equal(0, status.LeftUnits);
        Assert.False(await ledger.CanSpendForSyncAsync(50, CancellationToken.None));

        time.Advance(TimeSpan.FromHours(1));
        Assert.True(await ledger.CanSpendForSyncAsync(50, CancellationToken.None));
    }

    [Fact]
    public async Task A_sync_may_not_eat_into_the_reserve()
    {
        for (var i = 0; i < 17; i++) await Charge(YouTubeMethod.PlaylistItemsInsert); // 850 units
        Assert.True(await ledger.CanSpendForSyncAsync(50, CancellationToken.None));   // 900 = limit - reserve
        await Charge(YouTubeMethod.PlaylistItemsInsert);
        Assert.False(await ledger.CanSpendForSyncAsync(50, CancellationToken.None));
        Assert.True(await ledger.CanSpendForSyncAsync(0, CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_playlist_creation_stops_creates_for_the_rest_of_the_pacific_day_only()
    {
        await Charge(YouTubeMethod.PlaylistsInsert, new YouTubeError(YouTubeErrorKind.RateLimited, 400, "badRequest", "You are creating too many playlists"));
        await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.RateLimited, 429, "rateLimitExceeded", "slow down"));
        Assert.Equal(0, await ledger.PlaylistCreatesLeftTodayAsync(CancellationToken.None));
        Assert.Equal(0, (await ledger.GetStatusAsync(CancellationToken.None)).PlaylistCreatesLeftToday);

        time.Advance(TimeSpan.FromHours(1)); // midnight Pacific

        Assert.Equal(3, await ledger.PlaylistCreatesLeftTodayAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Creates_sent_today_count_against_the_daily_limit_unless_youtube_answered_that_none_was_made()
    {
        await Charge(YouTubeMethod.PlaylistsInsert);
        await Charge(YouTubeMethod.PlaylistsInsert, new YouTubeError(YouTubeErrorKind.Transient, 503, "backendError", "down")); // may have landed
        await Charge(YouTubeMethod.PlaylistsInsert, new YouTubeError(YouTubeErrorKind.Invalid, 400, "invalidTitle", "bad title"));
        await Charge(YouTubeMethod.PlaylistItemsInsert, new YouTubeError(YouTubeErrorKind.RateLimited, 429, "rateLimitExceeded", "slow down"));
        Assert.Equal(1, await ledger.PlaylistCreatesLeftTodayAsync(CancellationToken.None));

        await Charge(YouTubeMethod.PlaylistsInsert);

        Assert.Equal(0, await ledger.PlaylistCreatesLeftTodayAsync(CancellationToken.None));
    }
}
