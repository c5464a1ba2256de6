using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Tests.Persistence;

public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("po-schema-").FullName;
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-24T12:00:00Z"));

    private string Path => System.IO.Path.Combine(folder, "organizer.db");

    private sealed class Factory(string path) : IDbContextFactory<OrganizerDbContext>
    {
        public OrganizerDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<OrganizerDbContext>().UseSqlite($"Data Source={path}").Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_new_database_is_created_then_found_current()
    {
        Assert.Equal(SchemaOutcome.Created, await SchemaUpgrade.EnsureCurrentAsync(new Factory(Path), time, CancellationToken.None));
        Assert.Equal(SchemaOutcome.Current, await SchemaUpgrade.EnsureCurrentAsync(new Factory(Path), time, CancellationToken.None));
    }

    [Fact]
    public async Task A_database_from_an_older_version_is_upgraded_keeping_its_data_and_a_copy_of_the_old_file()
    {
        var factory = new Factory(Path);
        await SchemaUpgrade.EnsureCurrentAsync(factory, time, CancellationToken.None);
        await using (var db = factory.CreateDbContext())
        {
            db.Videos.Add(new LibraryVideo { Id = "aaaaaaaaaaa", Title = "Kept", Availability = VideoAvailability.Available });
            await db.SaveChangesAsync();
            // What an older version had: no activity log, no schema fingerprint.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"ActivityLog\"; DROP TABLE \"SchemaInfo\";");
        }
        SqliteConnection.ClearAllPools();

        Assert.Equal(SchemaOutcome.Upgraded, await SchemaUpgrade.EnsureCurrentAsync(factory, time, CancellationToken.None));

        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal("Kept", (await db.Videos.SingleAsync()).Title);
            Assert.Equal(0, await db.ActivityLog.CountAsync()); // the new table exists
        }
        Assert.Single(Directory.GetFiles(folder, "organizer.db.before-upgrade-*"));
        Assert.Equal(SchemaOutcome.Current, await SchemaUpgrade.EnsureCurrentAsync(factory, time, CancellationToken.None));
    }
}
