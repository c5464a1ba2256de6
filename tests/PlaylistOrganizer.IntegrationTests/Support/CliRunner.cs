using PlaylistOrganizer.App.Cli;

namespace PlaylistOrganizer.IntegrationTests.Support;

/// <summary>Runs a command-line verb in this process against the app's data folder and emulator, capturing its output.</summary>
/// <remarks>Console output is process-wide: a class using this must be its own collection with parallelization off.</remarks>
public static class CliRunner
{
    public static async Task<(int Exit, string Output, string Error)> RunVerbAsync(this OrganizerApp app, params string[] verb)
    {
        string[] args = [.. verb, .. app.Configuration, "--Logging:LogLevel:Default=Warning"];
        var (output, error) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await CliCommands.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
