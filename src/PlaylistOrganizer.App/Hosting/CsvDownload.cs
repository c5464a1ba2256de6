using Microsoft.AspNetCore.Http.HttpResults;

namespace PlaylistOrganizer.App.Hosting;

/// <summary>A CSV file to download (a report, the log).</summary>
internal static class CsvDownload
{
    /// <remarks>Written to memory first: CsvHelper flushes synchronously on dispose, which Kestrel's body stream refuses.</remarks>
    public static async Task<FileContentHttpResult> FileAsync(Func<Stream, Task> write, string fileName)
    {
        using var buffer = new MemoryStream();
        await write(buffer);
        return TypedResults.File(buffer.ToArray(), "text/csv", fileName);
    }
}
