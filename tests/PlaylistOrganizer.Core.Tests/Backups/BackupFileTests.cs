using PlaylistOrganizer.Core.Backups;
namespace PlaylistOrganizer.Core.Tests.Backups;

public class BackupFileTests
{
    private static readonly BackupDocument Document = new(
        BackupDocument.FormatName, BackupDocument.CurrentVersion, DateTimeOffset.Parse("2026-11-20T10:00:00Z"), "UCchannel",
        [new BackupPlaylist("PLa", "Cooking", "Saved recipes", "private", false,
            [new BackupItem("aaaaaaaaaaa", "Pasta", 0, DateTimeOffset.Parse("2021-01-01T00:00:00Z")), new BackupItem("bbbbbbbbbbb", null, 1, null)])],
        [new BackupWatchLaterEntry("ccccccccccc", null)],
        [new BackupCategory("Food", "", "private", ["aaaaaaaaaaa"])]);

    [Fact]
    public void A_written_backup_reads_back_verified_and_equal()
    {
        var (json, sha) = BackupFile.Write(Document);

        var (read, problem) = BackupFile.Read(json);

        Assert.Null(problem);
        Assert.Equal(sha, BackupFile.ChecksumOf(read!));
        Assert.Equal(Document.Playlists[0].Items, read!.Playlists[0].Items);
        Assert.Equal(Document.Structure[0].VideoIds, read.Structure[0].VideoIds);
    }

    [Fact]
    public void An_edited_backup_is_refused_by_its_checksum()
    {
        var (json, _) = BackupFile.Write(Document);
        var tampered = json.Replace("Pasta", "Pizza");

        var (read, problem) = BackupFile.Read(tampered);

        Assert.Null(read);
        Assert.Contains("checksum does not match", problem);
    }

    [Fact]
    public void A_truncated_backup_is_refused()
    {
        var (json, _) = BackupFile.Write(Document);

        var (read, problem) = BackupFile.Read(json[..(json.Length / 2)]);

        Assert.Null(read);
        Assert.Contains("damaged or truncated", problem);
    }

    [Theory]
    [InlineData("""{"format":"something.else","version":1,"sha256":"x","document":null}""", "not a PlaylistOrganizer backup")]
    [InlineData("""{"format":"playlist-organizer.backup","version":9,"sha256":"x","document":null}""", "version 9")]
    [InlineData("""{"format":"playlist-organizer.backup","version":1,"sha256":"x","document":null}""", "no content")]
    [InlineData("""[1,2,3]""", "damaged or truncated")]
    public void Other_files_are_refused_with_a_clear_reason(string json, string expected)
    {
        var (read, problem) = BackupFile.Read(json);

        Assert.Null(read);
        Assert.Contains(expected, problem);
    }
}
