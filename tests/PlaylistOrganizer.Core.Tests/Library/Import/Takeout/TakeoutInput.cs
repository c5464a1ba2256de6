using System.IO.Compression;
using System.Text;
using PlaylistOrganizer.Core.Library.Import.Takeout;

namespace PlaylistOrganizer.Core.Tests.Library.Import.Takeout;

/// <summary>Builds Takeout uploads from literal strings, so each test shows exactly the bytes it feeds in.</summary>
internal static class TakeoutInput
{
    public const string Folder = "Takeout/YouTube and YouTube Music/playlists/";

    public static MemoryStream Csv(string text, bool bom = false) =>
        new(bom ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text));

    public static MemoryStream Zip(params (string Name, string Content)[] entries) =>
        ZipBytes(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    public static MemoryStream ZipBytes(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }
        stream.Position = 0;
        return stream;
    }

    public static TakeoutLibrary Succeeds(TakeoutReadResult result)
    {
        if (result is TakeoutReadResult.Failure failure)
            Assert.Fail("Expected success, got: " + string.Join(" | ", failure.Problems.Select(p => p.Message)));
        return Assert.IsType<TakeoutReadResult.Success>(result).Library;
    }

    public static IReadOnlyList<TakeoutProblem> Fails(TakeoutReadResult result)
    {
        var failure = Assert.IsType<TakeoutReadResult.Failure>(result);
        Assert.NotEmpty(failure.Problems);
        return failure.Problems;
    }
}
