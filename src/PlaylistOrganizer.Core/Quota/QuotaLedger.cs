using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>What the ledger says about one quota day.</summary>
/// <param name="UsedUnits">Units charged that day; the whole limit once YouTube declared the day spent.</param>
public sealed record QuotaStatus(
    QuotaDay Day, int UsedUnits, int DailyLimitUnits, int ReserveUnits, bool SpentByYouTube,
    DateTimeOffset NextReset, TimeSpan UntilNextReset)
{
    public int LeftUnits => Math.Max(0, DailyLimitUnits - UsedUnits);

    /// <summary>Units a sync may still spend today without touching the reserve.</summary>
    public int LeftForSyncUnits => Math.Max(0, DailyLimitUnits - ReserveUnits - UsedUnits);
}

/// <summary>
/// The quota ledger: every request to YouTube, charged by its documented cost to the Pacific day it was sent in.
/// </summary>
/// <remarks>Thread-safe: each call uses its own DbContext. Charges are appended, never updated.</remarks>
public sealed class QuotaLedger(IDbContextFactory<OrganizerDbContext> dbFactory, QuotaClock clock, IOptionsMonitor<QuotaOptions> options)
    : IYouTubeCallObserver
{
    public QuotaClock Clock => clock;

    Task IYouTubeCallObserver.OnCallCompletedAsync(YouTubeMethod method, DateTimeOffset sentAt, YouTubeError? error, CancellationToken ct) =>
        ChargeAsync(method, sentAt, error, ct);

    public async Task ChargeAsync(YouTubeMethod method, DateTimeOffset sentAt, YouTubeError? error, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.QuotaCharges.Add(QuotaCharge.For(method, sentAt, error));
        if (error?.Kind == YouTubeErrorKind.QuotaExceeded)
        {
            var day = QuotaClock.DayOf(sentAt);
            if (!await db.SpentQuotaDays.AnyAsync(d => d.Day == day, ct))
            {
                db.SpentQuotaDays.Add(new SpentQuotaDay { Day = day, MarkedAt = sentAt });
            }
        }
        await db.SaveChangesAsync(ct);
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
            day, spent ? Math.Max(used, budget.DailyLimitUnits) : used, budget.DailyLimitUnits, budget.ReserveUnits, spent,
            next, next - now);
    }

    /// <summary>
    /// Whether YouTube refused a playlist creation with a rate limit earlier in the current quota day. Creation has its
    /// own daily limit, and asking again before the reset only spends units and risks the account (facts §1.5).
    /// </summary>
    public async Task<bool> PlaylistCreationRefusedTodayAsync(CancellationToken ct)
    {
        var day = clock.Today;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.QuotaCharges.AnyAsync(c => c.Day == day && c.Method == YouTubeMethod.PlaylistsInsert
            && c.ErrorKind == YouTubeErrorKind.RateLimited, ct);
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
