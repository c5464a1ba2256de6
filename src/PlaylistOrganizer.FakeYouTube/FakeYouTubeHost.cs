using PlaylistOrganizer.FakeYouTube.Demo;
using PlaylistOrganizer.FakeYouTube.Admin;
using PlaylistOrganizer.FakeYouTube.Api;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube;

/// <summary>Builds the emulator as a web application. Standalone and in-process use the same composition.</summary>
public static class FakeYouTubeHost
{
    /// <summary>
    /// Standalone: options from the <c>FakeYouTube</c> configuration section, the system clock. <c>--seed-demo</c> loads
    /// the generated demo library (<c>--seed-demo=Small|Upstream|Large</c>; Upstream by default) as account "demo".
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var seed = args.Where(a => a == SeedDemoFlag || a.StartsWith(SeedDemoFlag + "=", StringComparison.Ordinal))
            .Select(a => a.Length > SeedDemoFlag.Length ? a[(SeedDemoFlag.Length + 1)..] : nameof(DemoLibraryOptions.Upstream)).LastOrDefault();
        var preset = seed is null ? null
            : DemoLibraryOptions.Presets.TryGetValue(seed, out var found) ? found
            : throw new ArgumentException($"{SeedDemoFlag}={seed}: use one of {string.Join(", ", DemoLibraryOptions.Presets.Keys)}.");
        var builder = WebApplication.CreateBuilder(args.Where(a => !a.StartsWith(SeedDemoFlag, StringComparison.Ordinal)).ToArray());
        var options = builder.Configuration.GetSection("FakeYouTube").Get<FakeYouTubeOptions>() ?? new FakeYouTubeOptions();
        var app = Build(builder, options, TimeProvider.System);
        if (preset is not null) app.Services.GetRequiredService<EmulatorState>().Load(DemoLibraryGenerator.Generate(preset with { AccountId = "demo" }).Account);
        return app;
    }

    private const string SeedDemoFlag = "--seed-demo";

    /// <summary>Registers the emulator's services on <paramref name="builder"/> and maps its routes.</summary>
    public static WebApplication Build(WebApplicationBuilder builder, FakeYouTubeOptions options, TimeProvider timeProvider)
    {
        var clock = new EmulatorClock(timeProvider);
        var state = new EmulatorState(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(new TokenStore(clock, options, state.Ids));
        builder.Services.AddSingleton<FaultPlan>();
        // Admin and OAuth JSON is camelCase with nulls left out, like the API's.
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);

        var app = builder.Build();
        app.MapYouTube();
        app.MapOAuth();
        app.MapEmulatorAdmin();
        return app;
    }
}
