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

    /// <summary>Creates the schema on first start.</summary>
    public static async Task EnsureDatabaseAsync(this IServiceProvider services, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IDbContextFactory<OrganizerDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.EnsureCreatedAsync(ct);
    }
}
