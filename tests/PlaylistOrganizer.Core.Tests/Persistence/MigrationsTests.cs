using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Tests.Persistence;

public class MigrationsTests
{
    /// <summary>A model change without its migration would leave databases behind the code; each provider is checked,
    /// since each has its own migrations (README: "Adding a migration").</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=never_opened")]
    public void Every_model_change_has_its_migration(DatabaseProvider provider, string connectionString)
    {
        using var db = DesignTimeContext.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes no {provider} migration holds: add one (README, \"Adding a migration\").");
    }
}
