using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Tests;

/// <summary>A private in-memory SQLite database per test, kept alive by one open connection.</summary>
public sealed class TestDatabase : IDbContextFactory<OrganizerDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<OrganizerDbContext> options;

    public TestDatabase()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<OrganizerDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public OrganizerDbContext CreateDbContext() => new(options);

    public void Dispose() => connection.Dispose();
}
