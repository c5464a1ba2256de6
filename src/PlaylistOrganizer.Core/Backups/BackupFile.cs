using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlaylistOrganizer.Core.Backups;

/// <summary>
/// The backup file: <c>{"format","version","sha256","document"}</c>, where <c>sha256</c> is the SHA-256 of the document
/// serialized canonically (this class's options, property order as declared). Verifying re-serializes the document and
/// compares, so a truncated, corrupt or edited file is refused before anything uses it (docs/backup-format.md).
/// </summary>
public static class BackupFile
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Envelope(string Format, int Version, string Sha256, BackupDocument Document);

    public static string ChecksumOf(BackupDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document, Canonical))));

    /// <summary>The file's text and its checksum.</summary>
    public static (string Json, string Sha256) Write(BackupDocument document)
    {
        var sha = ChecksumOf(document);
        return (JsonSerializer.Serialize(new Envelope(BackupDocument.FormatName, BackupDocument.CurrentVersion, sha, document), Pretty), sha);
    }

    /// <summary>The verified document, or why the file is refused (nothing may use it then).</summary>
    public static (BackupDocument? Document, string? Problem) Read(string json)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(json, Pretty);
        }
        catch (JsonException e)
        {
            return (null, $"The backup file is damaged or truncated (not valid JSON near line {e.LineNumber + 1}). It was not used.");
        }
        if (envelope is null || envelope.Format != BackupDocument.FormatName)
        {
            return (null, "This is not a PlaylistOrganizer backup file. It was not used.");
        }
        if (envelope.Version != BackupDocument.CurrentVersion)
        {
            return (null, $"This backup has version {envelope.Version}; this app reads version {BackupDocument.CurrentVersion}. It was not used.");
        }
        if (envelope.Document is null || envelope.Document.Playlists is null)
        {
            return (null, "The backup file has no content. It was not used.");
        }
        return ChecksumOf(envelope.Document) == envelope.Sha256
            ? (envelope.Document, null)
            : (null, "The backup's checksum does not match its content: it was changed or damaged after it was written. It was not used.");
    }
}
