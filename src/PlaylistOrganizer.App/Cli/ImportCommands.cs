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
        Console.WriteLine($"Imported from YouTube ({run.UnitsSpent} quota units).");
        Console.WriteLine($"  Playlists: {s.PlaylistsAdded} added, {s.PlaylistsRemoved} removed, {s.PlaylistsRenamed} renamed");
        Console.WriteLine($"  Entries:   {s.ItemsAdded} added, {s.ItemsRemoved} removed");
        Console.WriteLine($"  Videos:    {s.VideosLookedUp} looked up, {s.VideosFoundUnavailable} no longer available");
        return 0;
    }

    public static async Task<int> FromTakeoutAsync(IServiceProvider services, FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"{file.FullName} does not exist.");
            return 1;
        }
        var limits = services.GetRequiredService<TakeoutReaderOptions>();
        if (file.Length > limits.MaxUploadBytes)
        {
            Console.Error.WriteLine($"{file.Name} is larger than the {limits.MaxUploadBytes / 1_048_576:N0} MB accepted. Export only YouTube playlists.");
            return 1;
        }
        await using var stream = file.OpenRead();
        var result = await services.GetRequiredService<TakeoutImporter>().ImportAsync(stream, file.Name, ct);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("Nothing was imported:");
            foreach (var problem in result.Problems) Console.Error.WriteLine($"  {problem.Message}");
            return 1;
        }
        var s = result.Run!.Summary;
        Console.WriteLine($"Imported Watch Later: {s.WatchLaterAdded} added, {s.WatchLaterRemoved} no longer in Watch Later.");
        return 0;
    }
}
