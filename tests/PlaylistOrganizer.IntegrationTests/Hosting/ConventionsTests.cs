using PlaylistOrganizer.App.Cli;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Hosting;

/// <summary>The app takes its addresses as any ASP.NET Core app does, the web app and the verbs alike.</summary>
public sealed class ConventionsTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("po-conventions-").FullName;

    /// <summary>A real client configured (not demo mode, so nothing is generated), and a data folder of the test's own.</summary>
    private string[] Settings => [$"--App:DataDirectory={dataDirectory}", "--YouTube:ClientId=conventions.apps.example", "--YouTube:ClientSecret=x",
        .. TestDatabaseServer.SettingsFor(dataDirectory)];

    [Fact]
    public async Task The_web_app_listens_where_ASPNETCORE_URLS_says()
    {
        var address = new Uri($"http://127.0.0.1:{CommandLineProcess.FreePort()}/");
        using var app = CommandLineProcess.Start(Settings, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = address.ToString() });

        await app.WaitUntilServingAsync(address, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_verb_accepts_urls_as_the_web_app_does()
    {
        using var verb = CommandLineProcess.Start(["status", "--urls", "http://127.0.0.1:0", .. Settings]);

        var (exit, output, error) = await verb.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, $"exit {exit}: {output} {error}");
        Assert.Contains("YouTube", output);
    }

    [Theory]
    [InlineData(new[] { "sync", "status", "--urls", "http://127.0.0.1:0", "--App:DataDirectory=/d" }, new[] { "--urls=http://127.0.0.1:0", "--App:DataDirectory=/d" }, new[] { "sync", "status" })]
    [InlineData(new[] { "connect", "--urls=http://127.0.0.1:9" }, new[] { "--urls=http://127.0.0.1:9" }, new[] { "connect" })]
    [InlineData(new[] { "structure", "export", "--file", "a:b=c" }, new string[0], new[] { "structure", "export", "--file", "a:b=c" })]
    public void Host_arguments_are_told_from_the_verbs_own(string[] args, string[] host, string[] verb)
    {
        var split = HostArguments.Split(args);

        Assert.Equal(host, split.Host);
        Assert.Equal(verb, split.Verb);
    }

    public void Dispose()
    {
        TestDatabaseServer.DropAsync(dataDirectory).GetAwaiter().GetResult();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
