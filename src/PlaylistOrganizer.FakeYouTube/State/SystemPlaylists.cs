namespace PlaylistOrganizer.FakeYouTube.State;

/// <summary>
/// Watch Later and history: since 2016 only the placeholders "WL" and "HL" exist through the API; listing them returns
/// nothing and writes are refused (docs/youtube-facts.md §3).
/// </summary>
public static class SystemPlaylists
{
    public const string WatchLater = "WL";
    public const string History = "HL";

    public static bool IsPlaceholder(string playlistId) => playlistId is WatchLater or History;
}
