using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>What reading YouTube back said about an operation whose outcome was unknown.</summary>
public sealed record ReconcileResult(bool Applied, string? ResultId, YouTubeError? Error);

/// <summary>
/// Decides, by reading YouTube, whether a write whose answer was lost was applied. This is what makes a retry safe:
/// YouTube accepts duplicate items and playlists with equal titles, so resending blindly would duplicate them
/// (reference/youtube-api-facts.md §2.4).
/// </summary>
public sealed class Reconciler(IYouTubeGateway youTube, SyncJournal journal)
{
    public async Task<ReconcileResult> CheckAsync(SyncOperation op, string playlistId, CancellationToken ct)
    {
        switch (op.Kind)
        {
            case OperationKind.AddVideo:
            {
                var found = await youTube.FindPlaylistItemsAsync(new PlaylistId(playlistId), new VideoId(op.VideoId!), ct);
                // The video was not in the playlist when planned, so any item of it now is ours.
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.Count > 0, found.Value.FirstOrDefault()?.Id.Value, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case OperationKind.RemoveItem:
            {
                var found = await youTube.FindPlaylistItemsAsync(new PlaylistId(playlistId), new VideoId(op.VideoId!), ct);
                if (found.Error?.Kind == YouTubeErrorKind.PlaylistNotFound) return new ReconcileResult(true, null, null);
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.All(i => i.Id.Value != op.ItemId), null, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case OperationKind.DeletePlaylist:
            {
                var found = await youTube.GetPlaylistsAsync([new PlaylistId(playlistId)], ct);
                return found.IsSuccess
                    ? new ReconcileResult(found.Value.Count == 0, null, null)
                    : new ReconcileResult(false, null, found.Error);
            }
            case OperationKind.CreatePlaylist:
                return await FindCreatedPlaylistAsync(op, ct);
            case OperationKind.UpdatePlaylist:
            {
                // Sending an update again would be harmless, but whether it landed decides what the report (and a
                // "skip unless applied" decision) says: it landed if YouTube shows the category's title and settings.
                var found = await youTube.GetPlaylistsAsync([new PlaylistId(playlistId)], ct);
                if (!found.IsSuccess) return new ReconcileResult(false, null, found.Error);
                var wanted = await journal.DraftForAsync(op, ct);
                var now = found.Value.SingleOrDefault();
                return new ReconcileResult(now is not null && new PlaylistDraft(now.Title, now.Description, now.PrivacyStatus) == wanted, null, null);
            }
            default:
                throw new InvalidOperationException($"{op.Kind} is not sent to YouTube.");
        }
    }

    /// <summary>
    /// A playlist with the category's exact title that was not on the account at import time and that no other
    /// category of any sync claimed, is the one our lost request created.
    /// </summary>
    private async Task<ReconcileResult> FindCreatedPlaylistAsync(SyncOperation op, CancellationToken ct)
    {
        // The category already has its playlist recorded (versions before the journal recorded it in the same commit as
        // the row could stop in between): that playlist is the one. Reading YouTube would skip it as claimed and send
        // the create again.
        if (await journal.CategoryPlaylistAsync(op.RunId, op.CategoryKey!, ct) is { } recorded) return new ReconcileResult(true, recorded.PlaylistId, null);
        var notOurs = await journal.PlaylistsNotCreatedByALostRequestAsync(ct);
        string? pageToken = null;
        do
        {
            var page = await youTube.ListMyPlaylistsAsync(pageToken, ct);
            if (!page.IsSuccess) return new ReconcileResult(false, null, page.Error);
            var ours = page.Value.Items.FirstOrDefault(p => p.Title == op.Title && !notOurs.Contains(p.Id.Value));
            if (ours is not null) return new ReconcileResult(true, ours.Id.Value, null);
            pageToken = page.Value.NextPageToken;
        }
        while (pageToken is not null);
        return new ReconcileResult(false, null, null);
    }
}
