using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>What the ledger says about one quota day.</summary>
/// <param name="UsedUnits">Units charged that day; the whole limit once YouTube declared the day spent.</param>
/// <param name="SyncBudgetUnits">What a sync may spend a day: <see cref="QuotaOptions.SyncBudgetUnits"/>.</param>
/// <param name="PlaylistCreatesLeftToday">Playlists a sync may still create today (see <see cref="QuotaLedger.PlaylistCreatesLeftTodayAsync"/>).</param>
/// <param name="PlaylistCreatesPerDay">What a sync may create on a fresh day: <see cref="QuotaOptions.PlaylistCreatesPerDay"/>.</param>
public sealed record QuotaStatus(
    QuotaDay Day, int UsedUnits, int DailyLimitUnits, int ReserveUnits, int SyncBudgetUnits, bool SpentByYouTube,
    DateTimeOffset NextReset, TimeSpan UntilNextReset, int PlaylistCreatesLeftToday, int PlaylistCreatesPerDay)
{
    public int LeftUnits => Math.Max(0, DailyLimitUnits - UsedUnits);

    /// <summary>Units a sync may still spend today without touching the reserve.</summary>
    public int LeftForSyncUnits => Math.Max(0, SyncBudgetUnits - UsedUnits);

    /// <summary>Pacific days the plan takes from now, with the daily limit on playlist creation (<see cref="QuotaDays.Needed(QuotaWork, QuotaAllowance)"/>).</summary>
    public int DaysFor(SyncPlan plan) => DaysFor(QuotaWork.Of(plan));

    /// <summary>Pacific days <paramref name="work"/> takes from now (what is left of a running sync, say): the units and
    /// creates left today, then the daily budget (at least one unit, so a budget configured to nothing still gives a
    /// number) and the daily limit on playlist creation.</summary>
    public int DaysFor(QuotaWork work) =>
        QuotaDays.Needed(work, new QuotaAllowance(LeftForSyncUnits, DailyUnits, PlaylistCreatesLeftToday, PlaylistCreatesPerDay));

    /// <summary>Pacific days <paramref name="work"/> would take started on a fresh day (undoing a sync later, say).</summary>
    public int FreshDaysFor(QuotaWork work) =>
        QuotaDays.Needed(work, new QuotaAllowance(DailyUnits, DailyUnits, PlaylistCreatesPerDay, PlaylistCreatesPerDay));

    private int DailyUnits => Math.Max(1, SyncBudgetUnits);
}

/// <summary>A request the ledger charged as it was sent, waiting for its answer.</summary>
public sealed record SentCharge(long Id, IQuotaBooking? Booking);

/// <summary>
/// The quota ledger: every request to YouTube, charged by its documented cost to the Pacific day it was sent in.
/// </summary>
/// <remarks>Thread-safe: each call uses its own DbContext. A charge is written before its request goes out and settled
/// once with the answer (<see cref="QuotaCharge"/>), each time in one transaction with its booking.</remarks>
public sealed class QuotaLedger(IDbContextFactory<OrganizerDbContext> dbFactory, QuotaClock clock, IOptionsMonitor<QuotaOptions> options)
{
    public QuotaClock Clock => clock;

