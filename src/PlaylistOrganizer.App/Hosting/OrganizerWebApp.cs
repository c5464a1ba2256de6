using Microsoft.Extensions.Configuration.Memory;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Demo;
using PlaylistOrganizer.App.Reports;
using PlaylistOrganizer.App.Worker;
using PlaylistOrganizer.App.Structure;
using PlaylistOrganizer.App.Backups;
using PlaylistOrganizer.App.ActivityLog;
using PlaylistOrganizer.App.Components.Pages.Videos;

namespace PlaylistOrganizer.App.Hosting;

/// <summary>Composes the app: services, then the request pipeline. The web host and the CLI verbs share it.</summary>
public static class OrganizerWebApp
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    private static readonly Dictionary<string, string?> DemoPace = new()
    {
        [$"{SyncEngineOptions.Section}:{nameof(SyncEngineOptions.PlaylistCreateSpacing)}"] = "00:00:02",
        [$"{SyncEngineOptions.Section}:{nameof(SyncEngineOptions.WritePause)}"] = "00:00:00.100",
    };

    /// <param name="overrideServices">Applied after every registration: how tests swap in a fake clock.</param>
    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken ct = default, Action<IServiceCollection>? overrideServices = null)
    {
        // The application name locates the static-assets manifest; fixed so tests and the CLI host find it too.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(OrganizerWebApp).Assembly.GetName().Name });
        // Loopback on 5080 unless told otherwise in any of ASP.NET Core's usual ways (ASPNETCORE_URLS, --urls, Urls). A
        // default in appsettings.json would outrank the environment variable, so it lives here.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey])) builder.WebHost.UseUrls(DefaultUrls);

        // Demo mode (emulator + sample library, own database) unless a Google OAuth client is configured.
        var mode = AppMode.From(builder.Configuration);
        var dataDirectory = AppOptions.From(builder.Configuration).ResolveDataDirectory();
        builder.Services.AddSingleton(mode);
        var quota = builder.Configuration.GetSection(QuotaOptions.Section).Get<QuotaOptions>() ?? new QuotaOptions();
        var demoTakeout = mode.IsDemo ? DemoEndpoints.TakeoutOptions(builder.Configuration["Demo:TakeoutLanguage"]) : null;
        var demo = mode.IsDemo ? await DemoYouTube.StartAsync(dataDirectory, builder.Configuration["Demo:Library"], quota.DailyLimitUnits, quota.PlaylistCreatesPerDay, ct) : null;
        if (demo is not null)
        {
            // The demo's YouTube runs on this machine, with no channel to protect: its sync keeps a lighter pace (so a
            // demo day does not take an hour), unless configured. Lowest priority: any setting outranks it.
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DemoPace });
            builder.Services.AddSingleton(_ => demo); // a factory, so the container owns it (see below)
            builder.Services.AddHostedService<DemoStateSaver>();
        }
        // One clock for everything (the demo's can jump ahead to the next quota reset); tests replace it.
        builder.Services.AddSingleton<TimeProvider>(demo?.Clock ?? TimeProvider.System);
        builder.Services.AddOrganizerPersistence(builder.Configuration, mode, dataDirectory);
        builder.Services.AddOrganizerCore(builder.Configuration);
        builder.Services.AddYouTube(builder.Configuration, demo);
        // The worker waits on it; the Core commands wake it through the interface Core owns.
        builder.Services.AddSingleton<SyncWakeUp>();
        builder.Services.AddSingleton<ISyncWorkerWake>(sp => sp.GetRequiredService<SyncWakeUp>());
        builder.Services.AddSingleton<DemoClockJump>();
        builder.Services.AddSingleton(new ThumbnailLinks(demo?.ThumbnailRoot));
        builder.Services.AddHostedService<SyncWorker>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Resolved now, the demo is disposed with the app (saving its state, releasing its data folder) even by a
        // command-line verb that never started the app or used YouTube.
        if (demo is not null) app.Services.GetRequiredService<DemoYouTube>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Every form (connect, disconnect, uploads) is protected against cross-site request forgery.
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapConnection();
        app.MapReports();
        app.MapBackups();
        app.MapActivityLog();
        if (demo is not null) app.MapDemo(demoTakeout!);
        app.MapStructure();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Prepares storage before the first request: creates the database schema.</summary>
    public static Task PrepareAsync(this WebApplication app, CancellationToken ct) => app.Services.EnsureDatabaseAsync(ct);
}
