// The benchmark: the reference libraries through the pipeline, in-process against the YouTube emulator, each on a fresh
// SQLite database. Prints one table row per library and writes bench/results/latest.json.
//
//   dotnet run -c Release --project bench/PlaylistOrganizer.Bench [-- --libraries small,upstream,large] [--out FILE]
//
// Stages are workloads (Workloads/, one file each) run in order on the same library: import, categories, plan, sync,
// suggest (--suggest-only: import and suggest).
// Each prints its own table (one row per library) and is a key in the JSON.
using PlaylistOrganizer.Bench;
using PlaylistOrganizer.Bench.Workloads;

var options = BenchOptions.Parse(args);
if (options.Error is { } error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 1;
}

IWorkload[] workloads = options.SuggestOnly
    ? [new ImportWorkload(), new SuggestWorkload()]
    :
    [
        new ImportWorkload(), new CategoriesWorkload(), new PlanWorkload(),
        .. options.SkipSync ? Array.Empty<IWorkload>() : [new SyncWorkload()],
        new SuggestWorkload(),
    ];
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var rows = new List<LibraryResult>();
foreach (var library in options.Libraries)
{
    Console.Error.Write($"{library.Name}: generating, starting the emulator and the app… ");
    await using var environment = await BenchEnvironment.StartAsync(library, cancel.Token);
    var results = new List<WorkloadResult>();
    foreach (var workload in workloads)
    {
        Console.Error.Write($"{workload.Name}… ");
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            results.Add(await workload.RunAsync(environment, cancel.Token));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            results.Add(new WorkloadResult(workload.Name, false, $"{e.GetType().Name}: {e.Message}", []));
        }
        Console.Error.Write($"({started.Elapsed.TotalSeconds:N0} s) ");
    }
    Console.Error.WriteLine("done.");
    rows.Add(new LibraryResult(library.Name, results));
}

Console.WriteLine();
Console.WriteLine(ResultsReport.Table(rows));
foreach (var problem in rows.SelectMany(r => r.Workloads.Where(w => !w.Completed || w.Problem is not null)
             .Select(w => $"{r.Library}/{w.Workload}: {(w.Completed ? "" : "did not complete. ")}{w.Problem}")))
{
    Console.WriteLine(problem);
}
var file = options.OutputFile ?? ResultsReport.DefaultOutputFile();
await ResultsReport.WriteJsonAsync(rows, file, cancel.Token);
Console.WriteLine($"Results written to {file}");
return rows.All(r => r.Workloads.All(w => w.Completed)) ? 0 : 2;
