using PlaylistOrganizer.FakeYouTube.Quota;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>
/// The Data API route table, at the real paths under <c>/youtube/v3/</c> (base URI
/// https://youtube.googleapis.com/youtube/v3/ on the real service). Costs are in <see cref="ApiMethod"/>.
/// </summary>
public static class YouTubeRoutes
{
    public static void MapYouTube(this IEndpointRouteBuilder app)
    {
        var v3 = app.MapGroup("/youtube/v3").DisableAntiforgery();

        v3.MapGet("/channels", Run(ApiMethod.ChannelsList, ChannelsApi.List));

        v3.MapGet("/playlists", Run(ApiMethod.PlaylistsList, PlaylistsApi.List));
        v3.MapPost("/playlists", Run(ApiMethod.PlaylistsInsert, PlaylistsApi.Insert));
        v3.MapPut("/playlists", Run(ApiMethod.PlaylistsUpdate, PlaylistsApi.Update));
        v3.MapDelete("/playlists", Run(ApiMethod.PlaylistsDelete, PlaylistsApi.Delete));

        v3.MapGet("/playlistItems", Run(ApiMethod.PlaylistItemsList, PlaylistItemsApi.List));
        v3.MapPost("/playlistItems", Run(ApiMethod.PlaylistItemsInsert, PlaylistItemsApi.Insert));
        v3.MapDelete("/playlistItems", Run(ApiMethod.PlaylistItemsDelete, PlaylistItemsApi.Delete));

        v3.MapGet("/videos", Run(ApiMethod.VideosList, VideosApi.List));
    }

    // Typed as Delegate so minimal APIs write the returned IResult (a RequestDelegate would discard it).
    private static Delegate Run(ApiMethod method, Func<ApiRequest, IResult> handler) =>
        (HttpContext http) => ApiPipeline.RunAsync(http, method, handler);
}
