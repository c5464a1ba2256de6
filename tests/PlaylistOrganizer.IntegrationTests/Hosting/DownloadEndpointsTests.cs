using System.Net;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Hosting;

/// <summary>The download routes of each feature: a file with its type and name, or 404 for what does not exist.</summary>
public sealed class DownloadEndpointsTests
{
    [Theory]
    [InlineData("reports/41.csv")]
    [InlineData("reports/41.json")]
    [InlineData("backups/41.json")]
    public async Task A_report_or_backup_that_does_not_exist_is_not_found(string path)
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("cooking", [1])));

        using var response = await app.Browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("structure/export.csv", "text/csv", "structure.csv")]
    [InlineData("structure/export.json", "application/json", "structure.json")]
    [InlineData("log.csv", "text/csv", "playlist-organizer-log.csv")]
    public async Task Exports_come_as_named_files(string path, string mediaType, string fileName)
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("cooking", [1])));

        using var response = await app.Browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
    }
}
