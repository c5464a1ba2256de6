using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Planning;

public sealed class PlannedOperationTests
{
    private static readonly CategoryKey Music = new("12");
    private static readonly PlaylistId Reused = new("PLreused");

    public static TheoryData<PlannedOperation> OneOfEachKind() =>
    [
        new PlannedOperation.CreatePlaylist(1, Music, "Music"),
        new PlannedOperation.UpdatePlaylist(2, Music, Reused, "Music", "Reuses 'Tunes'"),
        new PlannedOperation.AddVideo(3, Music, PlaylistRef.Created, new VideoId("v1"), "Music"),
        new PlannedOperation.AddVideo(4, Music, new PlaylistRef.Existing(Reused), new VideoId("v2"), "Music"),
        new PlannedOperation.AddVideo(5, Music, new PlaylistRef.Existing(Reused), new VideoId("v3"), "Music", IsRepair: true),
        new PlannedOperation.SkipUnavailableVideo(6, Music, PlaylistRef.Created, new VideoId("v4"), "Music"),
        new PlannedOperation.RemoveFromWatchLater(7, new VideoId("v1")),
        new PlannedOperation.RemoveItem(8, Music, Reused, new VideoId("v5"), new PlaylistItemId("item5"), "Music"),
        new PlannedOperation.RemoveItem(9, Music, Reused, new VideoId("v1"), new PlaylistItemId("item6"), "Music", IsRepair: true),
        new PlannedOperation.DeletePlaylist(10, new PlaylistId("PLold"), "Old", "3 items"),
    ];

    [Theory]
    [MemberData(nameof(OneOfEachKind))]
    public void A_journal_row_gives_back_exactly_the_planned_operation_it_stores(PlannedOperation planned)
    {
        var row = SyncOperation.From(1, planned);

        Assert.Equal(planned, row.Planned);
        Assert.Equal((planned.Stage, planned.Kind, planned.Detail), (row.Stage, row.Kind, row.Detail));
    }

    [Fact]
    public void An_add_to_the_playlist_the_sync_creates_stores_no_playlist_and_one_to_a_reused_playlist_stores_it()
    {
        Assert.Null(SyncOperation.From(1, new PlannedOperation.AddVideo(1, Music, PlaylistRef.Created, new VideoId("v1"), "Music")).PlaylistId);
        Assert.Equal(Reused, SyncOperation.From(1, new PlannedOperation.AddVideo(1, Music, new PlaylistRef.Existing(Reused), new VideoId("v1"), "Music")).PlaylistId);
    }

    [Fact]
    public void Repairs_run_in_the_verify_stage_and_say_what_they_repair()
    {
        var add = new PlannedOperation.AddVideo(1, Music, new PlaylistRef.Existing(Reused), new VideoId("v1"), "Music", IsRepair: true);
        var remove = new PlannedOperation.RemoveItem(2, Music, Reused, new VideoId("v1"), new PlaylistItemId("i2"), "Music", IsRepair: true);

        Assert.Equal((SyncStage.Verify, "Repair: missing after the add stage."), (add.Stage, add.Detail));
        Assert.Equal((SyncStage.Verify, "Repair: accidental duplicate."), (remove.Stage, remove.Detail));
    }

    [Theory]
    [InlineData(OperationKind.CreatePlaylist, 50)]
    [InlineData(OperationKind.UpdatePlaylist, 50)]
    [InlineData(OperationKind.AddVideo, 50)]
    [InlineData(OperationKind.RemoveItem, 50)]
    [InlineData(OperationKind.DeletePlaylist, 50)]
    [InlineData(OperationKind.RemoveFromWatchLater, 0)]
    [InlineData(OperationKind.SkipUnavailableVideo, 0)]
    public void Writes_cost_50_units_and_what_is_not_sent_costs_nothing(OperationKind kind, int units) =>
        Assert.Equal(units, kind.CostUnits());
}
