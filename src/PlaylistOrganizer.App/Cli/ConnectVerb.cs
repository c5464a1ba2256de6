using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PlaylistOrganizer.App.Connection;
using PlaylistOrganizer.Core.Account;

namespace PlaylistOrganizer.App.Cli;

/// <summary>
/// "connect" for headless set-ups: serves the app's own callback on its loopback address, prints the link to open in
/// any browser, and waits (up to 10 minutes) until Google (or the emulator) redirects back.
/// Exit codes: 0 connected, 1 timed out or refused.
/// </summary>
internal static class ConnectVerb
{
    public static async Task<int> RunAsync(WebApplication app, CancellationToken ct)
    {
        try
        {
            await app.StartAsync(ct);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not listen for the sign-in's answer ({e.Message}). Stop the web app, or pass --urls=http://127.0.0.1:0.");
            return 1;
        }
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Console.WriteLine($"Open this link in a browser and allow access:\n  {address.TrimEnd('/')}/account/connect");
            var accounts = app.Services.GetRequiredService<AccountStatusStore>();
            var connection = app.Services.GetRequiredService<YouTubeConnection>();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            var before = await accounts.GetAsync(ct);
            while (waited.Elapsed < TimeSpan.FromMinutes(10))
            {
                var status = await accounts.GetAsync(ct);
                if (status.IsReady && status.ConnectedAt != before.ConnectedAt)
                {
                    Console.WriteLine($"Connected to {status.ChannelTitle} ({status.ChannelId}).");
                    return 0;
                }
                if (connection.LastRefusal is { } refusal)
                {
                    Console.Error.WriteLine(refusal);
                    return 1;
                }
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
            Console.Error.WriteLine("No answer within 10 minutes; nothing was connected.");
            return 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
