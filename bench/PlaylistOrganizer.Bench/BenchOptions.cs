namespace PlaylistOrganizer.Bench;

/// <summary>Command-line options. Defaults: every reference library, results in bench/results/latest.json.</summary>
internal sealed record BenchOptions(IReadOnlyList<ReferenceLibrary> Libraries, string? OutputFile, string? Error, bool SkipSync = false, bool SuggestOnly = false)
{
    public const string Usage = "Usage: PlaylistOrganizer.Bench [--libraries small,upstream,large] [--out FILE] [--skip-sync] [--suggest-only]";

    public static BenchOptions Parse(string[] args)
    {
        IReadOnlyList<ReferenceLibrary> libraries = ReferenceLibrary.All;
        string? output = null;
        var skipSync = false;
        var suggestOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--skip-sync") { skipSync = true; continue; }
            if (args[i] == "--suggest-only") { suggestOnly = true; continue; } // import, then suggest

            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Length ? args[++i] : null);
            switch (name)
            {
                case "--libraries" when value is not null:
                    var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => (n, ReferenceLibrary.Find(n))).ToList();
                    if (chosen.FirstOrDefault(c => c.Item2 is null) is { n: { } unknown })
                    {
                        return new([], null, $"Unknown library '{unknown}'. Known: {string.Join(", ", ReferenceLibrary.All.Select(l => l.Name))}.");
                    }
                    libraries = chosen.Select(c => c.Item2!).ToList();
                    break;
                case "--out" when value is not null:
                    output = Path.GetFullPath(value);
                    break;
                default:
                    return new([], null, $"Unknown or incomplete option '{args[i]}'.");
            }
        }
        return new(libraries, output, null, skipSync, suggestOnly);
    }
}
