using PlaylistOrganizer.Core.Account;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Library.Import;
using PlaylistOrganizer.Core.Library.Import.Takeout;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Safety;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;
using PlaylistOrganizer.Embeddings;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.App.Hosting;

public static class CoreRegistration
{
    /// <summary>The domain services. <see cref="TimeProvider"/> is registered by the caller (System in production,
    /// a fake in tests) so multi-day behaviour can be driven in seconds.</summary>
    public static IServiceCollection AddOrganizerCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuotaOptions>().Bind(configuration.GetSection(QuotaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<QuotaClock>();
        services.AddSingleton<QuotaLedger>();
        services.AddSingleton<AccountStatusStore>();
        services.AddSingleton<ChannelSwitchGuard>();
        // Categories: the draft's editor (with its undo journal), the Videos page's queries, approval.
        services.AddOptions<CategoryOptions>().Bind(configuration.GetSection(CategoryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CategoryEditor>();
        services.AddSingleton<VideoBrowser>();
        services.AddSingleton<StructureApproval>();
        services.AddSingleton<DraftChangeNotifier>();
        // Suggestions:Model = MiniLM (default: the sentence model inside its NuGet package) or None (channels and words only).
        var model = configuration["Suggestions:Model"] ?? "MiniLM";
        if (model.Equals("MiniLM", StringComparison.OrdinalIgnoreCase)) services.AddSingleton<ITextEmbedder, MiniLmEmbedder>();
        else if (!model.Equals("None", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Suggestions:Model is '{model}'; it must be MiniLM or None.");
        services.AddSingleton(sp => new SuggestionInputLoader(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Persistence.OrganizerDbContext>>(), sp.GetService<ITextEmbedder>()));
        services.AddSingleton<SuggestionSession>();
        // Observers of every YouTube call (the ledger is charged by the metered gateway itself): watch for refused credentials.
        services.AddSingleton<IYouTubeCallObserver>(sp => sp.GetRequiredService<AccountStatusStore>());
        services.AddSingleton(new TakeoutReaderOptions());
        services.AddSingleton<TakeoutReader>();
        services.AddSingleton<TakeoutImporter>();
        services.AddSingleton<YouTubeLibraryImporter>();
        // The page's import runs in the background until it ends or the app stops, whatever happens to the page.
        services.AddSingleton(sp => new YouTubeImportJob(sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<LibraryOverview>();
        services.AddSingleton<CurrentStateReader>();
        // One retry policy for every YouTube call that may be repeated (the sync's and the import's), checked at start-up.
        services.AddOptions<SyncEngineOptions>().Bind(configuration.GetSection(SyncEngineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RetryPipelines>();
        services.AddSingleton<SyncJournal>();
        services.AddSingleton<Reconciler>();
        services.AddSingleton<WritePacer>();
        services.AddSingleton<OperationExecutor>();
        services.AddSingleton<SyncBackups>();
        services.AddSingleton<LibraryRefresh>();
        services.AddSingleton<ListLag>();
        services.AddSingleton<BackupLibrary>();
        services.AddSingleton<RestorePreview>();
        services.AddSingleton<OperationLog>();
        // The command line replaces it with its own.
        services.AddSingleton(new AppInstance("the web app", AppOptions.From(configuration).MachineName));
        services.AddSingleton<SyncLease>();
        services.AddSingleton<SyncEngine>();
        services.AddSingleton<SyncCommands>();
        services.AddSingleton<WatchLaterCleanup>();
        services.AddSingleton<WatchLaterVerifier>();
        services.AddSingleton<WatchLaterScript>();
        services.AddSingleton<SyncProgress>();
        services.AddSingleton<SyncReports>();
        services.AddSingleton<SyncPreview>();
        services.AddSingleton<ITargetStructureSource, ApprovedTargetSource>();
        services.AddSingleton<ICurrentStateSource>(sp => sp.GetRequiredService<CurrentStateReader>());
        return services;
    }
}
