using System.Globalization;

namespace PlaylistOrganizer.Core;

/// <summary>
/// How every count shown to the user is written: with thousands separators ("1,546 left"). The invariant culture on
/// purpose: the pages and the command line speak English, and a server whose locale writes "1.546" or "1 546" would
/// otherwise mix number styles into English sentences.
/// </summary>
public static class Counts
{
    /// <summary>"1,546".</summary>
    public static string Grouped(this int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Grouped(int)"/>
    public static string Grouped(this long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 video", "0 videos", "1,546 videos": the count and its noun, singular only for exactly one.</summary>
    /// <param name="plural">When adding "s" is wrong ("1 category", "2 categories").</param>
    public static string Of(long count, string singular, string? plural = null) =>
        $"{count.Grouped()} {(count == 1 ? singular : plural ?? singular + "s")}";
}
