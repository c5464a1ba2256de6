namespace PlaylistOrganizer.Core.Quota;

/// <summary>Short human wording for waits ("14h 12m", "3m", "less than a minute").</summary>
public static class Countdown
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1)) return "less than a minute";
        var totalHours = (int)span.TotalHours;
        return totalHours > 0 ? $"{totalHours}h {span.Minutes}m" : $"{span.Minutes}m";
    }
}
