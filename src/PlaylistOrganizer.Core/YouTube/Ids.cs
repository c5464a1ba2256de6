namespace PlaylistOrganizer.Core.YouTube;

// Separate id types so that passing a video id where a playlist-item id is expected does not compile:
// playlistItems.delete takes the item id, not the video id (docs/youtube-facts.md §2.2).

/// <summary>An 11-character YouTube video id.</summary>
public readonly record struct VideoId(string Value)
{
    public override string ToString() => Value;

    /// <summary>True for 11 characters from [A-Za-z0-9_-], the only shape YouTube video ids take.</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 11 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>A playlist id ("PL…" for user playlists; "LL", "FL", "UU", "WL", "HL" prefixes for system lists).</summary>
public readonly record struct PlaylistId(string Value)
{
    public override string ToString() => Value;

    /// <summary>The Watch Later placeholder. The API lists it empty and refuses writes to it.</summary>
    public static PlaylistId WatchLater { get; } = new("WL");

    /// <summary>
    /// System lists (uploads, likes, favorites, Watch Later, history) cannot be edited or deleted through the API
    /// (docs/youtube-facts.md §4); nothing may ever plan a write against them.
    /// </summary>
    public bool IsSystem => Value.StartsWith("UU", StringComparison.Ordinal)
        || Value.StartsWith("LL", StringComparison.Ordinal)
        || Value.StartsWith("FL", StringComparison.Ordinal)
        || Value.StartsWith("WL", StringComparison.Ordinal)
        || Value.StartsWith("HL", StringComparison.Ordinal);
}

/// <summary>The id of one entry of a playlist (what playlistItems.delete takes).</summary>
public readonly record struct PlaylistItemId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>A channel id ("UC…").</summary>
public readonly record struct ChannelId(string Value)
{
    public override string ToString() => Value;
}
