using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PlaylistOrganizer.Core.Planning;
using PlaylistOrganizer.Core.Quota;
using PlaylistOrganizer.Core.Sync;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Tests.Sync;

public sealed class WritePacerTests : IDisposable
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-19T18:00:00Z"));
    private readonly TestDatabase database = new();
    private readonly QuotaLedger ledger;

    public WritePacerTests() => ledger = new QuotaLedger(database, new QuotaClock(time), new StaticOptions<QuotaOptions>(new QuotaOptions()));

    public void Dispose() => database.Dispose();

    /// <summary>A pacer of a copy of the app that has just started: nothing in memory, the shared ledger behind it.</summary>
    private WritePacer Pacer(TimeSpan pause, TimeSpan spacing) =>
        new(Options.Create(new SyncEngineOptions { WritePause = pause, PlaylistCreateSpacing = spacing }), time, ledger);

    /// <summary>Waits its turn, sends (taking <paramref name="answeredAfter"/>) and reports the answer, as the executor does.</summary>
    private async Task WriteAsync(WritePacer pacer, OperationKind kind, Task turn, TimeSpan answeredAfter = default)
    {
        await turn.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(answeredAfter);
        pacer.Answered(kind);
    }

    /// <summary>Asks for a turn for a write of <paramref name="kind"/>: still waiting at <paramref name="tooSoon"/> (else
    /// <paramref name="failure"/>), given by <paramref name="due"/> (the gap plus at most a quarter more), then written.</summary>
    private async Task AssertTurnAsync(WritePacer pacer, OperationKind kind, DateTimeOffset tooSoon, DateTimeOffset due, string failure)
    {
        var turn = pacer.WaitTurnAsync(kind, CancellationToken.None);
        time.SetUtcNow(tooSoon);
        Assert.False(turn.IsCompleted, failure);
        time.SetUtcNow(due);
        await WriteAsync(pacer, kind, turn);
    }

    [Fact]
    public async Task Writes_keep_the_pause_and_creates_their_spacing_from_the_last_answer_with_at_most_a_quarter_more()
    {
        var pacer = Pacer(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var first = pacer.WaitTurnAsync(OperationKind.CreatePlaylist, CancellationToken.None);
        Assert.True(first.IsCompleted, "the first write waited");
        await WriteAsync(pacer, OperationKind.CreatePlaylist, first, answeredAfter: TimeSpan.FromSeconds(2)); // a slow answer
        var answered = time.GetUtcNow();

        await AssertTurnAsync(pacer, OperationKind.AddVideo, answered + TimeSpan.FromMilliseconds(999), answered + TimeSpan.FromMilliseconds(1_251),
            "an add went out less than the write pause after the create's answer");
        await AssertTurnAsync(pacer, OperationKind.CreatePlaylist, answered + TimeSpan.FromSeconds(29.9), answered + TimeSpan.FromSeconds(37.6),
            "a create went out less than the spacing after the last create's answer");
    }

    [Fact]
    public async Task A_pacer_that_just_started_keeps_the_distance_from_the_last_write_and_create_another_copy_sent()
    {
        // The copy of the app before a restart (or another copy) sent a create, then an add; the ledger has both.
        await ledger.ChargeSendingAsync(YouTubeMethod.PlaylistsInsert, CancellationToken.None);
        var createSent = time.GetUtcNow();
        time.Advance(TimeSpan.FromSeconds(2));
        await ledger.ChargeSendingAsync(YouTubeMethod.PlaylistItemsInsert, CancellationToken.None);
        var addSent = time.GetUtcNow();
        var pacer = Pacer(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

        Assert.Equal(addSent, await pacer.LastWriteAsync(CancellationToken.None));
        await AssertTurnAsync(pacer, OperationKind.AddVideo, addSent + TimeSpan.FromSeconds(4.9), addSent + TimeSpan.FromSeconds(6.3),
            "the first add after a restart went out less than the write pause after the last one sent");
        await AssertTurnAsync(pacer, OperationKind.CreatePlaylist, createSent + TimeSpan.FromSeconds(29.9), createSent + TimeSpan.FromSeconds(37.6),
            "the first create after a restart went out less than the spacing after the last one sent");
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
