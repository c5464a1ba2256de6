using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.FakeYouTube.Demo;

namespace PlaylistOrganizer.Bench.Workloads;

/// <summary>
/// The full import a new user starts with: Watch Later from the generator's Takeout zip (TakeoutImporter, as the
/// upload page does), then playlists and video details from the emulator through the real client
/// (YouTubeLibraryImporter). Reports what the library then holds, the units YouTube charged against the minimum the
/// data needs, wall time and peak working set.
/// </summary>
internal sealed class ImportWorkload : IWorkload
{
    public string Name => "import";

    public async Task<WorkloadResult> RunAsync(BenchEnvironment environment, CancellationToken ct)
    {
        using var zip = new MemoryStream();
        TakeoutWriter.WriteZip(environment.Demo.Account, zip); // the user's download: prepared before the clock starts
        zip.Position = 0;
        var unitsBefore = environment.EmulatorUnits;

        await using var measurement = Measurement.Start();
        var takeout = await environment.Get<TakeoutImporter>().ImportAsync(zip, "takeout.zip", ct);
        var import = takeout.Succeeded ? await environment.Get<YouTubeLibraryImporter>().RunAsync(ct) : null;
        await measurement.StopAsync();

        var figures = await environment.Get<LibraryOverview>().GetFiguresAsync(ct);
        var spent = environment.EmulatorUnits - unitsBefore;
        var ledger = await LedgerUnitsAsync(environment, ct);
        var minimum = MinimumUnits.ForImport(environment.Demo.Account);
        var problem = !takeout.Succeeded ? string.Join(" ", takeout.Problems.Select(p => p.Message))
            : import?.RefusedBecause ?? import?.Run?.Problem;
        if (ledger != spent) problem = $"{problem} The app's ledger says {ledger:N0} units, YouTube charged {spent:N0}.".Trim();
        return new WorkloadResult(Name, import?.Completed == true && ledger == spent, problem,
        [
            Count("playlists", "playlists", figures.RegularPlaylists),
            Count("entries", "entries", figures.PlaylistEntries),
            Count("watchLater", "Watch Later", figures.WatchLater),
            Count("unitsSpent", "units spent", spent),
            Count("minimumUnits", "minimum units", minimum),
            new("wallSeconds", "wall time", measurement.Elapsed.TotalSeconds, $"{measurement.Elapsed.TotalSeconds:N1} s"),
            new("peakWorkingSetMB", "peak working set", measurement.PeakWorkingSetBytes / 1_048_576.0,
                $"{measurement.PeakWorkingSetBytes / 1_048_576.0:N0} MB"),
        ]);
    }

    private static Metric Count(string name, string heading, int value) => new(name, heading, value, value.ToString("N0"));

    private static async Task<int> LedgerUnitsAsync(BenchEnvironment environment, CancellationToken ct)
    {
        await using var db = await environment.Get<IDbContextFactory<OrganizerDbContext>>().CreateDbContextAsync(ct);
        return await db.QuotaCharges.SumAsync(c => c.Units, ct);
    }
}
