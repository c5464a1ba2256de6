namespace PlaylistOrganizer.App.Hosting;

/// <summary>
/// Demo mode runs against the built-in YouTube emulator, seeded with a realistic library, in its own database; it is
/// chosen whenever no Google OAuth client is configured, so a newcomer can walk the whole flow without an account.
/// </summary>
public sealed record AppMode(bool IsDemo)
{
    public static AppMode From(IConfiguration configuration) =>
        new(string.IsNullOrWhiteSpace(configuration["YouTube:ClientId"]) || configuration.GetValue<bool>("Demo:Enabled"));

    /// <summary>Demo and real data never share a database file.</summary>
    public string DatabaseFileName => IsDemo ? "demo.db" : "playlist-organizer.db";
}
