using PlaylistOrganizer.App.Cli;
using PlaylistOrganizer.App.Hosting;

// A verb on the command line runs the CLI (scripts); no verb runs the web app.
if (CliCommands.IsVerb(args))
{
    return await CliCommands.RunAsync(args);
}

try
{
    await using var app = await OrganizerWebApp.BuildAsync(args);
    await app.PrepareAsync(app.Lifetime.ApplicationStopping);
    await app.RunAsync();
    return 0;
}
catch (StartupRefusedException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 2;
}

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
