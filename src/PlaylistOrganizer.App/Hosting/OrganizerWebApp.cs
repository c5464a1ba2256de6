using PlaylistOrganizer.App.Endpoints;

namespace PlaylistOrganizer.App.Hosting;

/// <summary>Composes the app: services, then the request pipeline. The web host and the CLI verbs share it.</summary>
public static class OrganizerWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Demo mode (emulator + sample library, own database) unless a Google OAuth client is configured.
        var mode = AppMode.From(builder.Configuration);
        builder.Services.AddSingleton(mode);
        // One clock for everything; tests replace it to walk through days in seconds.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOrganizerPersistence(builder.Configuration, mode);
        builder.Services.AddOrganizerCore(builder.Configuration);
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
        app.MapStructure();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>Prepares storage before the first request: creates the database schema.</summary>
    public static Task PrepareAsync(this WebApplication app, CancellationToken ct) => app.Services.EnsureDatabaseAsync(ct);
}