    /// <summary>Charges a request about to be sent at its full cost, booked to the current <see cref="QuotaAttribution"/>.</summary>
    public async Task<SentCharge> ChargeSendingAsync(YouTubeMethod method, CancellationToken ct)
    {
        var booking = QuotaAttribution.Booking;
        var charge = QuotaCharge.Sending(method, clock.Now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.QuotaCharges.Add(charge);
        await db.SaveChangesAsync(ct);
        if (booking is not null) await booking.BookAsync(db, charge.Units, ct);
        await transaction.CommitAsync(ct);
        return new SentCharge(charge.Id, booking);
    }

    /// <summary>Settles a charge with the request's answer (null: success), crediting what a refusal did not cost.</summary>
    public async Task SettleAsync(SentCharge sent, YouTubeError? error, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var charge = await db.QuotaCharges.SingleAsync(c => c.Id == sent.Id, ct);
        var change = charge.Settle(error);
        if (error?.Kind == YouTubeErrorKind.QuotaExceeded && !await db.SpentQuotaDays.AnyAsync(d => d.Day == charge.Day, ct))
        {
            db.SpentQuotaDays.Add(new SpentQuotaDay { Day = charge.Day, MarkedAt = charge.SentAt });
        }
        await db.SaveChangesAsync(ct);
        if (change != 0 && sent.Booking is { } booking) await booking.BookAsync(db, change, ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<QuotaStatus> GetStatusAsync(CancellationToken ct)
    {
        var now = clock.Now;
        var day = QuotaClock.DayOf(now);
        var budget = options.CurrentValue;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var used = await db.QuotaCharges.Where(c => c.Day == day).SumAsync(c => c.Units, ct);
        var spent = await db.SpentQuotaDays.AnyAsync(d => d.Day == day, ct);
        var next = QuotaClock.NextResetAfter(now);
        return new QuotaStatus(
            day, spent ? Math.Max(used, budget.DailyLimitUnits) : used, budget.DailyLimitUnits, budget.ReserveUnits, budget.SyncBudgetUnits, spent,
            next, next - now, await CreatesLeftAsync(db, day, ct), budget.PlaylistCreatesPerDay);
    }

    /// <summary>
    /// Playlists a sync may still create in the current quota day: none once YouTube refused a create today (its limit
    /// may be lower than configured, and asking again before the reset only spends units and risks the account:
    /// docs/youtube-facts.md §1.5), else <see cref="QuotaOptions.PlaylistCreatesPerDay"/> less the creates sent today.
    /// </summary>
    public async Task<int> PlaylistCreatesLeftTodayAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CreatesLeftAsync(db, clock.Today, ct);
    }

    private async Task<int> CreatesLeftAsync(OrganizerDbContext db, QuotaDay day, CancellationToken ct)
    {
        var answers = await db.QuotaCharges.Where(c => c.Day == day && c.Method == YouTubeMethod.PlaylistsInsert).Select(c => c.ErrorKind).ToListAsync(ct);
        if (answers.Contains(YouTubeErrorKind.RateLimited)) return 0;
        // A create counts unless YouTube answered that it made nothing: one unanswered, or whose answer was lost, may have.
        var made = answers.Count(kind => kind is null or YouTubeErrorKind.Transient);
        return Math.Max(0, options.CurrentValue.PlaylistCreatesPerDay - made);
    }

    /// <summary>
    /// When the latest request of one of <paramref name="methods"/> went out to YouTube, by any copy of the app (null: never):
    /// what the pace between writes runs from after a restart, when no answer time is in memory.
    /// </summary>
    public async Task<DateTimeOffset?> LastSentAsync(IReadOnlyCollection<YouTubeMethod> methods, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Ids grow with time, so the newest row comes first on the primary key's index.
        return await db.QuotaCharges.Where(c => methods.Contains(c.Method)).OrderByDescending(c => c.Id)
            .Select(c => (DateTimeOffset?)c.SentAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Whether a sync operation costing <paramref name="units"/> may start now without eating into the reserve.</summary>
    public async Task<bool> CanSpendForSyncAsync(int units, CancellationToken ct) =>
        (await GetStatusAsync(ct)).LeftForSyncUnits >= units;

    /// <summary>Units charged per day for the last <paramref name="days"/> days, newest first (for the dashboard and report).</summary>
    public async Task<IReadOnlyList<(QuotaDay Day, int Units)>> GetHistoryAsync(int days, CancellationToken ct)
    {
        var from = new QuotaDay(clock.Today.Date.AddDays(-days + 1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.QuotaCharges.Where(c => c.Day >= from)
            .GroupBy(c => c.Day).Select(g => new { g.Key, Units = g.Sum(c => c.Units) }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Key).Select(r => (r.Key, r.Units)).ToList();
    }
}
