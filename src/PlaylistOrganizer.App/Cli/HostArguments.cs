namespace PlaylistOrganizer.App.Cli;

/// <summary>
/// Tells the arguments meant for the host from a verb's own: configuration overrides (<c>--Section:Key=Value</c>) and
/// ASP.NET Core's <c>--urls</c> (as <c>--urls=X</c> or <c>--urls X</c>), accepted by the verbs as by the web app.
/// </summary>
public static class HostArguments
{
    private const string Urls = "--urls";

    public static (string[] Host, string[] Verb) Split(IReadOnlyList<string> args)
    {
        var host = new List<string>();
        var verb = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (IsConfigurationOverride(arg) || arg.StartsWith(Urls + "=", StringComparison.OrdinalIgnoreCase)) host.Add(arg);
            else if (arg.Equals(Urls, StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count) host.Add($"{Urls}={args[++i]}");
            else verb.Add(arg);
        }
        return ([.. host], [.. verb]);
    }

    private static bool IsConfigurationOverride(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf(':') is > 2 and var colon && arg.IndexOf('=') > colon;
}
