using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Account;

/// <summary>
/// Decides whether a sign-in may connect the channel it signed in to. Everything the app holds (the imported library,
/// categories built from it, syncs and their journals) belongs to one channel: a sync run against another channel
/// would create, fill and delete playlists there. Brand accounts (one Google sign-in, several channels) and the weekly
/// reconnect of an app in "Testing" make picking the wrong channel easy, so it is refused while anything is held.
/// </summary>
public sealed class ChannelSwitchGuard(IDbContextFactory<OrganizerDbContext> dbFactory)
{
    /// <returns>Null when <paramref name="signedIn"/> may be connected; otherwise why not, naming both channels.</returns>
    public async Task<string?> RefusalAsync(ChannelInfo signedIn, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.AccountStatus.AsNoTracking().SingleOrDefaultAsync(s => s.Id == AccountStatus.SingletonId, ct);
        if (known?.ChannelId is not { } knownId || knownId == signedIn.Id.Value) return null;
        var holdsSync = await db.SyncRuns.AnyAsync(ct);
        var holdsLibrary = holdsSync || await db.Playlists.AnyAsync(ct) || await db.Videos.AnyAsync(ct) || await db.WatchLater.AnyAsync(ct);
        if (!holdsLibrary) return null;

        var held = holdsSync ? "the library and syncs" : "the library";
        var stays = known.IsConnected ? $" The app stays connected to '{known.ChannelTitle}'." : "";
        return $"You signed in to the channel '{signedIn.Title}' ({signedIn.Id}), but this app holds {held} of the channel "
            + $"'{known.ChannelTitle}' ({knownId}), so nothing was changed.{stays} Connect again and pick '{known.ChannelTitle}' "
            + $"on Google's account chooser (a brand account is listed separately), or use a new data folder "
            + $"(App:DataDirectory) to organise '{signedIn.Title}'.";
    }
}
