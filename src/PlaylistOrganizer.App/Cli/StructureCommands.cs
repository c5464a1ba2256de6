using PlaylistOrganizer.Core;
using System.CommandLine;
using PlaylistOrganizer.Core.Categories;

namespace PlaylistOrganizer.App.Cli;

/// <summary>The "structure" verb: export, import and approve the category structure from scripts.
/// Exit codes: 0 done, 1 refused (the reasons are printed; nothing changed), 2 the file could not be read or written.</summary>
internal static class StructureCommands
{
    public static Command Create(Func<string, string, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>>, Action<Command>, Command> verb)
    {
        var structure = new Command("structure", "Export, import, suggest or approve the category structure (docs/structure-format.md).");

        var exportFile = new Option<FileInfo>("--file") { Description = "Where to write the structure.", Required = true };
        var format = new Option<StructureFileFormat>("--format") { Description = "json (everything, default) or csv (category,videoId).", DefaultValueFactory = _ => StructureFileFormat.Json };
        structure.Subcommands.Add(verb("export", "Write the draft structure to a file.", (services, parse, ct) => ExportAsync(services, parse.GetValue(exportFile)!, parse.GetValue(format), ct),
            c => { c.Options.Add(exportFile); c.Options.Add(format); }));

        var importFile = new Option<FileInfo>("--file") { Description = "A structure file (JSON or CSV) to replace the draft with; undoable in the app.", Required = true };
        structure.Subcommands.Add(verb("import", "Replace the draft with a structure file.", (services, parse, ct) => ImportAsync(services, parse.GetValue(importFile)!, ct),
            c => c.Options.Add(importFile)));

        var again = new Option<bool>("--alongside-existing") { Description = "Add them even though the draft already has categories (otherwise refused)." };
        structure.Subcommands.Add(verb("from-playlists", "Quick start: add one category per imported playlist (then merge in the app).",
            (services, parse, ct) => FromPlaylistsAsync(services, parse.GetValue(again), ct), c => c.Options.Add(again)));

        structure.Subcommands.Add(SuggestVerb.Create(verb));

        structure.Subcommands.Add(verb("approve", "Validate the draft and freeze it as an approved version for the sync.", (services, _, ct) => ApproveAsync(services, ct), _ => { }));
        return structure;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, FileInfo file, StructureFileFormat format, CancellationToken ct)
    {
        var document = await services.GetRequiredService<CategoryEditor>().ExportAsync(ct);
        try
        {
            await File.WriteAllTextAsync(file.FullName, StructureFile.Write(document, format), ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not write {file.FullName}: {e.Message}");
            return 2;
        }
        Console.WriteLine($"Exported {Counts.Of(document.Categories.Count, "category", "categories")}, {Counts.Of(document.Categories.Sum(c => c.VideoIds.Count), "video placement")} to {file.FullName} ({format.ToString().ToLowerInvariant()}).");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, FileInfo file, CancellationToken ct)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file.FullName, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not read {file.FullName}: {e.Message}");
            return 2;
        }
        var parsed = StructureFile.Parse(text);
        if (parsed.Document is null) return Refused($"{file.Name} was not imported; nothing changed:", parsed.Errors);
        var imported = await services.GetRequiredService<CategoryEditor>().ReplaceAsync(parsed.Document, ct);
        if (!imported.Result.Succeeded) return Refused($"{file.Name} was not imported; nothing changed:", imported.Result.Errors);
        Console.WriteLine($"Imported {Counts.Of(parsed.Document.Categories.Count, "category", "categories")} from {file.Name}. The draft was replaced (undo in the app restores the previous one).");
        if (imported.UnknownVideoIds.Count > 0)
        {
            Console.WriteLine($"{Counts.Of(imported.UnknownVideoIds.Count, "video id")} {(imported.UnknownVideoIds.Count == 1 ? "is" : "are")} not in the library (imported anyway): {string.Join(", ", imported.UnknownVideoIds.Take(10))}{(imported.UnknownVideoIds.Count > 10 ? ", …" : "")}");
        }
        return 0;
    }

    private static async Task<int> FromPlaylistsAsync(IServiceProvider services, bool alongsideExisting, CancellationToken ct)
    {
        var result = await services.GetRequiredService<CategoryEditor>().CreateFromPlaylistsAsync(alongsideExisting, ct);
        if (!result.Succeeded)
        {
            var hint = result.Errors.Any(e => e.Code == CategoryErrorCode.CategoriesExist) ? " (add --alongside-existing to add them anyway)" : "";
            return Refused($"No categories were added{hint}:", result.Errors);
        }
        Console.WriteLine($"{result.Description}. Undo in the app removes them again.");
        return 0;
    }

    private static async Task<int> ApproveAsync(IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<StructureApproval>().ApproveAsync(ct);
        if (!result.Succeeded) return Refused("The structure was not approved:", result.Errors);
        var v = result.Version!;
        Console.WriteLine(result.WasAlreadyApproved
            ? $"The draft is already approved as version {v.Number} (hash {v.ContentHash[..12]}…); nothing new was written."
            : $"Approved version {v.Number}: {Counts.Of(v.CategoryCount, "category", "categories")}, {Counts.Of(v.VideoLinkCount, "video placement")}, hash {v.ContentHash}.");
        if (result.UnavailableVideos.Count > 0)
        {
            Console.WriteLine($"Warning: {Counts.Of(result.UnavailableVideos.Count, "video")} {(result.UnavailableVideos.Count == 1 ? "is" : "are")} unavailable on YouTube and will be skipped by the sync:");
            foreach (var u in result.UnavailableVideos.Take(20)) Console.WriteLine($"  {u.VideoId}  {u.Title ?? "(no title)"}  in {string.Join(", ", u.Categories)}");
            if (result.UnavailableVideos.Count > 20) Console.WriteLine($"  …and {result.UnavailableVideos.Count - 20} more.");
        }
        return 0;
    }

    private static int Refused(string headline, IEnumerable<CategoryError> errors)
    {
        Console.Error.WriteLine(headline);
        foreach (var e in errors) Console.Error.WriteLine($"  - {e.Message}");
        return 1;
    }
}
