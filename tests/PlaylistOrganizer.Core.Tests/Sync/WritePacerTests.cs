using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Sync;

namespace PlaylistOrganizer.Core.Tests.Sync;

public sealed class WritePacerTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-19T18:00:00Z"));

    private WritePacer Pacer(TimeSpan pause, TimeSpan spacing) =>
        new(Options.Create(new SyncEngineOptions { WritePause = pause, PlaylistCreateSpacing = spacing }), time);

    [Fact]
    public async Task Writes_keep_the_pause_and_creates_keep_their_spacing_each_with_at_most_a_quarter_more()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var start = time.GetUtcNow();
        await pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None); // the first goes out at once

        var add = pacer.WaitTurnAsync(OperationKind.AddVideo, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(add.IsCompleted, "an add went out less than the write pause after the create");
        time.SetUtcNow(start + TimeSpan.FromMilliseconds(1_251));
        await add.WaitAsync(TimeSpan.FromSeconds(10));

        var create = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None);
        time.SetUtcNow(start + TimeSpan.FromSeconds(29.9));
        Assert.False(create.IsCompleted, "a create went out less than the spacing after the last create");
        time.SetUtcNow(start + TimeSpan.FromSeconds(37.6));
        await create.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void With_no_pace_configured_nothing_waits()
    {
        var pacer = Pacer(TimeSpan.Zero, TimeSpan.Zero);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None).IsCompleted);
            Assert.True(pacer.WaitTurnAsync(OperationKind.AddVideo, CancellationToken.None).IsCompleted);
        }
    }

    [Fact]
    public async Task A_stop_while_waiting_cancels_the_wait()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        await pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var create = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => create.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
