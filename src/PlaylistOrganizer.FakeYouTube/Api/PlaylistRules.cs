namespace PlaylistOrganizer.FakeYouTube.Api;

/// <summary>
/// Title and description limits (docs/youtube-facts.md §4, quoting YouTube Help): title ≤ 150, description ≤ 5,000, neither may contain
/// '&lt;', '&gt;' or U+2028. Whether YouTube counts characters or UTF-16 units is unknown; the emulator counts UTF-16
/// units, the stricter reading, so a client that validates conservatively never disagrees with it.
/// </summary>
public static class PlaylistRules
{
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 5000;

    public static bool IsValid(string title, string description) =>
        title.Length <= MaxTitleLength && description.Length <= MaxDescriptionLength && Clean(title) && Clean(description);

    public static bool IsPrivacyStatus(string value) => value is "public" or "unlisted" or "private";

    private static bool Clean(string text) => text.IndexOfAny(['<', '>', '\u2028']) < 0;
}
