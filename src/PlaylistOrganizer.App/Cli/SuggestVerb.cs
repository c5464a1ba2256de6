using PlaylistOrganizer.Core;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Suggestions;

namespace PlaylistOrganizer.App.Cli;

/// <summary>"structure suggest": category suggestions for the videos in no category (docs/suggestions-format.md).
/// Exit codes: 0 done, 1 refused (bad option, nothing to suggest, or the apply was refused; nothing changed).</summary>
internal static class SuggestVerb
{
    public static Command Create(Func<string, string, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>>, Action<Command>, Command> verb)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (docs/suggestions-format.md) instead of a table." };
        var minConfidence = new Option<double>("--min-confidence") { Description = "Only videos whose top suggestion has at least this confidence (0–1; default 0).", DefaultValueFactory = _ => 0 };
        var apply = new Option<bool>("--apply") { Description = "Put each listed video in its top suggestion, as one undoable edit." };
        return verb("suggest", "Suggest categories for the videos in no category, learned from the ones already placed.",
            (services, parse, ct) => RunAsync(services, parse.GetValue(json), parse.GetValue(minConfidence), parse.GetValue(apply), ct),
            c => { c.Options.Add(json); c.Options.Add(minConfidence); c.Options.Add(apply); });
    }

    private static async Task<int> RunAsync(IServiceProvider services, bool json, double minConfidence, bool apply, CancellationToken ct)
    {
        if (double.IsNaN(minConfidence) || minConfidence is < 0 or > 1)
        {
            Console.Error.WriteLine($"--min-confidence must be between 0 and 1 (0.9 means 90 %); {minConfidence} is not. Nothing changed.");
            return 1;
        }
        var loader = services.GetRequiredService<SuggestionInputLoader>();
        var progress = new Progress<SuggestionProgress>(p => Console.Error.Write($"\r{p.Stage}: {p.Done.Grouped()}/{p.Total.Grouped()}   "));
        await loader.EmbedNewVideosAsync(progress, ct);
        Console.Error.WriteLine();
        var input = await loader.LoadAsync(withEmbeddings: true, ct);
        if (input.Videos.Count == 0) return Refused("The library has no videos yet: import it from YouTube first.");
        if (input.Categories.Count == 0) return Refused("There are no categories yet: create some first (or `structure from-playlists`).");
        var suggester = CategorySuggester.Build(input, ct: ct);
        var listed = suggester.Suggestions.Where(s => s.Top.Confidence >= minConfidence).ToList();

        EditResult? applied = null;
        if (apply)
        {
            if (listed.Count == 0) return Refused($"No suggestion has a confidence of {minConfidence:0.##} or more; nothing changed.");
            applied = await services.GetRequiredService<CategoryEditor>().AssignEachAsync(
                listed.Select(s => (s.VideoId, s.Top.CategoryId)).ToList(), $"suggestions at {minConfidence:P0} or more", ct);
            if (!applied.Succeeded)
            {
                Console.Error.WriteLine("The suggestions were not applied; nothing changed:");
                foreach (var e in applied.Errors) Console.Error.WriteLine($"  - {e.Message}");
                return 1;
            }
        }

        if (json) Console.WriteLine(JsonSerializer.Serialize(Document(suggester, listed, minConfidence, applied), Json));
        else PrintTable(suggester, listed, minConfidence, applied);
        return 0;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static SuggestionsDocument Document(CategorySuggester suggester, List<VideoSuggestion> listed, double minConfidence, EditResult? applied) =>
        new(suggester.IsCalibrated, minConfidence,
            listed.Select(s => new VideoEntry(s.VideoId, s.Title, s.ChannelTitle, s.InWatchLater, s.SecondIsClose,
                s.Ranked.Select(r => new CategoryEntry(r.Title, r.CategoryId, r.Confidence)).ToList())).ToList(),
            applied is null ? null : new AppliedEntry(listed.Count, applied.Description!));

    private static void PrintTable(CategorySuggester suggester, List<VideoSuggestion> listed, double minConfidence, EditResult? applied)
    {
        foreach (var s in listed)
        {
            var second = s.SecondIsClose ? $"  (or {s.Ranked[1].Title} {s.Ranked[1].Confidence:P0})" : "";
            Console.WriteLine($"{s.VideoId}  {s.Top.Confidence,5:P0}  {s.Top.Title}{second}  |  {s.Title}");
        }
        Console.WriteLine($"{listed.Count.Grouped()} videos with a suggestion at {minConfidence:P0} or more{(suggester.IsCalibrated ? "" : " (not calibrated: too few videos are in categories yet)")}.");
        if (applied is not null) Console.WriteLine($"{applied.Description}. Undo in the app removes them again.");
    }

    private static int Refused(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    private sealed record SuggestionsDocument(bool Calibrated, double MinConfidence, IReadOnlyList<VideoEntry> Videos, AppliedEntry? Applied);
    private sealed record VideoEntry(string Id, string? Title, string? Channel, bool WatchLater, bool SecondIsClose, IReadOnlyList<CategoryEntry> Suggestions);
    private sealed record CategoryEntry(string Category, long CategoryId, double Confidence);
    private sealed record AppliedEntry(int Videos, string Edit);
}
