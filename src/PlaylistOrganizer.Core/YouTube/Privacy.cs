namespace PlaylistOrganizer.Core.YouTube;

/// <summary>Who can see a playlist: YouTube's <c>status.privacyStatus</c>, as a closed set.</summary>
public enum Privacy
{
    Private,
    Unlisted,
    Public,
}

/// <summary>Privacy as YouTube and the app's files and tables spell it: "private", "unlisted", "public".</summary>
public static class PrivacyNames
{
    public static string ToWire(this Privacy privacy) => privacy switch
    {
        Privacy.Private => "private",
        Privacy.Unlisted => "unlisted",
        Privacy.Public => "public",
        _ => throw new ArgumentOutOfRangeException(nameof(privacy), privacy, null),
    };

    /// <summary>The privacy YouTube's word names, or null for anything else (a missing or unknown value).</summary>
    public static Privacy? Parse(string? wire) => wire switch
    {
        "private" => Privacy.Private,
        "unlisted" => Privacy.Unlisted,
        "public" => Privacy.Public,
        _ => null,
    };
}
