namespace PlaylistOrganizer.Core.Library.Import.Takeout;

/// <summary>
/// Decides which playlist file of a .zip is Watch Later without trusting its name alone: Takeout names it in the
/// account's language (docs/takeout-localization.md), and a legacy Watch Later may carry a <c>PL…</c> id instead of
/// <c>WL</c> (docs/youtube-facts.md §8).
/// </summary>
/// <remarks>
/// In order: the file the user picked; a legacy file whose metadata says <c>WL</c>; else, among the files that match
/// no playlist imported from YouTube (the API never lists Watch Later), the one named like Watch Later in a known
/// language. Several such files, or none named so, leave the choice to the user.
/// </remarks>
internal static class WatchLaterSelector
{
    /// <param name="Stem">The title the file name carries (without the localized wrapper).</param>
    internal sealed record PlaylistFile(TakeoutPlaylist Playlist, string Stem, string? LegacyId);

    internal sealed record Selection(TakeoutPlaylist? WatchLater, IReadOnlyList<TakeoutPlaylist> Candidates);

    public static Selection Select(IReadOnlyList<PlaylistFile> files, WatchLaterHints hints, string uploadName, ProblemList problems)
    {
        if (hints.WatchLaterFile is { } chosen) return Chosen(files, chosen, uploadName, problems);

        var byWl = files.Where(f => f.LegacyId == "WL").ToList();
        if (byWl.Count == 1) return new Selection(byWl[0].Playlist, []);

        var leftOver = files.Where(f => !MatchesImported(f, hints.ImportedPlaylists)).ToList();
        var named = leftOver.Where(f => TakeoutNames.IsWatchLaterTitle(f.Playlist.Title) || TakeoutNames.IsWatchLaterTitle(f.Stem)).ToList();
        return named.Count switch
        {
            1 => new Selection(named[0].Playlist, []),
            > 1 => new Selection(null, named.Select(f => f.Playlist).ToList()),
            _ => new Selection(null, leftOver.Select(f => f.Playlist).ToList()),
        };
    }

    private static Selection Chosen(IReadOnlyList<PlaylistFile> files, string chosen, string uploadName, ProblemList problems)
    {
        var key = TakeoutNames.Key(chosen);
        var match = files.FirstOrDefault(f => TakeoutNames.Key(f.Playlist.SourceFile) == key)
                    ?? files.FirstOrDefault(f => TakeoutNames.Key(TakeoutCsv.DisplayName(f.Playlist.SourceFile)) == key);
        if (match is not null) return new Selection(match.Playlist, []);

        problems.Add(TakeoutProblemCode.WatchLaterNotFound,
            $"{uploadName} has no playlist file named '{chosen}'. Its playlist files are: " +
            string.Join(", ", files.Select(f => $"'{TakeoutCsv.DisplayName(f.Playlist.SourceFile)}'")) + ".");
        return new Selection(null, []);
    }

    private static bool MatchesImported(PlaylistFile file, IReadOnlyCollection<KnownPlaylist> imported)
    {
        if (file.Playlist.Id is { } id) return imported.Any(p => p.Id == id.Value);
        var stem = TakeoutNames.Key(file.Stem);
        return imported.Any(p => TakeoutNames.Key(TakeoutReader.SanitizeFileTitle(p.Title)) == stem || TakeoutNames.Key(p.Title) == stem);
    }
}
