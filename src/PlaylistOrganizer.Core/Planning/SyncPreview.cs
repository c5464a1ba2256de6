using PlaylistOrganizer.Core.Quota;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>One plan as the preview shows it, with the days it needs from today's quota.</summary>
public sealed record PlanOption(SyncPlan Plan, int Days);

/// <summary>What the Sync page and the CLI show before anything is touched: both plans, side by side.</summary>
public sealed record PreviewResult(TargetStructure Target, CurrentState State, PlanOption Plain, PlanOption QuotaSaver, QuotaStatus Quota)
{
    public PlanOption For(PlanKind kind) => kind == PlanKind.QuotaSaver ? QuotaSaver : Plain;
}

/// <summary>Builds the preview: the approved structure against the imported state, both plan kinds, days from the quota.</summary>
public sealed class SyncPreview(ITargetStructureSource targets, ICurrentStateSource states, QuotaLedger ledger)
{
    /// <returns>The preview, or the reason there is none yet (nothing approved, nothing imported, or YouTube changed since the import).</returns>
    public async Task<(PreviewResult? Preview, string? Missing)> BuildAsync(CancellationToken ct)
    {
        var target = await targets.GetApprovedAsync(ct);
        if (target is null) return (null, "Approve a category structure first: the sync works only from an approved version.");
        var state = await states.ReadAsync(ct);
        if (state.OutdatedBecause is { } outdated) return (null, outdated);
        var quota = await ledger.GetStatusAsync(ct);
        PlanOption Option(PlanKind kind)
        {
            var plan = SyncPlanner.Build(target, state, kind);
            return new PlanOption(plan, quota.DaysFor(plan));
        }
        return (new PreviewResult(target, state, Option(PlanKind.Plain), Option(PlanKind.QuotaSaver), quota), null);
    }
}
