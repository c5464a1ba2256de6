using PlaylistOrganizer.FakeYouTube.Admin;
using PlaylistOrganizer.FakeYouTube.Api;
using PlaylistOrganizer.FakeYouTube.Auth;
using PlaylistOrganizer.FakeYouTube.Faults;
using PlaylistOrganizer.FakeYouTube.State;
using PlaylistOrganizer.FakeYouTube.Thumbnails;
using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube;

/// <summary>Builds the emulator as a web application. Standalone and in-process use the same composition.</summary>
public static class FakeYouTubeHost
{
    /// <summary>
    /// Standalone: options from the <c>FakeYouTube</c> configuration section, the system clock.
    /// <c>--seed-demo</c> is reserved for loading the demo library; it is accepted and currently does nothing.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var seedDemo = args.Contains("--seed-demo");
        var builder = WebApplication.CreateBuilder(args.Where(a => a != "--seed-demo").ToArray());
        var options = builder.Configuration.GetSection("FakeYouTube").Get<FakeYouTubeOptions>() ?? new FakeYouTubeOptions();
        var app = Build(builder, options, TimeProvider.System);
        if (seedDemo) app.Logger.LogWarning("--seed-demo is reserved and not implemented yet; starting with no accounts.");
        return app;
    }

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
        app.MapThumbnails();
        app.MapOAuth();
        app.MapEmulatorAdmin();
        return app;
    }
}
