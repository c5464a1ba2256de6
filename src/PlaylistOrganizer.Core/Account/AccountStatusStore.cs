using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.ActivityLog;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Account;

/// <summary>Reads and changes the account status row, and watches every YouTube call for refused credentials so the
/// app shows "Reconnect your YouTube account" instead of failing silently.</summary>
public sealed class AccountStatusStore(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time) : IYouTubeCallObserver
{
    public async Task<AccountStatus> GetAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AccountStatus.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AccountStatus.SingletonId, ct) ?? new AccountStatus();
    }

    public Task MarkConnectedAsync(ChannelInfo channel, CancellationToken ct) =>
        UpdateAsync(s => s.Connected(channel.Id.Value, channel.Title, time.GetUtcNow()), $"Connected YouTube channel '{channel.Title}' ({channel.Id})", ct);

    public Task MarkDisconnectedAsync(CancellationToken ct) => UpdateAsync(s => s.Disconnected(), "Disconnected the YouTube account", ct);

    public Task MarkCredentialsRefusedAsync(string reason, CancellationToken ct) =>
        UpdateAsync(s => s.CredentialsRefused(reason, time.GetUtcNow()), null, ct);

    async Task IYouTubeCallObserver.OnCallCompletedAsync(YouTubeMethod method, YouTubeError? error, CancellationToken ct)
    {
        if (error is { NeedsReconnect: true })
        {
            await MarkCredentialsRefusedAsync(error.Kind == YouTubeErrorKind.InsufficientScope
                ? "The connection does not allow changing playlists. Reconnect and allow YouTube access."
                : "YouTube no longer accepts this app's sign-in (revoked or expired). Reconnect your YouTube account.", ct);
        }
    }

    /// <param name="activity">What to write in the activity log, or null for changes the app noticed rather than the user made.</param>
    private async Task UpdateAsync(Action<AccountStatus> change, string? activity, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var status = await db.AccountStatus.FindAsync([AccountStatus.SingletonId], ct);
        if (status is null)
        {
            status = new AccountStatus();
            db.AccountStatus.Add(status);
        }
        change(status);
        if (activity is not null) ActivityEntry.Record(db, time.GetUtcNow(), ActivityArea.Account, "you", activity);
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class AccountStatusConfiguration : IEntityTypeConfiguration<AccountStatus>
{
    public void Configure(EntityTypeBuilder<AccountStatus> e)
    {
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.ChannelId).HasMaxLength(64);
        e.Property(s => s.ChannelTitle).HasMaxLength(300);
        e.Property(s => s.NeedsReconnectReason).HasMaxLength(500);
    }
}
