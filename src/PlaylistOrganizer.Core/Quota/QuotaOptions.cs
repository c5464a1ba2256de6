using System.ComponentModel.DataAnnotations;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>The quota budget (configuration section "Quota").</summary>
public sealed class QuotaOptions
{
    public const string Section = "Quota";

    /// <summary>Units YouTube grants per Pacific day. Default 10,000, the standard allocation.</summary>
    [Range(1, 100_000_000)]
    public int DailyLimitUnits { get; set; } = 10_000;

    /// <summary>Units the sync never spends, kept for browsing, imports and reconciliation reads. Default 1,000.</summary>
    [Range(0, 100_000_000)]
    public int ReserveUnits { get; set; } = 1_000;

    /// <summary>
    /// New playlists YouTube lets a channel create per day: about 10, as users report it (the Data API documents no
    /// figure). Default 10. In demo mode it is also what the demo YouTube allows.
    /// </summary>
    [Range(1, 1_000)]
    public int PlaylistCreatesPerDay { get; set; } = 10;

    /// <summary>Units a sync may spend per day: the limit minus the reserve.</summary>
    public int SyncBudgetUnits => Math.Max(0, DailyLimitUnits - ReserveUnits);
}
