using Microsoft.EntityFrameworkCore;

namespace PlaylistOrganizer.Core.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Where the app keeps its data (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default: a SQLite file <c>playlist-organizer.db</c> in the app's data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Each provider has its own migrations, in an assembly of its own (the host references both).</summary>
    public const string SqliteMigrationsAssembly = "PlaylistOrganizer.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "PlaylistOrganizer.Migrations.Postgres";

    public void Apply(DbContextOptionsBuilder builder, string dataDirectory)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "playlist-organizer.db")}",
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres."),
                    postgres => postgres.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(Provider), Provider, "Unknown database provider.");
        }
    }
}
