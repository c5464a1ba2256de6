namespace PlaylistOrganizer.FakeYouTube;

/// <summary>Builds the emulator as a web application, standalone or in-process.</summary>
public static class FakeYouTubeHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        return app;
    }
}
