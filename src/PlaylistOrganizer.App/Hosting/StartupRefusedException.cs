namespace PlaylistOrganizer.App.Hosting;

/// <summary>
/// The app will not start as configured, for a reason the user can fix; the message says which and how. The web app
/// and the command line print it (no stack trace) and exit with code 2.
/// </summary>
public sealed class StartupRefusedException(string message) : Exception(message);
