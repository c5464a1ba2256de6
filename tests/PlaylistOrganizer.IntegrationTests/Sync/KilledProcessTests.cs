using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// The real thing: a command-line sync in a process of its own, with a write out at YouTube (received and charged, not
/// yet applied), either killed with SIGKILL or left running while another copy of the app tries to work on the run.
/// </summary>
public class KilledProcessTests
{
    // Only a bound on a hang: a loaded machine starts processes slowly, and no speed is claimed here.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task A_command_line_sync_killed_while_a_write_is_out_resumes_from_the_command_line_exactly_on_target()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        using (var first = await ResumeUntilAWriteHangsAsync(app, sync))
        {
            await first.KillAsync();
        }
        app.YouTube.Faults.Clear();
        var left = await RunAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Running, left.Status); // nobody had the chance to say otherwise
        var inFlight = Assert.Single(await OperationsAsync(app, sync.RunId), o => o.Status == OperationStatus.InFlight);

        using var second = CommandLineProcess.Start(["sync", "resume", .. app.Configuration]);
        var (exit, output, error) = await second.WaitAsync(Limit);

        Assert.True(exit == 0, $"exit {exit}: {output} {error}");
        Assert.Contains("Completed", output);
        var run = await RunAsync(app, sync.RunId);
        Assert.Equal(SyncRunStatus.Completed, run.Status);
        Assert.Null(run.WorkedBy);
        var reconciled = (await OperationsAsync(app, sync.RunId)).Single(o => o.Id == inFlight.Id);
        Assert.Equal((OperationStatus.Succeeded, 2), (reconciled.Status, reconciled.Attempts)); // read back, not applied, sent again
        AssertYouTubeMatches(app, sync);
        await AssertUnitsAgreeAsync(app, sync);
    }

    [Fact]
    public async Task While_a_command_line_sync_runs_no_other_copy_of_the_app_works_on_it_or_calls_it_interrupted_and_the_page_says_where_it_runs()
    {
        await using var app = await OrganizerApp.StartAsync(MultiDaySyncTests.FourOriginals(), settings: Settings());
        var sync = await StartAsync(app, PlanKind.Plain, MultiDaySyncTests.FourCategories);
        using var commandLine = await ResumeUntilAWriteHangsAsync(app, sync);
        var calls = EmulatorUnits(app);

        var refusal = await app.Get<SyncEngine>().RunAsync(sync.RunId, CancellationToken.None);
        await app.Get<SyncLease>().InterruptAbandonedAsync(includeUnclaimed: false, CancellationToken.None);

        var page = await app.Browser.GetStringAsync("sync");
        using var status = CommandLineProcess.Start(["sync", "status", .. app.Configuration]);
        var (_, statusOutput, _) = await status.WaitAsync(Limit);

        Assert.Matches(@"^The sync is being run by the command line \(process \d+\)\.$", refusal);
        Assert.Equal(calls, EmulatorUnits(app)); // nothing sent
        Assert.Equal(SyncRunStatus.Running, (await RunAsync(app, sync.RunId)).Status);
        Assert.Matches(@"Running in the command line \(process \d+\)", page);
        Assert.Matches(@"being run by the command line \(process \d+\)", statusOutput);
    }

    /// <summary>
    /// Pauses the started sync, lets YouTube hold the third video insert, and resumes the sync with a command-line process
    /// that returns once that insert is out (charged by YouTube, not applied).
    /// </summary>
    private static async Task<CommandLineProcess> ResumeUntilAWriteHangsAsync(OrganizerApp app, StartedSync sync)
    {
        Assert.True((await app.Get<SyncCommands>().PauseAsync(sync.RunId, CancellationToken.None)).Succeeded);
        HoldTheThirdVideoInsert(app);
        var process = CommandLineProcess.Start(["sync", "resume", .. app.Configuration]);
        for (var waited = TimeSpan.Zero; Calls(app, "playlistItems.insert") < 3; waited += TimeSpan.FromMilliseconds(50))
        {
            if (waited > Limit || process.HasExited)
            {
                var (exit, output, error) = await process.WaitAsync(TimeSpan.FromSeconds(5));
                process.Dispose();
                Assert.Fail($"The command-line sync never reached its third insert (exit {exit}): {output} {error}");
            }
            await Task.Delay(50);
        }
        return process;
    }
}
