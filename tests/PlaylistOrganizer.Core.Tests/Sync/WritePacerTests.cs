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

    /// <summary>Waits its turn, sends (taking <paramref name="answeredAfter"/>) and reports the answer, as the executor does.</summary>
    private async Task WriteAsync(WritePacer pacer, OperationKind kind, Task turn, TimeSpan answeredAfter = default)
    {
        await turn.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(answeredAfter);
        pacer.Answered(kind);
    }

    [Fact]
    public async Task Writes_keep_the_pause_and_creates_their_spacing_from_the_last_answer_with_at_most_a_quarter_more()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var first = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None);
        Assert.True(first.IsCompleted, "the first write waited");
        await WriteAsync(pacer, OperationKind.CreatePlaylist, first, answeredAfter: TimeSpan.FromSeconds(2)); // a slow answer
        var answered = time.GetUtcNow();

        var add = pacer.WaitTurnAsync(OperationKind.AddVideo, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(add.IsCompleted, "an add went out less than the write pause after the create's answer");
        time.SetUtcNow(answered + TimeSpan.FromMilliseconds(1_251));
        await WriteAsync(pacer, OperationKind.AddVideo, add);

        var create = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None);
        time.SetUtcNow(answered + TimeSpan.FromSeconds(29.9));
        Assert.False(create.IsCompleted, "a create went out less than the spacing after the last create's answer");
        time.SetUtcNow(answered + TimeSpan.FromSeconds(37.6));
        await WriteAsync(pacer, OperationKind.CreatePlaylist, create);
    }

    [Fact]
    public void With_no_pace_configured_nothing_waits()
    {
        var pacer = Pacer(TimeSpan.Zero, TimeSpan.Zero);
        foreach (var kind in new[] { OperationKind.CreatePlaylist, OperationKind.AddVideo, OperationKind.CreatePlaylist })
        {
            Assert.True(pacer.WaitTurnAsync(kind, CancellationToken.None).IsCompleted);
            pacer.Answered(kind);
        }
    }

    [Fact]
    public async Task A_stop_while_waiting_cancels_the_wait()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        pacer.Answered(OperationKind.CreatePlaylist);
        using var stop = new CancellationTokenSource();
        var create = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => create.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
