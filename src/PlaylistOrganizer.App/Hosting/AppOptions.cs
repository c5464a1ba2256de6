namespace PlaylistOrganizer.App.Hosting;

/// <summary>Where the app keeps its files (configuration section "App").</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>Folder for the SQLite database, Data Protection keys and demo state.
    /// Default: <c>$XDG_DATA_HOME/PlaylistOrganizer</c> (usually <c>~/.local/share/PlaylistOrganizer</c>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The name this copy of the app gives its machine on the syncs it works on. Default: the host name. Give
    /// each machine (or container) sharing a PostgreSQL database a name of its own, so a copy tells a crashed one on
    /// another machine by its lease's expiry rather than by looking for its process.</summary>
    public string? MachineName { get; set; }

    public static AppOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<AppOptions>() ?? new AppOptions();

    public string ResolveDataDirectory()
    {
        var directory = DataDirectory ?? Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "PlaylistOrganizer");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
