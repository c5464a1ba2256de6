using System.Globalization;

namespace PlaylistOrganizer.App.Components.Pages.Videos;

/// <summary>How the Videos page writes a video's length and dates.</summary>
public static class VideoFormat
{
    /// <summary>"4:05", "1:02:03", as YouTube shows a length.</summary>
    public static string Length(int? seconds) => seconds switch
    {
        null => "",
        >= 3600 => TimeSpan.FromSeconds(seconds.Value).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture),
        _ => TimeSpan.FromSeconds(seconds.Value).ToString(@"m\:ss", CultureInfo.InvariantCulture),
    };

    /// <summary>The day in the app's time zone ("2026-03-01"); the hour does not help decide about a video.</summary>
    public static string Day(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } a ? TimeZoneInfo.ConvertTime(a, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
