namespace PlaylistOrganizer.FakeYouTube;

/// <summary>Standalone entry point: <c>dotnet run --project src/PlaylistOrganizer.FakeYouTube -- --urls http://127.0.0.1:PORT</c>.</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var app = FakeYouTubeHost.Build(args);
        await app.RunAsync();
    }
}
