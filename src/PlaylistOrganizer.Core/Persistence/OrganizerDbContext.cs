using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.ActivityLog;
using PlaylistOrganizer.Core.Backups;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Persistence;

/// <summary>The app's one database: SQLite by default, PostgreSQL as an option (see <see cref="DatabaseOptions"/>).</summary>
public sealed class OrganizerDbContext(DbContextOptions<OrganizerDbContext> options) : DbContext(options)
{
    public DbSet<QuotaCharge> QuotaCharges => Set<QuotaCharge>();
    public DbSet<SpentQuotaDay> SpentQuotaDays => Set<SpentQuotaDay>();
    public DbSet<StoredSecret> StoredSecrets => Set<StoredSecret>();
    public DbSet<AccountStatus> AccountStatus => Set<AccountStatus>();
    public DbSet<LibraryVideo> Videos => Set<LibraryVideo>();
    public DbSet<LibraryPlaylist> Playlists => Set<LibraryPlaylist>();
    public DbSet<LibraryPlaylistItem> PlaylistItems => Set<LibraryPlaylistItem>();
    public DbSet<WatchLaterEntry> WatchLater => Set<WatchLaterEntry>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<StagedPlaylist> StagedPlaylists => Set<StagedPlaylist>();
    public DbSet<StagedPlaylistItem> StagedPlaylistItems => Set<StagedPlaylistItem>();
    public DbSet<StagedVideo> StagedVideos => Set<StagedVideo>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<SyncOperation> SyncOperations => Set<SyncOperation>();
    public DbSet<SyncCategoryPlaylist> SyncCategoryPlaylists => Set<SyncCategoryPlaylist>();
    public DbSet<SyncTargetVideo> SyncTargetVideos => Set<SyncTargetVideo>();
    public DbSet<SyncTargetCategory> SyncTargetCategories => Set<SyncTargetCategory>();
    public DbSet<WatchLaterChecklistEntry> WatchLaterChecklist => Set<WatchLaterChecklistEntry>();
    public DbSet<WatchLaterVerification> WatchLaterVerifications => Set<WatchLaterVerification>();
    public DbSet<Backup> Backups => Set<Backup>();
    public DbSet<ActivityEntry> ActivityLog => Set<ActivityEntry>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<CategoryVideo> CategoryVideos => Set<CategoryVideo>();
    public DbSet<CategoryJournalEntry> CategoryJournal => Set<CategoryJournalEntry>();
    public DbSet<StructureVersion> StructureVersions => Set<StructureVersion>();
    public DbSet<ApprovedCategory> ApprovedCategories => Set<ApprovedCategory>();
    public DbSet<ApprovedCategoryVideo> ApprovedCategoryVideos => Set<ApprovedCategoryVideo>();
    public DbSet<VideoEmbedding> VideoEmbeddings => Set<VideoEmbedding>();
    public DbSet<SuggestionRejection> SuggestionRejections => Set<SuggestionRejection>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<QuotaDay>().HaveConversion<QuotaDayConverter>();
        // Typed ids are stored as the strings YouTube gives them (the columns they always had).
        builder.Properties<VideoId>().HaveConversion<VideoIdConverter>();
        builder.Properties<PlaylistId>().HaveConversion<PlaylistIdConverter>();
        builder.Properties<PlaylistItemId>().HaveConversion<PlaylistItemIdConverter>();
        builder.Properties<CategoryKey>().HaveConversion<CategoryKeyConverter>();
        if (Database.IsSqlite())
        {
            // SQLite has no offset-aware date type, and EF cannot order or compare DateTimeOffset stored as text there.
            // Store UTC milliseconds instead; PostgreSQL keeps its native timestamptz.
            builder.Properties<DateTimeOffset>().HaveConversion<UtcMillisecondsConverter>();
        }
        else
        {
            // PostgreSQL's timestamptz holds an instant, not an offset, and Npgsql refuses any offset but UTC. Times with
            // an offset (the next Pacific reset, say) are stored as the same instant in UTC, as SQLite's milliseconds are.
            builder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfigurationsFromAssembly(typeof(OrganizerDbContext).Assembly);
    }

    private sealed class QuotaDayConverter() : ValueConverter<QuotaDay, DateOnly>(d => d.Date, d => new QuotaDay(d));

    private sealed class VideoIdConverter() : ValueConverter<VideoId, string>(v => v.Value, v => new VideoId(v));

    private sealed class PlaylistIdConverter() : ValueConverter<PlaylistId, string>(v => v.Value, v => new PlaylistId(v));

    private sealed class PlaylistItemIdConverter() : ValueConverter<PlaylistItemId, string>(v => v.Value, v => new PlaylistItemId(v));

    private sealed class CategoryKeyConverter() : ValueConverter<CategoryKey, string>(v => v.Value, v => new CategoryKey(v));

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    private sealed class UtcMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
