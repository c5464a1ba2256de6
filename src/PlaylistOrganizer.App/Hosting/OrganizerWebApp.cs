using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Demo;
using PlaylistOrganizer.App.Worker;

namespace PlaylistOrganizer.App.Hosting;

/// <summary>Composes the app: services, then the request pipeline. The web host and the CLI verbs share it.</summary>
public static class OrganizerWebApp
{
    public static async Task<WebApplication> BuildAsync(string[] args, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Demo mode (emulator + sample library, own database) unless a Google OAuth client is configured.
        var mode = AppMode.From(builder.Configuration);
        var dataDirectory = AppOptions.From(builder.Configuration).ResolveDataDirectory();
        builder.Services.AddSingleton(mode);
        var demo = mode.IsDemo ? await DemoYouTube.StartAsync(dataDirectory, ct) : null;
        if (demo is not null)
        {
            builder.Services.AddSingleton(demo);
            builder.Services.AddHostedService<DemoStateSaver>();
        }
        // One clock for everything (the demo's can jump ahead to the next quota reset); tests replace it.
        builder.Services.AddSingleton<TimeProvider>(demo?.Clock ?? TimeProvider.System);
        builder.Services.AddOrganizerPersistence(builder.Configuration, mode, dataDirectory);
        builder.Services.AddOrganizerCore(builder.Configuration);
        builder.Services.AddYouTube(builder.Configuration, demo);
        builder.Services.AddSingleton<SyncWakeUp>();
        builder.Services.AddHostedService<SyncWorker>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();

        var app = builder.Build();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Every form (connect, disconnect, uploads) is protected against cross-site request forgery.
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapConnection();
        if (demo is not null) app.MapDemo();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Prepares storage before the first request: creates the database schema.</summary>
    public static Task PrepareAsync(this WebApplication app, CancellationToken ct) => app.Services.EnsureDatabaseAsync(ct);
}
