namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>Success answers: JSON with the resource's etag, or 304 when the client already has it (still charged, docs/youtube-facts.md §7).</summary>
public static class ApiResults
{
    public static IResult Ok(ApiRequest request, object body, string etag)
    {
        var ifNoneMatch = request.Http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => Normalize(tag) == etag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        request.Http.Response.Headers.ETag = "\"" + etag + "\"";
        return Results.Json(body, Wire.Json);
    }

    private static string Normalize(string tag)
    {
        tag = tag.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        return tag.Trim('"');
    }
}
