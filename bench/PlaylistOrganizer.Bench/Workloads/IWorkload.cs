namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// One stage of the pipeline measured on one library (import now; plan and sync later). Workloads run in order on the
/// same <see cref="BenchEnvironment"/>, so each starts from what the previous one left, as a user's session would.
/// </summary>
internal interface IWorkload
{
    /// <summary>Short name, the JSON key and the table's heading ("import").</summary>
    string Name { get; }

    Task<WorkloadResult> RunAsync(BenchEnvironment environment, CancellationToken ct);
}

/// <summary>What a workload measured: ordered, named values (the table's columns), and whether it finished.</summary>
internal sealed record WorkloadResult(string Workload, bool Completed, string? Problem, IReadOnlyList<Metric> Metrics);

/// <param name="Name">The JSON key ("unitsSpent").</param>
/// <param name="Heading">The table's column heading ("units spent").</param>
/// <param name="Display">How the table shows it ("1,234", "3.2 s", "182 MB").</param>
internal sealed record Metric(string Name, string Heading, double Value, string Display);
