using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>Pieces every resource shares (shapes from reference/youtube-v3-discovery.trimmed.json).</summary>
public static class Wire
{
    /// <summary>camelCase and no nulls: YouTube leaves out properties it has no value for, and parts not asked for.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>ISO 8601 in UTC with a "Z", as YouTube writes snippet.publishedAt.</summary>
    public static string Time(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A 27-character etag derived from the content, so it changes exactly when the resource or page changes. The
    /// value must be computed with the etag field empty.
    /// </summary>
    public static string Etag(object value)
    {
        var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Json));
        return Convert.ToBase64String(hash, 0, 20).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

}

public sealed record Thumbnail(string Url, int Width, int Height);

public sealed record PageInfo(int TotalResults, int ResultsPerPage);

public sealed record ResourceId(string Kind, string VideoId);

public sealed record Localized(string Title, string Description);

/// <summary>The list envelope every *.list method answers with.</summary>
public sealed record ListResponse<T>(
    string Kind,
    string Etag,
    string? NextPageToken,
    string? PrevPageToken,
    PageInfo PageInfo,
    IReadOnlyList<T> Items);
