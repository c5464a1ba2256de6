namespace PlaylistOrganizer.Core.Planning;

/// <summary>How many Pacific days a number of units takes: what is left today first, then a whole budget a day.</summary>
public static class QuotaDays
{
    /// <returns>1 when the units fit in what is left today (or there are none).</returns>
    public static int Needed(int units, int leftTodayUnits, int dailySyncBudgetUnits)
    {
        if (dailySyncBudgetUnits <= 0) throw new ArgumentOutOfRangeException(nameof(dailySyncBudgetUnits), "The daily sync budget must be positive.");
        var afterToday = units - Math.Max(0, leftTodayUnits);
        return afterToday <= 0 ? 1 : 1 + (int)Math.Ceiling(afterToday / (double)dailySyncBudgetUnits);
    }
}
