using System.Globalization;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>The one way pages, messages and reports write a moment: "2026-12-02 08:00 UTC", or with the offset of
/// the app's time zone ("2026-12-02 09:00 UTC+01:00"), so a time is never shown without saying which zone it is in.</summary>
public static class Timestamps
{
    public static string Format(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var offset = local.Offset == TimeSpan.Zero ? "UTC"
            : $"UTC{(local.Offset < TimeSpan.Zero ? "−" : "+")}{local.Offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)}";
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {offset}";
    }
}
