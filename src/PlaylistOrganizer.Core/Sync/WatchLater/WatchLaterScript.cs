using System.Text.Json;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>
/// Makes the optional browser helper for the clean-up: <c>watch-later-helper.js</c> (a resource of this assembly) with
/// exactly the video ids to remove, as a snippet for the browser's console and as a bookmarklet. It runs on the user's
/// own youtube.com Watch Later page, not through the API, and may stop working when YouTube changes that page.
/// </summary>
public sealed class WatchLaterScript(WatchLaterCleanup cleanup)
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(WatchLaterScript).Assembly.GetManifestResourceStream("watch-later-helper.js")
            ?? throw new InvalidOperationException("The watch-later-helper.js resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    });

    /// <summary>The helper's source: one function expression taking its settings.</summary>
    public static string HelperSource => Source.Value;

    /// <summary>Paste into the console of the Watch Later page; it evaluates to a promise of the helper's report.</summary>
    public static string ConsoleSnippet(IReadOnlyCollection<string> videoIds, bool dryRun) =>
        $"{HelperSource}({Settings(videoIds, dryRun)});\n";

    /// <summary>A <c>javascript:</c> bookmark. <c>void</c> keeps the browser from replacing the page with the result.</summary>
    public static string Bookmarklet(IReadOnlyCollection<string> videoIds, bool dryRun) =>
        "javascript:" + Uri.EscapeDataString($"void({HelperSource}({Settings(videoIds, dryRun)}));");

    /// <summary>The console snippet for what is left to remove in the run's clean-up.</summary>
    public async Task<(string Snippet, int Videos)> ForRunAsync(long runId, bool dryRun, CancellationToken ct)
    {
        var ids = await cleanup.VideosToRemoveAsync(runId, ct);
        return (ConsoleSnippet(ids, dryRun), ids.Count);
    }

    private static string Settings(IReadOnlyCollection<string> videoIds, bool dryRun) =>
        JsonSerializer.Serialize(new { ids = videoIds, dryRun });
}
