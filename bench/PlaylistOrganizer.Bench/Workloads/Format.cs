namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>Metric constructors with the table's usual display formats.</summary>
internal static class Format
{
    public static Metric Count(string name, string heading, long value) => new(name, heading, value, value.ToString("N0"));

    public static Metric Millis(string name, string heading, TimeSpan value) =>
        new(name, heading, value.TotalMilliseconds, $"{value.TotalMilliseconds:N1} ms");

    public static Metric Seconds(string name, string heading, TimeSpan value) =>
        new(name, heading, value.TotalSeconds, $"{value.TotalSeconds:N1} s");

    public static Metric Megabytes(string name, string heading, long bytes) =>
        new(name, heading, bytes / 1_048_576.0, $"{bytes / 1_048_576.0:N1} MB");

    public static Metric Percent(string name, string heading, double percent) =>
        new(name, heading, percent, $"{percent:0.000} %");

    public static Metric Text(string name, string heading, double value, string display) => new(name, heading, value, display);

    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : sorted[sorted.Count / 2];
    }
}
