using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Suggestions;

/// <summary>The app's one set of category suggestions: computed in the background with progress, then reviewed one
/// accept or reject at a time (each updates the rest in place) or accepted in bulk as one undoable edit.</summary>
/// <remarks>Thread-safe: the suggester is touched under one lock, and <see cref="Changed"/> fires after every change
/// (handlers marshal to their own context). An edit made elsewhere (Videos or Categories page, undo) marks the
/// suggestions stale; <see cref="StartAsync"/> computes them again, quickly, since the embeddings are stored.</remarks>
public sealed class SuggestionSession
{
    private readonly IDbContextFactory<OrganizerDbContext> _dbFactory;
    private readonly SuggestionInputLoader _loader;
    private readonly CategoryEditor _editor;
    private readonly DraftChangeNotifier _notifier;
    private readonly TimeProvider _time;
    private readonly Lock _sync = new();
    private CategorySuggester? _suggester;
    private Task? _computing;
    private CancellationTokenSource? _cancel;
    private bool _ownEdit;

    public SuggestionSession(IDbContextFactory<OrganizerDbContext> dbFactory, SuggestionInputLoader loader, CategoryEditor editor,
        DraftChangeNotifier notifier, TimeProvider time)
    {
        _dbFactory = dbFactory;
        _loader = loader;
        _editor = editor;
        _notifier = notifier;
        _time = time;
        _notifier.Changed += () =>
        {
            if (_ownEdit || _suggester is null) return;
            IsStale = true;
            Changed?.Invoke();
        };
    }

    public event Action? Changed;

    /// <summary>Where the running computation is; null when none runs.</summary>
    public SuggestionProgress? Progress { get; private set; }

    /// <summary>Why there are no suggestions (an empty library, no categories), or why the last computation failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>The structure changed elsewhere since the suggestions were computed.</summary>
    public bool IsStale { get; private set; }

    public bool IsComputing => _computing is { IsCompleted: false };

    public bool HasSuggestions => _suggester is not null;

    public bool IsCalibrated { get { lock (_sync) return _suggester?.IsCalibrated ?? false; } }

    /// <summary>Starts a computation in the background (or returns the one running) and completes when it is done.</summary>
    public Task StartAsync()
    {
        lock (_sync)
        {
            if (_computing is { IsCompleted: false }) return _computing;
            Progress = new SuggestionProgress("Starting", 0, 1);
            Problem = null;
            _cancel = new CancellationTokenSource();
            var ct = _cancel.Token;
            _computing = Task.Run(() => ComputeAsync(ct));
            // Once the task has completed, pages see IsComputing false (ComputeAsync's own last event fires just before).
            _computing.ContinueWith(_ => Changed?.Invoke(), TaskScheduler.Default);
            return _computing;
        }
    }

    /// <summary>Stops the running computation (if any) at its next step. What it stored stays (the embeddings of the
    /// videos read so far, so a new start goes on from there) and so do the suggestions already shown.</summary>
    public void Cancel()
    {
        lock (_sync) _cancel?.Cancel();
    }

    /// <summary>The suggestions, Watch Later first then by confidence; optionally only those whose top category is <paramref name="categoryId"/>.</summary>
    public IReadOnlyList<VideoSuggestion> List(long? categoryId = null, double minConfidence = 0)
    {
        lock (_sync)
        {
            if (_suggester is null) return [];
            return _suggester.Suggestions.Where(s => (categoryId is null || s.Top.CategoryId == categoryId) && s.Top.Confidence >= minConfidence).ToList();
        }
    }

    public SuggestionReasons Explain(string videoId, long categoryId)
    {
        lock (_sync) return _suggester?.Explain(videoId, categoryId) ?? new SuggestionReasons([], 0, 0, null);
    }

    /// <summary>Puts the video in the category (an undoable edit) and updates the other suggestions.</summary>
    public async Task<EditResult> AcceptAsync(string videoId, long categoryId, CancellationToken ct = default)
    {
        var result = await EditAsync(() => _editor.AssignAsync(categoryId, [videoId], ct));
        if (result.Succeeded) Update(s => s.Accept(videoId, [categoryId]));
        return result;
    }

