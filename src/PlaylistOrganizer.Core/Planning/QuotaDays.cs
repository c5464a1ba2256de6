using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>What a sync may spend from now: units and playlist creates left today, and each on a fresh Pacific day.</summary>
public sealed record QuotaAllowance(int LeftTodayUnits, int DailyUnits, int CreatesLeftToday, int CreatesPerDay);

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

    /// <summary>
    /// Days a plan takes when YouTube lets a channel create only so many playlists a day (docs/youtube-facts.md §1.5),
    /// scheduled as the engine runs it: each day its creates first, up to the day's limit, then adds into the playlists
    /// that exist by then (reused ones from the start); once every playlist exists, all that is left at a budget a day.
    /// The one estimate of days for a plan: the preview, the restore preview and the bench use it.
    /// </summary>
    /// <returns>1 when everything fits in what is left today. A day's budget too small for one write gives the days of
    /// its units alone (the sync cannot start; the preview says so by the number).</returns>
    public static int Needed(SyncPlan plan, QuotaAllowance allowance)
    {
        var daily = Math.Max(1, allowance.DailyUnits);
        var creates = plan.Operations.OfType<PlannedOperation.CreatePlaylist>().Select(c => c.Category).ToList();
        if (creates.Count <= Math.Max(0, allowance.CreatesLeftToday) || daily < QuotaCosts.Write) return Needed(plan.TotalUnits, allowance.LeftTodayUnits, daily);

        var adds = plan.Operations.OfType<PlannedOperation.AddVideo>().ToList();
        var addsWaiting = adds.Where(a => a.Into.ExistingId is null).GroupBy(a => a.Category).ToDictionary(g => g.Key, g => g.Count());
        var addsReady = adds.Count - addsWaiting.Values.Sum();
        long spent = 0;
        var day = 1;
        var room = (long)Math.Max(0, allowance.LeftTodayUnits);
        var createsLeft = Math.Max(0, allowance.CreatesLeftToday);
        var next = 0;
        while (true)
        {
            var created = (int)Math.Min(Math.Min(createsLeft, creates.Count - next), room / QuotaCosts.Write);
            foreach (var category in creates.Skip(next).Take(created)) addsReady += addsWaiting.GetValueOrDefault(category);
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
        var rest = plan.TotalUnits - spent;
        return rest <= room ? day : day + (int)Math.Ceiling((rest - room) / (double)daily);
    }
}
