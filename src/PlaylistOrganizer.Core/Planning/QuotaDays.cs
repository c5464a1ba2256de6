using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>What a sync may spend from now: units and playlist creates left today, and each on a fresh Pacific day.</summary>
public sealed record QuotaAllowance(int LeftTodayUnits, int DailyUnits, int CreatesLeftToday, int CreatesPerDay);

/// <summary>
/// Work as the days count it: the playlist creates in the order they go out, each with the number of adds that wait for
/// its playlist; the adds that can go at once (into playlists that exist); and all the units, those included.
/// </summary>
public sealed record QuotaWork(IReadOnlyList<int> AddsWaitingPerCreate, int AddsReady, int TotalUnits)
{
    public static QuotaWork Of(SyncPlan plan)
    {
        var adds = plan.Operations.OfType<PlannedOperation.AddVideo>().ToList();
        var waiting = adds.Where(a => a.Into.ExistingId is null).GroupBy(a => a.Category).ToDictionary(g => g.Key, g => g.Count());
        return new QuotaWork(plan.Operations.OfType<PlannedOperation.CreatePlaylist>().Select(c => waiting.GetValueOrDefault(c.Category)).ToList(),
            adds.Count - waiting.Values.Sum(), plan.TotalUnits);
    }
}

/// <summary>How many Pacific days work takes: what is left today first, then a whole budget a day.</summary>
public static class QuotaDays
{
    /// <returns>1 when the units fit in what is left today (or there are none).</returns>
    public static int Needed(int units, int leftTodayUnits, int dailySyncBudgetUnits)
    {
        if (dailySyncBudgetUnits <= 0) throw new ArgumentOutOfRangeException(nameof(dailySyncBudgetUnits), "The daily sync budget must be positive.");
        var afterToday = units - Math.Max(0, leftTodayUnits);
        return afterToday <= 0 ? 1 : 1 + (int)Math.Ceiling(afterToday / (double)dailySyncBudgetUnits);
    }

    /// <summary>Days a plan takes when YouTube lets a channel create only so many playlists a day: see
    /// <see cref="Needed(QuotaWork, QuotaAllowance)"/>. The preview, the restore preview and the bench use it.</summary>
    public static int Needed(SyncPlan plan, QuotaAllowance allowance) => Needed(QuotaWork.Of(plan), allowance);

    /// <summary>
    /// Days work takes when YouTube lets a channel create only so many playlists a day (docs/youtube-facts.md §1.5),
    /// scheduled as the engine runs it: each day its creates first, up to the day's limit, then adds into the playlists
    /// that exist by then (reused or already created ones from the start); once every playlist exists, all that is left
    /// at a budget a day. The one estimate of days: for a plan, for undoing one, and for what is left of a running sync.
    /// </summary>
    /// <returns>1 when everything fits in what is left today. A day's budget too small for one write gives the days of
    /// its units alone (the sync cannot start; the preview says so by the number).</returns>
    public static int Needed(QuotaWork work, QuotaAllowance allowance)
    {
        var daily = Math.Max(1, allowance.DailyUnits);
        var creates = work.AddsWaitingPerCreate;
        if (creates.Count <= Math.Max(0, allowance.CreatesLeftToday) || daily < QuotaCosts.Write) return Needed(work.TotalUnits, allowance.LeftTodayUnits, daily);

        var addsReady = work.AddsReady;
        long spent = 0;
        var day = 1;
        var room = (long)Math.Max(0, allowance.LeftTodayUnits);
        var createsLeft = Math.Max(0, allowance.CreatesLeftToday);
        var next = 0;
        while (true)
        {
            var created = (int)Math.Min(Math.Min(createsLeft, creates.Count - next), room / QuotaCosts.Write);
            addsReady += creates.Skip(next).Take(created).Sum();
            next += created;
            var added = (int)Math.Min(addsReady, (room - created * QuotaCosts.Write) / QuotaCosts.Write);
            addsReady -= added;
            var today = (long)(created + added) * QuotaCosts.Write;
            spent += today;
            room -= today;
            if (next == creates.Count) break;
            day++;
            room = daily;
            createsLeft = allowance.CreatesPerDay;
        }
        var rest = work.TotalUnits - spent;
        return rest <= room ? day : day + (int)Math.Ceiling((rest - room) / (double)daily);
    }
}
