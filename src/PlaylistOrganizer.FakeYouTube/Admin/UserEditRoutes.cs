using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube.Admin;

/// <summary>
/// Changes "as the user", made on YouTube's own site while a sync runs: no token, no quota, no injected faults, but
/// subject to read lag like any write.
/// <list type="table">
/// <item><c>POST /_emulator/accounts/{id}/playlists/{playlistId}/items</c> {videoId, title?}: appends the video; a video
/// unknown to the catalogue is added to it (public) when a title is given.</item>
/// <item><c>DELETE /_emulator/accounts/{id}/playlists/{playlistId}/items?videoId=</c>: removes every item of that video.</item>
/// </list>
/// </summary>
public static class UserEditRoutes
{
    public static void MapUserEdits(this RouteGroupBuilder admin)
    {
        admin.MapPost("/accounts/{accountId}/playlists/{playlistId}/items",
            (string accountId, string playlistId, UserItemAdd add, EmulatorState state, EmulatorClock clock) =>
                EditAsync(state, accountId, playlistId, playlist =>
                {
                    if (string.IsNullOrWhiteSpace(add.VideoId)) return Results.BadRequest(new { error = "videoId is required." });
                    if (!state.Videos.ContainsKey(add.VideoId))
                    {
                        if (string.IsNullOrWhiteSpace(add.Title))
                            return Results.NotFound(new { error = $"Video {add.VideoId} is not in the catalogue; give a title to add it." });
                        state.Videos[add.VideoId] = new VideoSnapshot
                        {
                            Id = add.VideoId, Title = add.Title, ChannelId = "UCuserAddedVideos0000000", ChannelTitle = "Someone",
                            Duration = "PT4M", PublishedAt = clock.GetUtcNow().AddDays(-1), Availability = VideoAvailability.Public,
                        };
                    }
                    var now = clock.GetUtcNow();
                    var item = new PlaylistItemState(state.Ids.NewPlaylistItemId(playlist.Id), add.VideoId, now)
                    {
                        ListedFrom = state.Realism.ListedFrom(now),
                    };
                    playlist.Items.Add(item);
                    return Results.Created((string?)null, new { item.Id, item.VideoId, PlaylistId = playlist.Id });
                }));

        admin.MapDelete("/accounts/{accountId}/playlists/{playlistId}/items",
            (string accountId, string playlistId, string? videoId, EmulatorState state, EmulatorClock clock) =>
                EditAsync(state, accountId, playlistId, playlist =>
                {
                    if (string.IsNullOrWhiteSpace(videoId)) return Results.BadRequest(new { error = "videoId is required." });
                    var now = clock.GetUtcNow();
                    var removed = 0;
                    for (var index = playlist.Items.FindIndex(i => i.VideoId == videoId); index >= 0; index = playlist.Items.FindIndex(i => i.VideoId == videoId))
                    {
                        playlist.RemoveItemAt(index, now, state.Realism.ListedFrom(now));
                        removed++;
                    }
                    return removed == 0
                        ? Results.NotFound(new { error = $"Playlist {playlistId} holds no item of video {videoId}." })
                        : Results.Ok(new { removed });
                }));
    }

    private static async Task<IResult> EditAsync(EmulatorState state, string accountId, string playlistId, Func<PlaylistState, IResult> edit)
    {
        var account = state.Find(accountId);
        if (account is null) return Results.NotFound(new { error = $"No account {accountId}." });
        await account.Gate.WaitAsync();
        try
        {
            var playlist = account.FindPlaylist(playlistId);
            if (playlist is null) return Results.NotFound(new { error = $"Account {accountId} has no playlist {playlistId}." });
            if (playlist.IsSystem) return Results.BadRequest(new { error = $"{playlistId} is a system playlist; the user edits it elsewhere." });
            return edit(playlist);
        }
        finally
        {
            account.Gate.Release();
        }
    }

    public sealed record UserItemAdd(string? VideoId, string? Title);
}
