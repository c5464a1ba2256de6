using System.Text.Json;

namespace PlaylistOrganizer.Core.Sync.WatchLater;

/// <summary>How fast the helper goes. The defaults are gentle on YouTube: a pause of 1.5 s after each removal, 1.2 s
/// after each scroll for more rows, and 5 scrolls without new rows before the list counts as fully loaded.</summary>
public sealed record HelperPace(int DelayMs = 1500, int ScrollPauseMs = 1200, int IdleScrolls = 5)
{
    public static HelperPace Gentle { get; } = new();
}

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
    public static string ConsoleSnippet(IReadOnlyCollection<string> videoIds, bool dryRun, HelperPace? pace = null) =>
        $"{HelperSource}({Settings(videoIds, dryRun, pace)});\n";

    /// <summary>A <c>javascript:</c> bookmark. <c>void</c> keeps the browser from replacing the page with the result.</summary>
    public static string Bookmarklet(IReadOnlyCollection<string> videoIds, bool dryRun, HelperPace? pace = null) =>
        "javascript:" + Uri.EscapeDataString($"void({HelperSource}({Settings(videoIds, dryRun, pace)}));");

    /// <summary>The console snippet for what is left to remove in the run's clean-up.</summary>
    public async Task<(string Snippet, int Videos)> ForRunAsync(long runId, bool dryRun, CancellationToken ct)
    {
        var ids = await cleanup.VideosToRemoveAsync(runId, ct);
        return (ConsoleSnippet(ids, dryRun), ids.Count);
    }

    private static string Settings(IReadOnlyCollection<string> videoIds, bool dryRun, HelperPace? pace)
    {
        var p = pace ?? HelperPace.Gentle;
        return JsonSerializer.Serialize(new { ids = videoIds, dryRun, delayMs = p.DelayMs, scrollPauseMs = p.ScrollPauseMs, idleScrolls = p.IdleScrolls });
    }
}
