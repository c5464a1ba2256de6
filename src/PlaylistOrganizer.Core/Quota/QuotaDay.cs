namespace PlaylistOrganizer.Core.Quota;

/// <summary>One YouTube quota day: the calendar date in America/Los_Angeles, since quotas reset at midnight Pacific
/// (docs/youtube-facts.md §1.1). Days are 23 or 25 hours long on DST change days.</summary>
public readonly record struct QuotaDay(DateOnly Date) : IComparable<QuotaDay>
{
    public int CompareTo(QuotaDay other) => Date.CompareTo(other.Date);
    public override string ToString() => Date.ToString("yyyy-MM-dd");

    public static bool operator <(QuotaDay a, QuotaDay b) => a.Date < b.Date;
    public static bool operator >(QuotaDay a, QuotaDay b) => a.Date > b.Date;
    public static bool operator <=(QuotaDay a, QuotaDay b) => a.Date <= b.Date;
    public static bool operator >=(QuotaDay a, QuotaDay b) => a.Date >= b.Date;
}
