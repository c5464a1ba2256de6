namespace PlaylistOrganizer.Core.Persistence;

/// <summary>The database cannot be used by this version as it is; the message says why and what to do. Nothing was
/// changed.</summary>
public sealed class DatabaseRefusedException(string message) : Exception(message);
