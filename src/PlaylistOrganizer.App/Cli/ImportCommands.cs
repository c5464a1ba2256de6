using PlaylistOrganizer.Core;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Library.Import.Takeout;

namespace PlaylistOrganizer.App.Cli;

/// <summary>The import verbs. Exit codes: 0 done, 1 refused or failed (nothing changed), 2 stopped part-way (resumable).</summary>
internal static class ImportCommands
{
    public static async Task<int> FromYouTubeAsync(IServiceProvider services, System.CommandLine.ParseResult _, CancellationToken ct)
    {
        var result = await services.GetRequiredService<YouTubeLibraryImporter>().RunAsync(ct);
        if (result.RefusedBecause is { } why)
        {
            Console.Error.WriteLine(why);
            return 1;
        }
        var run = result.Run!;
        if (!result.Completed)
        {
            Console.Error.WriteLine($"Import stopped part-way: {run.Problem}");
            return 2;
        }
        var s = run.Summary;
        Console.WriteLine($"Imported from YouTube ({run.UnitsSpent.Grouped()} quota units).");
        Console.WriteLine($"  Playlists: {s.PlaylistsAdded.Grouped()} added, {s.PlaylistsRemoved.Grouped()} removed, {s.PlaylistsRenamed.Grouped()} renamed");
        Console.WriteLine($"  Entries:   {s.ItemsAdded.Grouped()} added, {s.ItemsRemoved.Grouped()} removed");
        Console.WriteLine($"  Videos:    {s.VideosLookedUp.Grouped()} looked up, {s.VideosFoundUnavailable.Grouped()} no longer available");
        return 0;
    }

    public static async Task<int> FromTakeoutAsync(IServiceProvider services, FileInfo file, string? watchLaterFile, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"{file.FullName} does not exist.");
            return 1;
        }
        var limits = services.GetRequiredService<TakeoutReaderOptions>();
        if (file.Length > limits.MaxUploadBytes)
        {
            Console.Error.WriteLine(services.GetRequiredService<TakeoutReader>().TooLargeUpload(file.Name, file.Length).Message);
            return 1;
        }
        await using var stream = file.OpenRead();
        var result = await services.GetRequiredService<TakeoutImporter>().ImportAsync(stream, file.Name, watchLaterFile, ct);
        if (result.WatchLaterCandidates.Count > 0)
        {
            Console.Error.WriteLine($"Nothing was imported: cannot tell which file of {file.Name} is Watch Later. Choose one with --watch-later:");
            foreach (var candidate in result.WatchLaterCandidates)
                Console.Error.WriteLine($"  --watch-later \"{candidate.File}\"   ({candidate.Videos.Grouped()} videos, playlist '{candidate.Title}')");
            return 1;
        }
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("Nothing was imported:");
            foreach (var problem in result.Problems) Console.Error.WriteLine($"  {problem.Message}");
            return 1;
        }
        var s = result.Run!.Summary;
        var report = result.Report!;
        Console.WriteLine($"Imported Watch Later from {report.WatchLaterFile}: {report.VideosRead.Grouped()} videos read, " +
                          $"{s.WatchLaterAdded} added, {s.WatchLaterRemoved} no longer in Watch Later.");
        foreach (var warning in report.Warnings) Console.WriteLine($"  Warning: {warning}");
        if (report.UnusedFiles.Count > 0)
        {
            Console.WriteLine($"  Not used ({report.UnusedFiles.Count.Grouped()}):");
            foreach (var unused in report.UnusedFiles) Console.WriteLine($"    {unused.File}: {unused.Reason}");
        }
        return 0;
    }
}
