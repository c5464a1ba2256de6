using Microsoft.AspNetCore.Http.HttpResults;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.FakeYouTube.Demo;

namespace PlaylistOrganizer.App.Demo;

/// <summary>Demo-only downloads: the demo account's Google Takeout, as a real user would get it.</summary>
public static class DemoEndpoints
{
    /// <summary>
    /// How the demo's Takeout is written: in the account language <c>Demo:TakeoutLanguage</c> names (default English).
    /// An unknown language is refused at startup, like a bad <c>Demo:Library</c>.
    /// </summary>
    public static TakeoutWriterOptions TakeoutOptions(string? language) =>
        string.IsNullOrWhiteSpace(language) ? new TakeoutWriterOptions()
        : TakeoutLanguage.All.TryGetValue(language.Trim(), out var known) ? new TakeoutWriterOptions { Language = known }
        : throw new StartupRefusedException(
            $"Demo:TakeoutLanguage is '{language}'; use {string.Join(", ", TakeoutLanguage.All.Keys)}.");

    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder routes, TakeoutWriterOptions takeout)
    {
        var group = routes.MapGroup("/demo");
        group.MapGet("/takeout.zip", (DemoYouTube demo) => TakeoutZip(demo, takeout));
        group.MapGet("/watch-later.csv", (DemoYouTube demo) =>
            TypedResults.File(TakeoutWriter.WatchLaterCsv(demo.Account, takeout), "text/csv", TakeoutWriter.WatchLaterFileName(takeout)));
        return routes;
    }

    /// <summary>Made now, on the demo's clock, and named as Takeout names its archives (the app reads the export date from it).</summary>
    private static FileStreamHttpResult TakeoutZip(DemoYouTube demo, TakeoutWriterOptions takeout)
    {
        var exportedAt = demo.Clock.GetUtcNow();
        var zip = new MemoryStream();
        TakeoutWriter.WriteZip(demo.Account, zip, takeout with { ExportedAt = exportedAt });
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", TakeoutWriter.ArchiveName(exportedAt));
    }
}
