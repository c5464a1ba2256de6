using System.Diagnostics;
using PlaylistOrganizer.App.Hosting;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>
/// A command-line verb of the app run as a real, separate process (the built app from this test's output folder), so
/// it can be killed the way an operating system kills: no finally block, no shutdown, nothing flushed.
/// </summary>
public sealed class CommandLineProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private CommandLineProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts <c>dotnet PlaylistOrganizer.App.dll VERB... SETTINGS...</c> (no verb: the web app), with
    /// <paramref name="environment"/> added to this process's environment.</summary>
    public static CommandLineProcess Start(IEnumerable<string> verbAndSettings, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(OrganizerWebApp).Assembly.Location);
        foreach (var arg in verbAndSettings) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new CommandLineProcess(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."));
    }

    public bool HasExited => process.HasExited;

    /// <summary>Waits until the web app this process runs answers at <paramref name="address"/> (at most
    /// <paramref name="limit"/>), failing with what it printed if it exits or never answers.</summary>
    public async Task WaitUntilServingAsync(Uri address, TimeSpan limit)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try
            {
                await http.GetAsync(address);
                return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        Dispose();
        Assert.Fail($"The app never answered at {address}. It printed: {await output} {await error}");
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits for the verb to end (at most <paramref name="limit"/>); its exit code and what it printed.</summary>
    public async Task<(int Exit, string Output, string Error)> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>SIGKILL, at once: the process gets no chance to react.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    /// <summary>The dotnet host running these tests, so the child uses the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
