using PlaylistOrganizer.FakeYouTube.Errors;

namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>The required <c>part</c> parameter: which top-level properties a response carries (id is always there).</summary>
public static class Parts
{
    public static IReadOnlySet<string>? Parse(ApiRequest request, IReadOnlySet<string> supported, out GoogleError? error)
    {
        error = null;
        var parts = request.QueryList("part");
        if (parts.Count == 0)
        {
            error = GoogleErrors.Required("part");
            return null;
        }
        foreach (var part in parts)
        {
            if (!supported.Contains(part))
            {
                error = GoogleErrors.UnknownPart(part);
                return null;
            }
        }
        return parts.ToHashSet(StringComparer.Ordinal);
    }
}
