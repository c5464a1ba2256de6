using Microsoft.EntityFrameworkCore.Design;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Migrations.Postgres;

/// <summary>What <c>dotnet ef migrations add</c> builds the model from: the app's own PostgreSQL configuration. It
/// never connects, so no server is needed to add a migration.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OrganizerDbContext>
{
    public OrganizerDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=design_time" });
}
