using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>What reading YouTube back said about an operation whose outcome was unknown.</summary>
public sealed record ReconcileResult(bool Applied, string? ResultId, YouTubeError? Error);

/// <summary>
/// Decides, by reading YouTube, whether a write whose answer was lost was applied. This is what makes a retry safe:
/// YouTube accepts duplicate items and playlists with equal titles, so resending blindly would duplicate them
/// (docs/youtube-facts.md §2.4).
/// </summary>
public sealed class Reconciler(IYouTubeGateway youTube, SyncJournal journal)
{
    /// <param name="into">For an add: the playlist it went into.</param>
    public async Task<ReconcileResult> CheckAsync(SyncOperation op, PlaylistId? into, CancellationToken ct)
    {
        switch (op.Planned)
        {
            case PlannedOperation.AddVideo add:
            {
                var found = await youTube.FindPlaylistItemsAsync(into!.Value, add.Video, ct);
                // The video was not in the playlist when planned, so any item of it now is ours.
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.Count > 0, found.Value.FirstOrDefault()?.Id.Value, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case PlannedOperation.RemoveItem remove:
            {
                var found = await youTube.FindPlaylistItemsAsync(remove.Playlist, remove.Video, ct);
                if (found.Error?.Kind == YouTubeErrorKind.PlaylistNotFound) return new ReconcileResult(true, null, null);
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.All(i => i.Id != remove.Item), null, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case PlannedOperation.DeletePlaylist delete:
            {
                var found = await youTube.GetPlaylistsAsync([delete.Playlist], ct);
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.Count == 0, null, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case PlannedOperation.CreatePlaylist create:
                return await FindCreatedPlaylistAsync(op.RunId, create, ct);
            case PlannedOperation.UpdatePlaylist update:
            {
                // Sending an update again would be harmless, but whether it landed decides what the report (and a
                // "skip unless applied" decision) says: it landed if YouTube shows the category's title and settings.
                var found = await youTube.GetPlaylistsAsync([update.Playlist], ct);
                if (!found.IsSuccess) return new ReconcileResult(false, null, found.Error);
                var wanted = await journal.DraftForAsync(op, ct);
                var now = found.Value.SingleOrDefault();
                return new ReconcileResult(now is not null && now.Title == wanted.Title && now.Description == wanted.Description
                    && PrivacyNames.Parse(now.PrivacyStatus) == wanted.Privacy, null, null);
            }
            default:
                throw new InvalidOperationException($"{op.Kind} is not sent to YouTube.");
        }
    }

    /// <summary>
    /// A playlist with the category's exact title that was not on the account at import time and that no other
    /// category of any sync claimed, is the one our lost request created.
    /// </summary>
    private async Task<ReconcileResult> FindCreatedPlaylistAsync(long runId, PlannedOperation.CreatePlaylist create, CancellationToken ct)
    {
        // The category already has its playlist recorded (versions before the journal recorded it in the same commit as
        // the row could stop in between): that playlist is the one. Reading YouTube would skip it as claimed and send
        // the create again.
        if (await journal.CategoryPlaylistAsync(runId, create.Category, ct) is { } recorded) return new ReconcileResult(true, recorded.PlaylistId.Value, null);
        var notOurs = await journal.PlaylistsNotCreatedByALostRequestAsync(ct);
        string? pageToken = null;
        do
        {
            var page = await youTube.ListMyPlaylistsAsync(pageToken, ct);
            if (!page.IsSuccess) return new ReconcileResult(false, null, page.Error);
            var ours = page.Value.Items.FirstOrDefault(p => p.Title == create.Title && !notOurs.Contains(p.Id));
            if (ours is not null) return new ReconcileResult(true, ours.Id.Value, null);
            pageToken = page.Value.NextPageToken;
        }
        while (pageToken is not null);
        return new ReconcileResult(false, null, null);
    }
}
