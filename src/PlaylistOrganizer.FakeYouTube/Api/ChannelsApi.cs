using PlaylistOrganizer.FakeYouTube.Errors;
using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>channels.list: the signed-in channel and its related playlists.</summary>
public static class ChannelsApi
{
    private static readonly HashSet<string> Supported = ["id", "snippet", "contentDetails"];

    public static IResult List(ApiRequest request)
    {
        var parts = Parts.Parse(request, Supported, out var error);
        if (parts is null) return error!.ToResult();
        var account = request.Account;
        var mine = request.Query("mine") == "true";
        var ids = request.QueryList("id");
        if (!mine && ids.Count == 0) return GoogleErrors.MissingFilter("categoryId, forHandle, forUsername, id, managedByMe, mine").ToResult();

        List<Channel> items = mine || ids.Contains(account.ChannelId) ? [Build(account, parts)] : [];
        var response = new ListResponse<Channel>("youtube#channelListResponse", "", null, null, new PageInfo(items.Count, Paging.DefaultMaxResults), items);
        var etag = Wire.Etag(response);
        return ApiResults.Ok(request, response with { Etag = etag }, etag);
    }

    private static Channel Build(AccountState account, IReadOnlySet<string> parts)
    {
        var snippet = parts.Contains("snippet")
            ? new ChannelSnippet(account.ChannelTitle, "", Wire.Time(account.ChannelPublishedAt), new Localized(account.ChannelTitle, ""))
            : null;
        // Since Sep 2020 relatedPlaylists carries only likes and uploads: watchLater/watchHistory were removed (docs/youtube-facts.md §3).
        var details = parts.Contains("contentDetails")
            ? new ChannelContentDetails(new RelatedPlaylists(
                account.Playlists.Find(p => p.Kind == PlaylistKind.Likes)?.Id ?? "LL",
                account.Playlists.Find(p => p.Kind == PlaylistKind.Uploads)?.Id ?? UploadsIdFor(account.ChannelId)))
            : null;
        var channel = new Channel("youtube#channel", "", account.ChannelId, snippet, details);
        return channel with { Etag = Wire.Etag(channel) };
    }

    /// <summary>The uploads playlist is the channel id with "UC" replaced by "UU" (docs/youtube-facts.md §4).</summary>
    private static string UploadsIdFor(string channelId) => channelId.StartsWith("UC", StringComparison.Ordinal) ? "UU" + channelId[2..] : "UU" + channelId;

    public sealed record Channel(string Kind, string Etag, string Id, ChannelSnippet? Snippet, ChannelContentDetails? ContentDetails);

    public sealed record ChannelSnippet(string Title, string Description, string PublishedAt, Localized Localized);

    public sealed record ChannelContentDetails(RelatedPlaylists RelatedPlaylists);

    public sealed record RelatedPlaylists(string Likes, string Uploads);
}