    /// <summary>Remembers "not this category" for the video and shows its next suggestion.</summary>
    public async Task RejectAsync(string videoId, long categoryId, CancellationToken ct = default)
    {
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.SuggestionRejections.AnyAsync(r => r.VideoId == videoId && r.CategoryId == categoryId, ct))
            {
                db.SuggestionRejections.Add(new SuggestionRejection { VideoId = videoId, CategoryId = categoryId, At = _time.GetUtcNow() });
                await db.SaveChangesAsync(ct);
            }
        }
        Update(s => s.Reject(videoId, categoryId));
    }

    /// <summary>Accepts the top suggestion of every video at or above the confidence (optionally of one suggested
    /// category) as ONE undoable edit. Returns the edit and how many videos it placed.</summary>
    public async Task<(EditResult Result, int Videos)> AcceptAllAsync(double minConfidence, long? categoryId = null, CancellationToken ct = default)
    {
        var chosen = List(categoryId, minConfidence).Select(s => (s.VideoId, s.Top.CategoryId)).ToList();
        if (chosen.Count == 0)
            return (EditResult.Refused(CategoryErrorCode.NothingSelected, $"No suggestion has a confidence of {minConfidence:P0} or more."), 0);
        var result = await EditAsync(() => _editor.AssignEachAsync(chosen, $"suggestions at {minConfidence:P0} or more", ct));
        if (result.Succeeded) Update(s => s.AcceptMany(chosen.Select(c => (c.VideoId, (IReadOnlyCollection<long>)[c.CategoryId])).ToList()));
        return (result, chosen.Count);
    }

    private async Task<EditResult> EditAsync(Func<Task<EditResult>> edit)
    {
        var result = await edit();
        if (!result.Succeeded) return result;
        _ownEdit = true;
        try { _notifier.NotifyChanged(); }
        finally { _ownEdit = false; }
        return result;
    }

    private void Update(Action<CategorySuggester> change)
    {
        lock (_sync)
        {
            if (_suggester is not null) change(_suggester);
        }
        Changed?.Invoke();
    }

    /// <summary>First suggestions from channels and words within seconds; then, if the model has videos it has not
    /// read yet, embeds them (the progress bar) and replaces the suggestions with the full ones. Labels and rejections
    /// are read again after embedding, so what the user accepted meanwhile is kept.</summary>
    private async Task ComputeAsync(CancellationToken ct)
    {
        var progress = new ProgressSink(this);
        try
        {
            var quickFirst = _loader.HasModel && await _loader.CountNewVideosAsync(ct) > 0;
            if (quickFirst && !await PublishAsync(withEmbeddings: false, progress, ct)) return;
            await _loader.EmbedNewVideosAsync(progress, ct);
            await PublishAsync(withEmbeddings: true, progress, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            lock (_sync)
            {
                Problem = _suggester is null
                    ? "Stopped. Videos the model read so far are kept: Recompute goes on from there."
                    : "Stopped. These suggestions come from channels and words only; Recompute goes on reading videos from where it stopped.";
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            lock (_sync) Problem = $"Computing the suggestions failed: {e.Message}";
        }
        finally
        {
            Progress = null;
            Changed?.Invoke();
        }
    }

    /// <summary>Builds a suggester from the library as it is now and makes it current; false if there is nothing to suggest.</summary>
    private async Task<bool> PublishAsync(bool withEmbeddings, IProgress<SuggestionProgress> progress, CancellationToken ct)
    {
        var input = await _loader.LoadAsync(withEmbeddings, ct);
        var problem = input.Videos.Count == 0 ? "The library has no videos yet: import it from YouTube first."
            : input.Categories.Count == 0 ? "There are no categories yet: create some on the Categories page (or one per playlist), then come back."
            : null;
        var suggester = problem is null ? await Task.Run(() => CategorySuggester.Build(input, progress, ct), ct) : null;
        lock (_sync)
        {
            _suggester = suggester;
            Problem = problem;
            IsStale = false;
        }
        Changed?.Invoke();
        return suggester is not null;
    }

    /// <summary>Reports without capturing a synchronization context: the computation runs on the thread pool.</summary>
    private sealed class ProgressSink(SuggestionSession session) : IProgress<SuggestionProgress>
    {
        public void Report(SuggestionProgress value)
        {
            session.Progress = value;
            session.Changed?.Invoke();
        }
    }
}
