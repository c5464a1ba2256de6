using System.Text;

namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>The words of a video or a category, as the signals read them.</summary>
/// <remarks>Lower-cased, split on anything that is not a letter or digit. Scripts written without spaces (Han, kana,
/// Hangul, Thai) give one token per character, so a Japanese title still shares tokens with other Japanese titles.
/// Latin tokens of one character and a few function words are dropped.</remarks>
public static class SuggestionText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "to", "for", "with", "is", "it", "this", "that", "you", "your",
        "my", "i", "me", "we", "our", "at", "by", "from", "be", "are", "was", "how", "what", "why", "de", "la", "el", "en",
        "und", "der", "die", "das", "von", "mit", "para", "los", "las", "y",
    };

    /// <summary>What the sentence model reads: title, channel and the first tags. Short, because model time grows
    /// with length, and the description's start is mostly boilerplate that the word signal weighs better.</summary>
    public static string ForEmbedding(string? title, string? channelTitle, IReadOnlyList<string>? tags) =>
        $"{title}. {channelTitle}. {string.Join(", ", (tags ?? []).Take(8))}".Trim();

    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            var t = word.ToString();
            word.Clear();
            if (t.Length > 1 && !StopWords.Contains(t)) tokens.Add(t);
        }
        foreach (var ch in text.ToLowerInvariant())
        {
            if (IsUnspacedScript(ch))
            {
                Flush();
                tokens.Add(ch.ToString());
            }
            else if (char.IsLetterOrDigit(ch)) word.Append(ch);
            else Flush();
        }
        Flush();
        return tokens;
    }

    private static bool IsUnspacedScript(char ch) =>
        ch is >= '\u3040' and <= '\u30FF' // hiragana, katakana
            or >= '\u3400' and <= '\u9FFF' // CJK ideographs
            or >= '\uAC00' and <= '\uD7AF' // Hangul syllables
            or >= '\u0E00' and <= '\u0E7F' // Thai
        && char.IsLetter(ch);
}
