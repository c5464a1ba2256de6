using PlaylistOrganizer.Core;
using System.CommandLine;
using System.Text.Json;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Reporting;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.App.Cli;

/// <summary>
/// The "sync" verb for scripts: preview, start, status, pause, resume, decide, watch-later, report. Verbs that let the
/// sync go on (start, resume, decide, watch-later) run it in the foreground until it completes or must stop.
/// Exit codes: 0 done/completed, 1 refused (nothing changed), 3 the sync stopped and waits (quota, decision, reconnect…).
/// </summary>
internal static class SyncVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(Func<string, string, Func<IServiceProvider, ParseResult, CancellationToken, Task<int>>, Action<Command>, Command> verb)
    {
        var sync = new Command("sync", "Preview, start and steer the sync to YouTube (preview, start, status, pause, resume, decide, watch-later, abort, report).");

        var json = new Option<bool>("--json") { Description = "Print the preview as JSON." };
        sync.Subcommands.Add(verb("preview", "Show both plans (units, days, operations) without touching YouTube.",
            (s, p, ct) => PreviewAsync(s, p.GetValue(json), ct), c => c.Options.Add(json)));

        var plan = new Option<PlanKind>("--plan") { Description = "Plain (default) or QuotaSaver.", DefaultValueFactory = _ => PlanKind.Plain };
        sync.Subcommands.Add(verb("start", "Start the sync from the current preview and run it until it must stop.",
            (s, p, ct) => StartAsync(s, p.GetValue(plan), ct), c => c.Options.Add(plan)));

        sync.Subcommands.Add(verb("status", "Show the active (or last) sync's stage, counts and state.", (s, _, ct) => StatusAsync(s, ct), _ => { }));
        sync.Subcommands.Add(verb("pause", "Pause the active sync.", (s, _, ct) => CommandAsync(s, (c, id) => c.PauseAsync(id, ct), run: false, ct), _ => { }));
        sync.Subcommands.Add(verb("resume", "Resume the paused sync and run it until it must stop.",
            (s, _, ct) => CommandAsync(s, (c, id) => c.ResumeAsync(id, ct), run: true, ct), _ => { }));

        sync.Subcommands.Add(verb("abort", "End the active sync now; nothing already done is undone.",
            (s, _, ct) => CommandAsync(s, (c, id) => c.AbortAsync(id, ct), run: false, ct), _ => { }));

        var decision = new Argument<FailureDecision>("decision") { Description = "Skip, Retry or Abort the failed operations of the stage." };
        sync.Subcommands.Add(verb("decide", "Decide about the failures collected in a stage.",
            (s, p, ct) => CommandAsync(s, (c, id) => c.DecideAsync(id, p.GetValue(decision), ct), run: true, ct), c => c.Arguments.Add(decision)));

        sync.Subcommands.Add(WatchLaterVerbs.Create(verb));

        var runId = new Option<long?>("--run") { Description = "The sync number (default: the latest)." };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        var file = new Option<FileInfo?>("--file") { Description = "Write to this file instead of standard output." };
        sync.Subcommands.Add(verb("report", "Print a sync's report: every operation with its outcome.",
            (s, p, ct) => ReportAsync(s, p.GetValue(runId), p.GetValue(format)!, p.GetValue(file), ct),
            c => { c.Options.Add(runId); c.Options.Add(format); c.Options.Add(file); }));
        return sync;
    }

    private static async Task<int> PreviewAsync(IServiceProvider services, bool asJson, CancellationToken ct)
    {
        var (preview, missing) = await services.GetRequiredService<SyncPreview>().BuildAsync(ct);
        if (preview is null)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }
        if (asJson)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                versionHash = preview.Target.VersionHash, stateFingerprint = preview.State.Fingerprint,
                plans = new[] { preview.Plain, preview.QuotaSaver }.Select(o => new
                {
                    kind = o.Plan.Kind.ToString(), totalUnits = o.Plan.TotalUnits, writeUnits = o.Plan.WriteUnits, readUnits = o.Plan.EstimatedReadUnits,
                    days = o.Days, operations = Enum.GetValues<OperationKind>().ToDictionary(k => k.ToString(), o.Plan.Count),
                    reused = o.Plan.Reuse.Count, homelessVideos = o.Plan.HomelessVideos.Count,
                }),
            }, Json));
            return 0;
        }
        foreach (var option in new[] { preview.Plain, preview.QuotaSaver })
        {
            var p = option.Plan;
            Console.WriteLine($"{(p.Kind == PlanKind.Plain ? "Plain plan" : "Quota-saver plan")}: ≈ {p.TotalUnits.Grouped()} units, ≈ {option.Days} day(s)");
            Console.WriteLine($"  create {p.Count(OperationKind.CreatePlaylist)} playlists, rename {p.Count(OperationKind.UpdatePlaylist)} reused, add {p.Count(OperationKind.AddVideo).Grouped()} videos,");
            Console.WriteLine($"  remove {p.Count(OperationKind.RemoveItem).Grouped()} extras, delete {p.Count(OperationKind.DeletePlaylist)} originals, " +
                $"{p.Count(OperationKind.RemoveFromWatchLater).Grouped()} Watch Later removals by hand, skip {p.Count(OperationKind.SkipUnavailableVideo).Grouped()} unavailable");
            if (p.HomelessVideos.Count > 0) Console.WriteLine($"  warning: {p.HomelessVideos.Count.Grouped()} videos will end up in no playlist");
        }
        return 0;
    }

    private static async Task<int> StartAsync(IServiceProvider services, PlanKind kind, CancellationToken ct)
    {
        var (preview, missing) = await services.GetRequiredService<SyncPreview>().BuildAsync(ct);
        if (preview is null)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }
        var started = await services.GetRequiredService<SyncCommands>().StartAsync(preview.For(kind).Plan, preview.Target, preview.State, ct);
        if (!started.Succeeded)
        {
            Console.Error.WriteLine(started.Refusal);
            return 1;
        }
        Console.WriteLine($"Started sync #{started.Run!.Id} ({kind}, ≈ {(preview.For(kind).Plan.TotalUnits).Grouped()} units).");
        return await RunAndReportAsync(services, started.Run.Id, ct);
    }

    internal static async Task<int> CommandAsync(IServiceProvider services, Func<SyncCommands, long, Task<SyncCommandResult>> command, bool run, CancellationToken ct)
    {
        // A sync whose process was killed still says Running: make it Interrupted, so it can be resumed from here.
        await services.GetRequiredService<SyncLease>().InterruptAbandonedAsync(includeUnclaimed: false, ct);
        if (await services.GetRequiredService<SyncProgress>().ActiveRunIdAsync(ct) is not { } runId)
        {
            Console.Error.WriteLine("There is no active sync.");
            return 1;
        }
        var result = await command(services.GetRequiredService<SyncCommands>(), runId);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Refusal);
            return 1;
        }
        return run ? await RunAndReportAsync(services, runId, ct) : await StatusAsync(services, ct);
    }

    internal static async Task<int> RunAndReportAsync(IServiceProvider services, long runId, CancellationToken ct)
    {
        if (await services.GetRequiredService<SyncEngine>().RunAsync(runId, ct) is { } notHere)
        {
            Console.WriteLine($"{notHere} Follow it with `sync status` or on the Sync page.");
        }
        return await StatusAsync(services, ct);
    }

    private static async Task<int> StatusAsync(IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<SyncLease>().InterruptAbandonedAsync(includeUnclaimed: false, ct);
        var progress = services.GetRequiredService<SyncProgress>();
        var runId = await progress.ActiveRunIdAsync(ct) ?? (await progress.HistoryAsync(ct)).FirstOrDefault()?.Id;
        if (runId is null || await progress.GetAsync(runId.Value, ct) is not { } snapshot)
        {
            Console.WriteLine("No sync has run yet.");
            return 0;
        }
        var run = snapshot.Run;
        Console.WriteLine($"{SyncCommands.NameOf(run)}: {StatusNames.Title(run.Status)} — {snapshot.Headline ?? StageNames.Title(run.Stage)}");
        if (run.WorkedBy is { } worker) Console.WriteLine($"  being run by {AppInstance.Describe(worker)}");
        foreach (var stage in snapshot.Stages) Console.WriteLine($"  {stage.Label} ({stage.Failed.Grouped()} failed, {stage.Skipped.Grouped()} skipped)");
        Console.WriteLine($"  units spent {snapshot.UnitsSpent.Grouped()} of ≈ {run.EstimatedUnits.Grouped()} estimated");
        if (run.StatusDetail is not null) Console.WriteLine($"  {run.StatusDetail}");
        if (run.ResumesAt is { } at) Console.WriteLine($"  quota resets at {at:u}");
        return run.Status == SyncRunStatus.Completed || run.Status == SyncRunStatus.Aborted ? 0 : 3;
    }

    private static async Task<int> ReportAsync(IServiceProvider services, long? runId, string format, FileInfo? file, CancellationToken ct)
    {
        var id = runId ?? (await services.GetRequiredService<SyncProgress>().HistoryAsync(ct)).FirstOrDefault()?.Id;
        if (id is null || await services.GetRequiredService<SyncReports>().GetAsync(id.Value, ct) is not { } report)
        {
            Console.Error.WriteLine(runId is null ? "No sync has run yet." : $"There is no sync #{runId}.");
            return 1;
        }
        await using var output = file is null ? Console.OpenStandardOutput() : file.Create();
        if (format == "json")
        {
            await SyncReportWriter.WriteJsonAsync(report, services.GetRequiredService<TimeProvider>().GetUtcNow(), output, ct);
        }
        else
        {
            await SyncReportWriter.WriteCsvAsync(report, output, ct);
        }
        return 0;
    }
}
