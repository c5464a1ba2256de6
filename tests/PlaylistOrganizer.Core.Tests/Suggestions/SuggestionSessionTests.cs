using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Suggestions;
using PlaylistOrganizer.Core.Tests.Categories;

namespace PlaylistOrganizer.Core.Tests.Suggestions;

/// <summary>The session on a real (in-memory SQLite) database: stored embeddings, accept-all as one edit, rejections.</summary>
public class SuggestionSessionTests : IDisposable
{
    private readonly CategoryFixture f = new(videos: 0);
    private readonly CountingEmbedder embedder = new();
    private readonly DraftChangeNotifier notifier = new();

    public void Dispose() => f.Dispose();

    [Fact]
    public async Task Accept_all_above_the_threshold_is_one_edit_and_one_undo_removes_it()
    {
        var (session, cooking, gaming) = await SessionWithTwoTopicsAsync();
        var before = (await f.Editor.GetHistoryAsync()).Steps.Count;
        var sure = session.List(minConfidence: 0.6);
        Assert.NotEmpty(sure);

        var (result, count) = await session.AcceptAllAsync(0.6);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        Assert.Equal(sure.Count, count);
        Assert.Equal(before + 1, (await f.Editor.GetHistoryAsync()).Steps.Count);
        await using (var db = f.Database.CreateDbContext())
        {
            var placed = await db.CategoryVideos.Where(l => sure.Select(s => s.VideoId).Contains(l.VideoId)).Select(l => new { l.VideoId, l.CategoryId }).ToListAsync();
            Assert.Equal(sure.Select(s => (s.VideoId, s.Top.CategoryId)).Order(), placed.Select(p => (p.VideoId, p.CategoryId)).Order());
        }
        Assert.DoesNotContain(session.List(), s => sure.Any(x => x.VideoId == s.VideoId));

        Assert.True((await f.Editor.UndoAsync()).Succeeded);
        notifier.NotifyChanged(); // as the Categories page does after an undo
        await using (var db = f.Database.CreateDbContext())
        {
            Assert.False(await db.CategoryVideos.AnyAsync(l => sure.Select(s => s.VideoId).Contains(l.VideoId)));
        }
        Assert.True(session.IsStale); // the undo was not the session's own edit
        _ = (cooking, gaming);
    }

    [Fact]
    public async Task Embeddings_are_stored_and_computed_again_only_for_new_videos()
    {
        var (session, _, _) = await SessionWithTwoTopicsAsync();
        var first = embedder.VideosEmbedded;

        f.SeedVideos(1, from: 500);
        await session.StartAsync();

        Assert.Equal(1 + 2, embedder.VideosEmbedded - first); // the new video, and the two category titles (always: they are few)
    }

    [Fact]
    public async Task The_model_reads_each_distinct_text_once_and_never_a_text_it_already_stored()
    {
        await using (var db = f.Database.CreateDbContext())
        {
            // Two uploads of one video (same title, channel and tags), and a third video with its own text.
            foreach (var (n, title) in new[] { (0, "Sourdough at home"), (1, "Sourdough at home"), (2, "Zelda boss fight") })
                db.Videos.Add(new LibraryVideo { Id = CategoryFixture.Video(n), Title = title, ChannelTitle = "Chef", Availability = VideoAvailability.Available });
            await db.SaveChangesAsync();
        }
        var loader = new SuggestionInputLoader(f.Database, embedder);

        await loader.EmbedNewVideosAsync();
        Assert.Equal(2, embedder.VideosEmbedded);

        await using (var db = f.Database.CreateDbContext())
        {
            db.Videos.Add(new LibraryVideo { Id = CategoryFixture.Video(3), Title = "Sourdough at home", ChannelTitle = "Chef", Availability = VideoAvailability.Available });
            await db.SaveChangesAsync();
        }
        await loader.EmbedNewVideosAsync();

        Assert.Equal(2, embedder.VideosEmbedded); // the re-upload's text was stored already
        Assert.Equal(0, await loader.CountNewVideosAsync());
        await using (var db = f.Database.CreateDbContext())
        {
            var vectors = await db.VideoEmbeddings.OrderBy(e => e.VideoId).Select(e => e.Vector).ToListAsync();
            Assert.Equal(4, vectors.Count);
            Assert.Equal(vectors[0], vectors[1]);
            Assert.Equal(vectors[0], vectors[3]);
            Assert.NotEqual(vectors[0], vectors[2]);
        }
    }

