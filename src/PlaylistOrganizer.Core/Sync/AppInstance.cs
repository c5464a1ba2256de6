using System.Diagnostics;
using System.Globalization;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>
/// This running copy of the app (the web server, or one command-line verb): which machine, which process, which start
/// of it. Written on the runs it works on, so another copy can tell whether that worker is still alive.
/// </summary>
public sealed class AppInstance
{
    private const char Separator = '|';
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(2);

    /// <param name="role">How the user knows it: "the web app", "the command line".</param>
    /// <param name="machine">The machine's name on the runs it works on (<c>App:MachineName</c>); default the host name.
    /// Copies on machines of one name tell a dead holder by its process; on others, by its lease's expiry.</param>
    public AppInstance(string role, string? machine = null)
    {
        using var process = Process.GetCurrentProcess();
        Role = role;
        Machine = string.IsNullOrWhiteSpace(machine) ? Environment.MachineName : machine.Trim().Replace(Separator, '-');
        Id = IdOf(role, Machine, process.Id, process.StartTime.ToUniversalTime(), Guid.NewGuid());
    }

    public string Machine { get; }

    /// <summary>The id a copy of the app with these facts writes on a run.</summary>
    internal static string IdOf(string role, string machine, int processId, DateTime startedUtc, Guid copy) =>
        string.Join(Separator, role, machine, processId.ToString(CultureInfo.InvariantCulture),
            startedUtc.Ticks.ToString(CultureInfo.InvariantCulture), copy.ToString("N"));

    public string Role { get; }

    /// <summary>Role, machine, process id, process start, and an id of this copy of the app within the process.</summary>
    public string Id { get; }

    /// <summary>"the web app (process 1234)", as pages and the command line name a worker.</summary>
    public static string Describe(string id) =>
        id.Split(Separator) is [var role, var machine, var pid, ..]
            ? $"{role} (process {pid}{(machine == Environment.MachineName ? "" : $" on {machine}")})"
            : id;

    /// <summary>
    /// Whether the copy of the app with this id still runs: true or false when it is on this machine, null (cannot tell)
    /// when it is on another one sharing the database.
    /// </summary>
    public bool? IsAlive(string id)
    {
        if (id == Id) return true;
        if (id.Split(Separator) is not [_, var machine, var pidText, var startText, _]) return false;
        if (machine != Machine) return null;
        var pid = int.Parse(pidText, CultureInfo.InvariantCulture);
        // One process hosts one app; another copy in this very process is an earlier one that has stopped (as tests restart).
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            // A process id can be reused: the start time tells the original from a newcomer. Each process derives start
            // times from its own reading of the boot time, so two readings of one process differ by a little.
            var started = new DateTime(long.Parse(startText, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            return (process.StartTime.ToUniversalTime() - started).Duration() < StartTimeTolerance && !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false; // no such process (any more)
        }
    }
}
