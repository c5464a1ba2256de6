using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.App.Demo;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.YouTube;
using PlaylistOrganizer.YouTube;

namespace PlaylistOrganizer.App.Hosting;

public static class YouTubeRegistration
{
    /// <summary>
    /// How the app reaches YouTube: the client options (Google's endpoints from the "YouTube" section, or the demo
    /// emulator's), the connection that owns the credential, and the metered gateway every caller gets as
    /// <see cref="IYouTubeGateway"/>.
    /// </summary>
    public static IServiceCollection AddYouTube(this IServiceCollection services, IConfiguration configuration, DemoYouTube? demo)
    {
        var options = demo?.ClientOptions ?? configuration.GetSection("YouTube").Get<YouTubeClientOptions>() ?? new YouTubeClientOptions();
        services.AddSingleton(options);
        services.AddSingleton<YouTubeConnection>();
        services.AddSingleton<IYouTubeConnection>(sp => sp.GetRequiredService<YouTubeConnection>());
        services.AddSingleton<IYouTubeGateway, MeteredYouTubeGateway>();
        return services;
    }
}
