using PlaylistOrganizer.Core;
using System.CommandLine;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.Sync.WatchLater;

namespace PlaylistOrganizer.App.Cli;

/// <summary>
/// "sync watch-later": the guided clean-up from a terminal. status · script [--file F] [--dry-run] · verify FILE · done · skip.
/// YouTube's API cannot touch Watch Later, so the removing is the user's (by hand or with the browser helper this prints).
/// Exit codes as for the other sync verbs: 0 done, 1 refused (nothing changed), 3 the sync waits.
/// </summary>
internal static class WatchLaterVerbs
{
    private const int ListedStillThere = 20;

    public static Command Create(Func<string, string, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>>, Action<Command>, Command> verb)
    {
        var watchLater = new Command("watch-later", "The guided Watch Later clean-up: status, script, verify, done, skip.");
        watchLater.Subcommands.Add(verb("status", "How many videos are removed, left and kept, and what the last verification found.",
            (s, _, ct) => StatusAsync(s, ct), _ => { }));

        var file = new Option<FileInfo?>("--file") { Description = "Write the script to this file instead of standard output." };
        var dryRun = new Option<bool>("--dry-run") { Description = "A script that only scrolls and counts; it removes nothing." };
        watchLater.Subcommands.Add(verb("script", "Print the browser helper for youtube.com's Watch Later page, holding exactly the videos left to remove.",
            (s, p, ct) => ScriptAsync(s, p.GetValue(file), p.GetValue(dryRun), ct), c => { c.Options.Add(file); c.Options.Add(dryRun); }));

        var takeout = new Argument<FileInfo>("file") { Description = "A Takeout .zip (or Watch later-videos.csv) made after the sync began." };
        watchLater.Subcommands.Add(verb("verify", "Compare Watch Later in a newer Takeout with the checklist; the step completes when nothing is left.",
            (s, p, ct) => VerifyAsync(s, p.GetValue(takeout)!, ct), c => c.Arguments.Add(takeout)));

        watchLater.Subcommands.Add(verb("done", "Confirm you removed every video left (recorded as confirmed by you, not verified).",
            (s, _, ct) => SyncVerbs.CommandAsync(s, (_, id) => s.GetRequiredService<WatchLaterCleanup>().ConfirmAsync(id, all: true, ct), run: true, ct), _ => { }));
        watchLater.Subcommands.Add(verb("skip", "Skip the clean-up: the videos stay in Watch Later.",
            (s, _, ct) => SyncVerbs.CommandAsync(s, (c, id) => c.SkipWatchLaterAsync(id, ct), run: true, ct), _ => { }));
        return watchLater;
    }

    private static async Task<long?> WaitingRunAsync(IServiceProvider services, CancellationToken ct)
    {
        var progress = services.GetRequiredService<SyncProgress>();
        if (await progress.ActiveRunIdAsync(ct) is { } runId && await progress.GetAsync(runId, ct) is { Run.Status: SyncRunStatus.AwaitingWatchLater })
            return runId;
        Console.Error.WriteLine("The sync is not waiting for the Watch Later clean-up.");
        return null;
    }

    private static async Task<int> StatusAsync(IServiceProvider services, CancellationToken ct)
    {
        if (await WaitingRunAsync(services, ct) is not { } runId) return 1;
        var cleanup = services.GetRequiredService<WatchLaterCleanup>();
        var summary = await cleanup.GetSummaryAsync(runId, ct);
        Console.WriteLine($"Watch Later clean-up of sync #{runId}: {summary.Progress} ({summary.VerifiedGone.Grouped()} verified by a Takeout), {summary.Left.Grouped()} left.");
        Console.WriteLine($"  to keep: {summary.ToKeep.Grouped()} ({summary.KeepNoCategory.Grouped()} in no category, {summary.KeepSkipped.Grouped()} skipped, {summary.KeepUnavailable.Grouped()} unavailable)");
        if (summary.LastVerification is { } last)
        {
            Console.WriteLine($"  last verification: {last.FileName}, exported {last.ExportedAt:yyyy-MM-dd HH:mm} UTC: {last.Removed.Grouped()} removed, " +
                $"{last.StillThere.Grouped()} still there, {last.KeptButGone.Grouped()} gone although they were to stay, {last.AddedSince.Grouped()} added since");
            var rows = await cleanup.GetRowsAsync(runId, WatchLaterOrder.NewestFirst, 0, int.MaxValue, ct);
            var still = rows.Where(r => r.Role == WatchLaterRole.Remove && r.LastCheck == WatchLaterCheck.StillThere).ToList();
            foreach (var row in still.Take(ListedStillThere)) Console.WriteLine($"  still there: https://www.youtube.com/watch?v={row.VideoId}  {row.Title}");
            if (still.Count > ListedStillThere) Console.WriteLine($"  … and {(still.Count - ListedStillThere).Grouped()} more (see the Sync page)");
        }
        return 3;
    }

    private static async Task<int> ScriptAsync(IServiceProvider services, FileInfo? file, bool dryRun, CancellationToken ct)
    {
        if (await WaitingRunAsync(services, ct) is not { } runId) return 1;
        var (snippet, videos) = await services.GetRequiredService<WatchLaterScript>().ForRunAsync(runId, dryRun, ct);
        if (file is null) Console.Write(snippet);
        else await File.WriteAllTextAsync(file.FullName, snippet, ct);
        Console.Error.WriteLine($"The script holds the {videos.Grouped()} video(s) left to remove{(dryRun ? " (dry run: it only counts)" : "")}. Paste it into the browser console " +
            "on https://www.youtube.com/playlist?list=WL while signed in. It runs on YouTube's page, not through the API, and may stop working when YouTube changes that page.");
        return 0;
    }

    private static async Task<int> VerifyAsync(IServiceProvider services, FileInfo takeout, CancellationToken ct)
    {
        if (!takeout.Exists)
        {
            Console.Error.WriteLine($"{takeout.FullName} does not exist.");
            return 1;
        }
        if (await WaitingRunAsync(services, ct) is not { } runId) return 1;
        WatchLaterVerificationResult result;
        await using (var stream = takeout.OpenRead())
        {
            result = await services.GetRequiredService<WatchLaterVerifier>().VerifyAsync(runId, stream, takeout.Name, ct);
        }
        if (!result.Succeeded)
        {
            if (result.Refusal is not null) Console.Error.WriteLine(result.Refusal);
            foreach (var problem in result.Problems) Console.Error.WriteLine($"{problem.File}{(problem.Line is { } l ? $":{l}" : "")}: {problem.Message}");
            return 1;
        }
        var found = result.Verification!;
        Console.WriteLine($"Verified with {found.FileName} (exported {found.ExportedAt:yyyy-MM-dd HH:mm} UTC): {found.Removed.Grouped()} removed, {found.StillThere.Grouped()} still there, " +
            $"{found.KeptButGone.Grouped()} gone although they were to stay, {found.AddedSince.Grouped()} added since.");
        foreach (var id in result.StillThere.Take(ListedStillThere)) Console.WriteLine($"  still there: https://www.youtube.com/watch?v={id}");
        if (result.StillThere.Count > ListedStillThere) Console.WriteLine($"  … and {(result.StillThere.Count - ListedStillThere).Grouped()} more");
        return result.Completed ? await SyncVerbs.RunAndReportAsync(services, runId, ct) : 3;
    }
}
