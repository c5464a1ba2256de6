using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.App.Hosting;

public static class PersistenceRegistration
{
    /// <summary>The database (SQLite file in the data folder unless configured otherwise) and Data Protection keys
    /// persisted beside it, so encrypted tokens survive restarts.</summary>
    public static IServiceCollection AddOrganizerPersistence(this IServiceCollection services, IConfiguration configuration, AppMode mode, string dataDirectory)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite && database.ConnectionString is null)
        {
            database.ConnectionString = $"Data Source={Path.Combine(dataDirectory, mode.DatabaseFileName)}";
        }
        services.AddDbContextFactory<OrganizerDbContext>(options => database.Apply(options, dataDirectory));
        services.AddDataProtection()
            .SetApplicationName("PlaylistOrganizer")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
        services.AddSingleton<ProtectedTokenStore>();
        return services;
    }

    /// <summary>Creates the database on first start and applies this version's migrations to an older one
    /// (see <see cref="DatabaseMigrator"/>); a SQLite file is copied aside first.</summary>
    public static async Task EnsureDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        MigrationResult result;
        try
        {
            result = await DatabaseMigrator.MigrateAsync(
                services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>(), services.GetRequiredService<TimeProvider>(), ct);
        }
        catch (DatabaseRefusedException refused)
        {
            throw new StartupRefusedException(refused.Message);
        }
        if (result.Applied.Count > 0 && !result.Created)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("PlaylistOrganizer.Database").LogWarning(
                "The database was upgraded to this version's schema ({Migrations}); the previous file was kept at {Backup}.",
                string.Join(", ", result.Applied), result.BackupPath ?? "(not a SQLite file: no copy)");
        }
    }
}
