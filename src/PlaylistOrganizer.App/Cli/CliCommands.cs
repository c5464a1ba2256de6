using PlaylistOrganizer.Core;
using System.CommandLine;
using PlaylistOrganizer.App.Hosting;
using PlaylistOrganizer.Core.Account;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.App.Cli;

/// <summary>The command-line verbs, for scripts. They use the same configuration and database as the web app.</summary>
public static class CliCommands
{
    private static readonly string[] Verbs = ["connect", "status", "quota", "import", "structure", "sync"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        // Host arguments (configuration overrides "--Section:Key=Value" and "--urls", as for the web app) go to the host;
        // the rest is the verb's.
        var (hostArgs, verbArgs) = HostArguments.Split(args);
        var root = new RootCommand("PlaylistOrganizer: organise a YouTube library into categories and sync it back.");
        var connect = new Command("connect", "Connect a YouTube account: prints a link to open, waits for the sign-in to come back.");
        connect.SetAction((_, ct) => InAppAsync(app => ConnectVerb.RunAsync(app, ct), ct));
        root.Subcommands.Add(connect);
        root.Subcommands.Add(Verb("status", "Show the connected account and today's quota.", PrintStatusAsync));
        root.Subcommands.Add(Verb("quota", "Show today's quota use and the next reset.", PrintQuotaAsync));
        var import = new Command("import", "Import the library: playlists from YouTube, Watch Later from a Google Takeout file.");
        import.Subcommands.Add(Verb("youtube", "Import (or resume importing) playlists and videos from the connected account.", ImportCommands.FromYouTubeAsync));
        var takeoutFile = new Argument<FileInfo>("file") { Description = "A Takeout .zip, or its Watch Later CSV (any language)." };
        var watchLater = new Option<string>("--watch-later")
        {
            Description = "The file in the .zip that is Watch Later (its name or path), when the import cannot tell and lists the candidates.",
        };
        var takeout = Verb("takeout", "Import Watch Later from a Google Takeout .zip or its Watch Later CSV.",
            (services, result, ct) => ImportCommands.FromTakeoutAsync(services, result.GetValue(takeoutFile)!, result.GetValue(watchLater), ct));
        takeout.Arguments.Add(takeoutFile);
        takeout.Options.Add(watchLater);
        import.Subcommands.Add(takeout);
        root.Subcommands.Add(import);
        root.Subcommands.Add(StructureCommands.Create(ConfiguredVerb));
        root.Subcommands.Add(SyncVerbs.Create(ConfiguredVerb));
        return await root.Parse(verbArgs).InvokeAsync();

        Command ConfiguredVerb(string name, string description, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>> action, Action<Command> configure)
        {
            var command = Verb(name, description, action);
            configure(command);
            return command;
        }

        Command Verb(string name, string description, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>> action)
        {
            var command = new Command(name, description);
            command.SetAction((parsed, ct) => InAppAsync(app => action(app.Services, parsed, ct), ct));
            return command;
        }

        // Every verb runs in the same composed app as the web UI, so it sees the same configuration and database.
        async Task<int> InAppAsync(Func<WebApplication, Task<int>> verb, CancellationToken ct)
        {
            try
            {
                await using var app = await OrganizerWebApp.BuildAsync(hostArgs, ct, AsCommandLine);
                await app.PrepareAsync(ct);
                return await verb(app);
            }
            catch (StartupRefusedException refused)
            {
                Console.Error.WriteLine(refused.Message);
                return 2;
            }
        }
    }

    /// <summary>Names this process on the syncs it works on, so the web app (or another verb) can tell it apart.</summary>
    private static void AsCommandLine(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(sp => new AppInstance("the command line", AppOptions.From(sp.GetRequiredService<IConfiguration>()).MachineName)));

    private static async Task<int> PrintStatusAsync(IServiceProvider services, ParseResult _, CancellationToken ct)
    {
        var mode = services.GetRequiredService<AppMode>();
        var account = await services.GetRequiredService<AccountStatusStore>().GetAsync(ct);
        Console.WriteLine($"Mode:     {(mode.IsDemo ? "demo (built-in YouTube emulator)" : "YouTube")}");
        Console.WriteLine(account switch
        {
            { NeedsReconnect: true } => $"Account:  needs reconnect: {account.NeedsReconnectReason}",
            { IsConnected: true } => $"Account:  connected to {account.ChannelTitle} ({account.ChannelId})",
            _ => "Account:  not connected",
        });
        return await PrintQuotaAsync(services, _, ct);
    }

    private static async Task<int> PrintQuotaAsync(IServiceProvider services, ParseResult _, CancellationToken ct)
    {
        var quota = await services.GetRequiredService<QuotaLedger>().GetStatusAsync(ct);
        Console.WriteLine($"Quota:    {quota.UsedUnits.Grouped()} of {quota.DailyLimitUnits.Grouped()} units used today ({quota.Day}, Pacific)");
        Console.WriteLine($"          {quota.LeftForSyncUnits.Grouped()} left for syncing ({quota.ReserveUnits.Grouped()} kept in reserve)");
        Console.WriteLine($"Reset:    {quota.NextReset:u} (in {Countdown.Format(quota.UntilNextReset)})");
        return 0;
    }
}
