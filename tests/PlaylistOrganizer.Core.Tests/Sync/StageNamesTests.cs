using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>A stage's progress line says everything the stage does, in the preview's words.</summary>
public class StageNamesTests
{
    [Theory]
    [InlineData(SyncStage.DeleteOriginals, new[] { OperationKind.DeletePlaylist, OperationKind.RemoveItem }, "Deleting originals and removing extras 79 / 79")]
    [InlineData(SyncStage.DeleteOriginals, new[] { OperationKind.RemoveItem }, "Removing extras from reused playlists 79 / 79")]
    [InlineData(SyncStage.DeleteOriginals, new[] { OperationKind.DeletePlaylist }, "Deleting original playlists 79 / 79")]
    [InlineData(SyncStage.CreatePlaylists, new[] { OperationKind.CreatePlaylist, OperationKind.UpdatePlaylist }, "Creating and renaming playlists 79 / 79")]
    [InlineData(SyncStage.CreatePlaylists, new[] { OperationKind.UpdatePlaylist }, "Renaming reused playlists 79 / 79")]
    [InlineData(SyncStage.CreatePlaylists, new[] { OperationKind.CreatePlaylist }, "Creating playlists 79 / 79")]
    [InlineData(SyncStage.AddVideos, new[] { OperationKind.AddVideo }, "Adding videos 79 / 79")]
    public void The_progress_line_names_what_the_stage_holds(SyncStage stage, OperationKind[] kinds, string label)
    {
        var counts = new StageCounts(stage, Total: 79, Succeeded: 79, Failed: 0, Skipped: 0, Open: 0, kinds.ToHashSet());

        Assert.Equal(label, counts.Label);
    }
}
