using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Safety;

/// <summary>A restore as previewed: the plan with its units and days, and what it starts from.</summary>
public sealed record RestorePreviewResult(long BackupId, TargetStructure Target, CurrentState State, SyncPlan Plan, int Days);

/// <summary>Previews and starts a restore from a stored backup: verified first, then planned against the imported state.</summary>
public sealed class RestorePreview(BackupLibrary backups, ICurrentStateSource states, QuotaLedger ledger, SyncCommands commands)
{
    public async Task<(RestorePreviewResult? Preview, string? Problem)> BuildAsync(long backupId, bool removeCategoryPlaylists, CancellationToken ct)
    {
        var (document, problem) = await backups.ReadVerifiedAsync(backupId, ct);
        if (document is null) return (null, problem);
        var current = await states.ReadAsync(ct);
        if (current.OutdatedBecause is { } outdated) return (null, outdated);
        var (target, state, plan) = RestorePlanner.Build(document, BackupFile.ChecksumOf(document), current, removeCategoryPlaylists);
        var quota = await ledger.GetStatusAsync(ct);
        return (new RestorePreviewResult(backupId, target, state, plan, quota.DaysFor(plan)), null);
    }

    /// <summary>Starts the previewed restore as a sync, re-planning first so a stale preview is refused like any sync's.</summary>
    public async Task<SyncCommandResult> StartAsync(RestorePreviewResult shown, bool removeCategoryPlaylists, CancellationToken ct)
    {
        var (fresh, problem) = await BuildAsync(shown.BackupId, removeCategoryPlaylists, ct);
        return fresh is null
            ? SyncCommandResult.Refused(problem!)
            : await commands.StartAsync(shown.Plan, fresh.Target, fresh.State, ct);
    }
}
