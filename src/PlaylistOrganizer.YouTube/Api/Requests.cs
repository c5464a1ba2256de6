using Google.Apis.Discovery;
using Google.Apis.Requests;
using Google.Apis.Util;

namespace PlaylistOrganizer.YouTube.Api;

// Typed requests for the nine Data API methods the app uses (reference/youtube-v3-discovery.trimmed.json). Each asks
// only for the parts the app reads. Parameters are registered in InitParameters, as the generated client does, so that
// Google.Apis puts them on the query string.

/// <summary>Common plumbing: no automatic ETag headers (If-Match on an update would turn a stale copy into a 412 the
/// engine did not ask for), and a helper to register query parameters.</summary>
internal abstract class YouTubeRequest<TResponse> : ClientServiceRequest<TResponse>
{
    protected YouTubeRequest(YouTubeApiService service) : base(service)
    {
        ETagAction = Google.Apis.ETagAction.Ignore;
        // As the generated client does: Google.Apis reads the registrations when it builds the URL. The overrides only
        // register names, so calling them from here does not touch uninitialised state.
        InitParameters();
    }

    protected void AddQuery(string name, bool required = false) =>
        RequestParameters.Add(name, new Parameter { Name = name, IsRequired = required, ParameterType = "query" });
}

/// <summary>channels.list?part=snippet&amp;mine=true (1 unit).</summary>
internal sealed class ChannelsListRequest(YouTubeApiService service) : YouTubeRequest<ChannelListResponseWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet";
    [RequestParameter("mine", RequestParameterType.Query)] public bool Mine { get; } = true;

    public override string MethodName => "list";
    public override string HttpMethod => "GET";
    public override string RestPath => "channels";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
        AddQuery("mine");
    }
}

/// <summary>playlists.list, either <c>mine=true</c> (paged) or <c>id=…</c> (up to 50 ids) (1 unit).</summary>
internal sealed class PlaylistsListRequest(YouTubeApiService service) : YouTubeRequest<PlaylistListResponseWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet,status,contentDetails";
    [RequestParameter("mine", RequestParameterType.Query)] public bool? Mine { get; init; }
    [RequestParameter("id", RequestParameterType.Query)] public string? Id { get; init; }

    /// <summary>Always 50: the default is 5, which would cost ten times the units to read a library
    /// (docs/youtube-facts.md §4), and would truncate an id lookup of more than five playlists.</summary>
    [RequestParameter("maxResults", RequestParameterType.Query)] public int MaxResults { get; } = 50;
    [RequestParameter("pageToken", RequestParameterType.Query)] public string? PageToken { get; init; }

    public override string MethodName => "list";
    public override string HttpMethod => "GET";
    public override string RestPath => "playlists";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
        AddQuery("mine");
        AddQuery("id");
        AddQuery("maxResults");
        AddQuery("pageToken");
    }
}

/// <summary>playlists.insert?part=snippet,status (50 units).</summary>
internal sealed class PlaylistsInsertRequest(YouTubeApiService service, PlaylistWire body) : YouTubeRequest<PlaylistWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet,status";

    public override string MethodName => "insert";
    public override string HttpMethod => "POST";
    public override string RestPath => "playlists";
    protected override object GetBody() => body;

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
    }
}

/// <summary>playlists.update?part=snippet,status (50 units). Replaces both parts: anything left out is erased.</summary>
internal sealed class PlaylistsUpdateRequest(YouTubeApiService service, PlaylistWire body) : YouTubeRequest<PlaylistWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet,status";

    public override string MethodName => "update";
    public override string HttpMethod => "PUT";
    public override string RestPath => "playlists";
    protected override object GetBody() => body;

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
    }
}

/// <summary>playlists.delete?id=… (50 units). Success is 204 with no body.</summary>
internal sealed class PlaylistsDeleteRequest(YouTubeApiService service, string id) : YouTubeRequest<string>(service)
{
    [RequestParameter("id", RequestParameterType.Query)] public string Id { get; } = id;

    public override string MethodName => "delete";
    public override string HttpMethod => "DELETE";
    public override string RestPath => "playlists";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("id", required: true);
    }
}

/// <summary>playlistItems.list?part=snippet&amp;playlistId=…[&amp;videoId=…]&amp;maxResults=50 (1 unit).</summary>
internal sealed class PlaylistItemsListRequest(YouTubeApiService service, string playlistId)
    : YouTubeRequest<PlaylistItemListResponseWire>(service)
{
    // snippet carries everything the app reads: playlistId, position, publishedAt, title and resourceId.videoId.
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet";
    [RequestParameter("playlistId", RequestParameterType.Query)] public string PlaylistId { get; } = playlistId;
    [RequestParameter("videoId", RequestParameterType.Query)] public string? VideoId { get; init; }
    [RequestParameter("maxResults", RequestParameterType.Query)] public int MaxResults { get; } = 50;
    [RequestParameter("pageToken", RequestParameterType.Query)] public string? PageToken { get; init; }

    public override string MethodName => "list";
    public override string HttpMethod => "GET";
    public override string RestPath => "playlistItems";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
        AddQuery("playlistId", required: true);
        AddQuery("videoId");
        AddQuery("maxResults");
        AddQuery("pageToken");
    }
}

/// <summary>playlistItems.insert?part=snippet (50 units). The body never carries a position: the item is appended.</summary>
internal sealed class PlaylistItemsInsertRequest(YouTubeApiService service, PlaylistItemWire body)
    : YouTubeRequest<PlaylistItemWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet";

    public override string MethodName => "insert";
    public override string HttpMethod => "POST";
    public override string RestPath => "playlistItems";
    protected override object GetBody() => body;

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
    }
}

/// <summary>playlistItems.delete?id=… by playlist-item id (50 units). Success is 204 with no body.</summary>
internal sealed class PlaylistItemsDeleteRequest(YouTubeApiService service, string id) : YouTubeRequest<string>(service)
{
    [RequestParameter("id", RequestParameterType.Query)] public string Id { get; } = id;

    public override string MethodName => "delete";
    public override string HttpMethod => "DELETE";
    public override string RestPath => "playlistItems";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("id", required: true);
    }
}

/// <summary>videos.list?part=snippet,contentDetails,status&amp;id=… for up to 50 ids (1 unit). No maxResults: the API
/// does not support it together with id. The snippet includes description, tags and categoryId at no extra cost.</summary>
internal sealed class VideosListRequest(YouTubeApiService service, string ids) : YouTubeRequest<VideoListResponseWire>(service)
{
    [RequestParameter("part", RequestParameterType.Query)] public string Part { get; } = "snippet,contentDetails,status";
    [RequestParameter("id", RequestParameterType.Query)] public string Id { get; } = ids;

    public override string MethodName => "list";
    public override string HttpMethod => "GET";
    public override string RestPath => "videos";

    protected override void InitParameters()
    {
        base.InitParameters();
        AddQuery("part", required: true);
        AddQuery("id", required: true);
    }
}
