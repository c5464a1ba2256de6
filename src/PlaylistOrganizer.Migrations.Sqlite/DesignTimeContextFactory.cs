using Microsoft.EntityFrameworkCore.Design;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Migrations.Sqlite;

/// <summary>What <c>dotnet ef migrations add</c> builds the model from: the app's own SQLite configuration. It never
/// opens the database.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OrganizerDbContext>
{
    public OrganizerDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
}
