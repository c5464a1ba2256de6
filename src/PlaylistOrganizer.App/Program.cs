using PlaylistOrganizer.App.Components;
using PlaylistOrganizer.App.Hosting;

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

await app.Services.EnsureDatabaseAsync(app.Lifetime.ApplicationStopping);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// Every form (connect, disconnect, uploads) is protected against cross-site request forgery.
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
