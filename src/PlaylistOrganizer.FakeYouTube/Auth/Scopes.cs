namespace PlaylistOrganizer.FakeYouTube.Auth;

/// <summary>YouTube OAuth scopes (docs/youtube-facts.md §6): readonly allows lists only; youtube, force-ssl and youtubepartner allow writes.</summary>
public static class Scopes
{
    public const string YouTube = "https://www.googleapis.com/auth/youtube";
    public const string ForceSsl = "https://www.googleapis.com/auth/youtube.force-ssl";
    public const string Partner = "https://www.googleapis.com/auth/youtubepartner";
    public const string ReadOnly = "https://www.googleapis.com/auth/youtube.readonly";

    public static IReadOnlySet<string> Parse(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static bool AllowsRead(IReadOnlySet<string> scopes) => AllowsWrite(scopes) || scopes.Contains(ReadOnly);

    public static bool AllowsWrite(IReadOnlySet<string> scopes) =>
        scopes.Contains(YouTube) || scopes.Contains(ForceSsl) || scopes.Contains(Partner);
}
