using CsvHelper;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>Writes a header and rows as RFC 4180 CSV (CsvHelper does the quoting).</summary>
public static class CsvTable
{
    public static async Task WriteAsync(Stream destination, string[] header, IEnumerable<string?[]> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(destination, leaveOpen: true);
        await using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                csv.WriteRecord(row.Select(v => v ?? "").ToArray());
            }
            await csv.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }
}