    [Fact]
    public async Task Cancel_stops_the_model_and_keeps_the_first_suggestions()
    {
        await SeedTwoTopicsAsync();
        var model = new EmbedderThatWaitsForCancel();
        var session = new SuggestionSession(f.Database, new SuggestionInputLoader(f.Database, model), f.Editor, notifier, f.Time);
        var computing = session.StartAsync();
        await model.Started.Task;

        session.Cancel();
        await computing;

        Assert.False(session.IsComputing);
        Assert.Contains("Stopped", session.Problem);
        Assert.Equal(20, session.List().Count); // from channels and words, computed before the model started
    }

    [Fact]
    public async Task A_rejection_is_stored_and_the_video_shows_its_next_suggestion()
    {
        var (session, _, _) = await SessionWithTwoTopicsAsync();
        var row = session.List().First();

        await session.RejectAsync(row.VideoId, row.Top.CategoryId);

        Assert.NotEqual(row.Top.CategoryId, session.List().Single(s => s.VideoId == row.VideoId).Top.CategoryId);
        await using var db = f.Database.CreateDbContext();
        Assert.True(await db.SuggestionRejections.AnyAsync(r => r.VideoId == row.VideoId && r.CategoryId == row.Top.CategoryId));
    }

    [Fact]
    public async Task With_no_categories_the_session_says_what_to_do_first()
    {
        f.SeedVideos(3);
        var session = NewSession();

        await session.StartAsync();

        Assert.False(session.HasSuggestions);
        Assert.Contains("no categories yet", session.Problem);
    }

    [Fact]
    public async Task An_empty_library_says_to_import_first()
    {
        var session = NewSession();

        await session.StartAsync();

        Assert.Contains("import it", session.Problem);
    }

    private SuggestionSession NewSession() =>
        new(f.Database, new SuggestionInputLoader(f.Database, embedder), f.Editor, notifier, f.Time);

    /// <summary>30 cooking and 30 gaming videos placed by channel; 20 unplaced from those channels.</summary>
    private async Task<(SuggestionSession Session, long Cooking, long Gaming)> SessionWithTwoTopicsAsync()
    {
        var (cookingId, gamingId) = await SeedTwoTopicsAsync();
        var session = NewSession();
        await session.StartAsync();
        Assert.Null(session.Problem);
        Assert.Equal(20, session.List().Count);
        return (session, cookingId, gamingId);
    }

    private async Task<(long Cooking, long Gaming)> SeedTwoTopicsAsync()
    {
        await using (var db = f.Database.CreateDbContext())
        {
            for (var i = 0; i < 80; i++)
            {
                var cooking = i % 2 == 0;
                db.Videos.Add(new LibraryVideo
                {
                    Id = CategoryFixture.Video(i), Availability = VideoAvailability.Available,
                    Title = cooking ? $"pasta recipe number {i}" : $"zelda boss fight {i}",
                    ChannelId = cooking ? "UCchef" : "UCgames", ChannelTitle = cooking ? "Chef Marco" : "Boss Fights",
                    Tags = cooking ? ["recipe"] : ["gaming"],
                });
            }
            await db.SaveChangesAsync();
        }
        var cookingId = await f.CreateAsync("Cooking", Enumerable.Range(0, 60).Where(i => i % 2 == 0).Select(CategoryFixture.Video).ToList());
        var gamingId = await f.CreateAsync("Gaming", Enumerable.Range(0, 60).Where(i => i % 2 == 1).Select(CategoryFixture.Video).ToList());
        return (cookingId, gamingId);
    }

    /// <summary>A model that never finishes its first batch until the computation is cancelled.</summary>
    private sealed class EmbedderThatWaitsForCancel : ITextEmbedder
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public string ModelId => "waits";
        public int Dimensions => 8;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
        {
            Started.TrySetResult();
            ct.WaitHandle.WaitOne();
            ct.ThrowIfCancellationRequested();
            return [];
        }
    }

    private sealed class CountingEmbedder : ITextEmbedder
    {
        private readonly WordHashEmbedder inner = new();
        public int VideosEmbedded { get; private set; }
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
        {
            VideosEmbedded += texts.Count;
            return inner.Embed(texts, ct);
        }
    }
}
