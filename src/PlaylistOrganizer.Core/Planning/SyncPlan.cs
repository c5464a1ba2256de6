namespace PlaylistOrganizer.Core.Planning;

public enum PlanKind
{
    /// <summary>Create a playlist per category, add every video, delete every original. The default.</summary>
    Plain,
    /// <summary>Reuse original playlists where that costs less, chosen by an optimal assignment.</summary>
    QuotaSaver,
    /// <summary>Put back the playlists of a backup (and optionally remove the category playlists a sync made).</summary>
    Restore,
}

/// <summary>A video that will be in no playlist once the originals are deleted (it is in no category).</summary>
public sealed record HomelessVideo(string VideoId, IReadOnlyList<string> FromPlaylistTitles);

/// <summary>
/// The exact list of operations a sync will run, with their costs. A plan is a value: built from one approved version
/// and one imported state, and refused as stale if either changed since.
/// </summary>
/// <param name="Reuse">Category key → the original playlist it reuses (quota-saver plans only).</param>
/// <param name="EstimatedReadUnits">Reads the engine makes around the writes: preflight checks and the verify read-back.</param>
public sealed record SyncPlan(
    PlanKind Kind, string VersionHash, string StateFingerprint, IReadOnlyList<PlannedOperation> Operations,
    IReadOnlyDictionary<CategoryKey, YouTube.PlaylistId> Reuse, IReadOnlyList<HomelessVideo> HomelessVideos, int EstimatedReadUnits)
{
    public int WriteOperations => Operations.Count(o => o.IsApiWrite);
    public int WriteUnits => Operations.Sum(o => o.CostUnits);
    public int TotalUnits => WriteUnits + EstimatedReadUnits;

    public int Count(OperationKind kind) => Operations.Count(o => o.Kind == kind);

    public bool IsStaleFor(string versionHash, string stateFingerprint) =>
        VersionHash != versionHash || StateFingerprint != stateFingerprint;

    /// <summary>
    /// Pacific days the sync needs: today's remaining sync budget first, then <paramref name="dailySyncBudgetUnits"/> a day.
    /// A plan that fits in what is left today takes 1 day.
    /// </summary>
    public int EstimatedDays(int leftTodayUnits, int dailySyncBudgetUnits) => QuotaDays.Needed(TotalUnits, leftTodayUnits, dailySyncBudgetUnits);
}
