using PlaylistOrganizer.FakeYouTube.Demo;

namespace PlaylistOrganizer.App.Demo;

/// <summary>Demo-only downloads: the demo account's Google Takeout, as a real user would get it.</summary>
public static class DemoEndpoints
{
    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/demo");
        group.MapGet("/takeout.zip", (DemoYouTube demo) =>
        {
            // Made now, on the demo's clock, and named as Takeout names its archives (the app reads the export date from it).
            var exportedAt = demo.Clock.GetUtcNow();
            var zip = new MemoryStream();
            TakeoutWriter.WriteZip(demo.Account, zip, new TakeoutWriterOptions { ExportedAt = exportedAt });
            zip.Position = 0;
            return Results.File(zip, "application/zip", TakeoutWriter.ArchiveName(exportedAt));
        });
        group.MapGet("/watch-later.csv", (DemoYouTube demo) =>
            Results.File(TakeoutWriter.WatchLaterCsv(demo.Account), "text/csv", "Watch later-videos.csv"));
        return routes;
    }
}
