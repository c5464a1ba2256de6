using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.IntegrationTests.Support;
using static PlaylistOrganizer.IntegrationTests.Support.SyncScenario;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>Start refuses clearly, and changes nothing, when it must not run.</summary>
public class StartRefusalTests
{
    [Fact]
    public async Task A_second_sync_while_one_is_active_is_refused_and_changes_nothing()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("mix", [1, 2])), settings: Settings());
        var first = await StartAsync(app, PlanKind.Plain, Category("Food", 1, 2));
        var state = await app.Get<CurrentStateReader>().ReadAsync(CancellationToken.None);
        var target = new TargetStructure("version-1", [Category("Food", 1, 2)]);

        var second = await app.Get<SyncCommands>().StartAsync(SyncPlanner.Build(target, state, PlanKind.Plain), target, state, CancellationToken.None);

        Assert.False(second.Succeeded);
        Assert.Contains("already in progress", second.Refusal);
        await using var db = app.Db();
        Assert.Equal([first.RunId], await db.SyncRuns.Select(r => r.Id).ToListAsync());
        Assert.Equal(first.Plan.Operations.Count, await db.SyncOperations.CountAsync());
    }

    [Fact]
    public async Task A_plan_made_before_the_structure_or_the_library_changed_is_refused_as_stale()
    {
        await using var app = await OrganizerApp.StartAsync(Libraries.Account(("mix", [1, 2])), settings: Settings());
        await app.ConnectAsync();
        Assert.True((await app.Get<PlaylistOrganizer.Core.Library.Import.YouTubeLibraryImporter>().RunAsync(CancellationToken.None)).Completed);
        var state = await app.Get<CurrentStateReader>().ReadAsync(CancellationToken.None);
        var previewed = SyncPlanner.Build(new TargetStructure("version-1", [Category("Food", 1, 2)]), state, PlanKind.Plain);

        var newerStructure = await app.Get<SyncCommands>().StartAsync(previewed, new TargetStructure("version-2", [Category("Food", 1)]), state, CancellationToken.None);
        var newerImport = await app.Get<SyncCommands>().StartAsync(previewed, new TargetStructure("version-1", [Category("Food", 1, 2)]),
            state with { Fingerprint = "yt:99|takeout:0" }, CancellationToken.None);

        Assert.Contains("out of date", newerStructure.Refusal);
        Assert.Contains("out of date", newerImport.Refusal);
        await using var db = app.Db();
        Assert.Equal(0, await db.SyncRuns.CountAsync());
    }
}
