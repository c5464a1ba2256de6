using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using PlaylistOrganizer.Bench.Workloads;

namespace PlaylistOrganizer.Bench;

/// <summary>Every workload's results for one library: a row of the table.</summary>
internal sealed record LibraryResult(string Library, IReadOnlyList<WorkloadResult> Workloads);

/// <summary>The printed table and the JSON file.</summary>
internal static class ResultsReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>A plain-text table: "library", then every metric of every workload, in the order they were measured.</summary>
    public static string Table(IReadOnlyList<LibraryResult> rows)
    {
        var headings = new List<string> { "library" };
        headings.AddRange(rows.SelectMany(r => r.Workloads.SelectMany(w => w.Metrics.Select(m => Heading(w, m)))).Distinct());
        var cells = rows.Select(r =>
        {
            var byHeading = r.Workloads.SelectMany(w => w.Metrics.Select(m => (Heading(w, m), m.Display))).ToDictionary();
            return headings.Select((h, i) => i == 0 ? r.Library : byHeading.GetValueOrDefault(h, "")).ToList();
        }).ToList();
        var widths = headings.Select((h, i) => cells.Select(c => c[i].Length).Append(h.Length).Max()).ToList();

        var text = new StringBuilder();
        text.AppendLine(string.Join(" | ", headings.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
        text.AppendLine(string.Join("-|-", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            text.AppendLine(string.Join(" | ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))));
        }
        return text.ToString();
    }

    // One workload today; with several, headings get the workload's name ("sync: units spent").
    private static string Heading(WorkloadResult workload, Metric metric) =>
        workload.Workload == "import" ? metric.Heading : $"{workload.Workload}: {metric.Heading}";

    public static async Task WriteJsonAsync(IReadOnlyList<LibraryResult> rows, string file, CancellationToken ct)
    {
        var document = new
        {
            GeneratedAt = DateTimeOffset.UtcNow,
            Machine = new
            {
                Environment.ProcessorCount,
                Os = RuntimeInformation.OSDescription,
                Runtime = RuntimeInformation.FrameworkDescription,
#if DEBUG
                Configuration = "Debug",
#else
                Configuration = "Release",
#endif
            },
            Libraries = rows.Select(r => new
            {
                r.Library,
                Workloads = r.Workloads.ToDictionary(w => w.Workload, w => new
                {
                    w.Completed,
                    w.Problem,
                    Metrics = w.Metrics.ToDictionary(m => m.Name, m => Math.Round(m.Value, 3)),
                }),
            }),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(document, Json), ct);
    }

    /// <summary>bench/results/latest.json in the repository (found from the build output by its .slnx), else the current folder.</summary>
    public static string DefaultOutputFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlaylistOrganizer.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "results", "latest.json");
            }
        }
        return Path.GetFullPath(Path.Combine("bench", "results", "latest.json"));
    }
}
