namespace PlaylistOrganizer.Core.Categories;

/// <summary>What a category must satisfy to become a YouTube playlist. Create, rename, import and approval all check
/// these same rules, so a structure that edits accepted is never refused later for a different reason.</summary>
/// <remarks>Limits from docs/youtube-facts.md §4: titles at most 150 characters, descriptions at
/// most 5,000, neither with '&lt;', '&gt;' or U+2028 (YouTube answers 400 invalidPlaylistSnippet), at most 5,000 items per
/// playlist. The facts file marks these figures as quoted, not verified first-hand: they are kept in this one place.</remarks>
public static class CategoryRules
{
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 5_000;
    /// <summary>Keywords are a hint for the suggestions, not a second description.</summary>
    public const int MaxKeywordsLength = 500;
    public const int MaxVideosPerCategory = 5_000;
    public const string DefaultPrivacy = "private";
    public static readonly IReadOnlyList<string> Privacies = ["private", "unlisted", "public"];

    /// <summary>Checks a title as the user typed it; <paramref name="title"/> is compared after trimming.</summary>
    public static CategoryError? CheckTitle(string? title)
    {
        var t = title?.Trim() ?? "";
        if (t.Length == 0) return new(CategoryErrorCode.TitleEmpty, "A category needs a title.");
        if (t.Length > MaxTitleLength)
            return new(CategoryErrorCode.TitleTooLong, $"Title is {t.Length} characters; YouTube allows at most {MaxTitleLength}.");
        if (t.IndexOfAny(['<', '>']) is var at and >= 0)
            return new(CategoryErrorCode.TitleHasForbiddenCharacter, $"Title '{t}' contains '{t[at]}'; YouTube refuses '<' and '>' in playlist titles.");
        if (t.Contains('\u2028'))
            return new(CategoryErrorCode.TitleHasForbiddenCharacter, $"Title '{t.Replace('\u2028', ' ')}' contains a line separator (U+2028), which YouTube refuses.");
        return null;
    }

    public static CategoryError? CheckDescription(string? description)
    {
        var d = description ?? "";
        if (d.Length > MaxDescriptionLength)
            return new(CategoryErrorCode.DescriptionTooLong, $"Description is {d.Length.Grouped()} characters; YouTube allows at most {MaxDescriptionLength.Grouped()}.");
        if (d.IndexOfAny(['<', '>']) is var at and >= 0)
            return new(CategoryErrorCode.DescriptionHasForbiddenCharacter, $"Description contains '{d[at]}'; YouTube refuses '<' and '>' in playlist descriptions.");
        if (d.Contains('\u2028'))
            return new(CategoryErrorCode.DescriptionHasForbiddenCharacter, "Description contains a line separator (U+2028), which YouTube refuses; use an ordinary line break.");
        return null;
    }

    public static CategoryError? CheckKeywords(string? keywords) =>
        (keywords ?? "").Length > MaxKeywordsLength
            ? new(CategoryErrorCode.KeywordsTooLong, $"Keywords are {(keywords ?? "").Length.Grouped()} characters; at most {MaxKeywordsLength.Grouped()} are kept.")
            : null;

    public static CategoryError? CheckPrivacy(string? privacy) =>
        privacy is not null && Privacies.Contains(privacy)
            ? null
            : new(CategoryErrorCode.InvalidPrivacy, $"Privacy '{privacy}' is not one of {string.Join(", ", Privacies)}.");

    public static CategoryError? CheckVideoCount(string title, int count) =>
        count > MaxVideosPerCategory
            ? new(CategoryErrorCode.TooManyVideos, $"Category '{title}' holds {count.Grouped()} videos; a YouTube playlist holds at most {MaxVideosPerCategory.Grouped()}. Split it.")
            : null;

    /// <summary>Titles are unique ignoring case and surrounding spaces: "Cooking" and "cooking " would be two playlists nobody can tell apart.</summary>
    public static bool SameTitle(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    public static CategoryError DuplicateTitle(string title) =>
        new(CategoryErrorCode.DuplicateTitle, $"A category named '{title.Trim()}' already exists.");
}
