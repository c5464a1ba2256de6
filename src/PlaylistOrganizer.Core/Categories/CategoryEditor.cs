using PlaylistOrganizer.Core.ActivityLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Every change to the draft structure: one method per edit, each validated first and applied in one
/// transaction with its journal entry, so it is either refused with errors (nothing changed) or applied and undoable.</summary>
/// <remarks>Bulk edits (assign, remove, move, merge, split) are set-based: a few statements whatever the number of
/// videos. Thread-safety: stateless; concurrent edits are serialised by the database transaction.</remarks>
public sealed class CategoryEditor(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time, IOptions<CategoryOptions> options)
{
    private int UndoDepth => Math.Max(20, options.Value.UndoDepth);

    public Task<EditResult> CreateAsync(string title, string description = "", string privacy = CategoryRules.DefaultPrivacy, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var problems = new[] { CategoryRules.CheckTitle(title), CategoryRules.CheckDescription(description), CategoryRules.CheckPrivacy(privacy) }.OfType<CategoryError>().ToList();
            if (problems.Count > 0) return EditResult.Refused(problems);
            if (await TitleTakenAsync(db, title, except: [], ct)) return EditResult.Refused(CategoryRules.DuplicateTitle(title));
            var category = new Category { Title = title.Trim(), Description = description, Privacy = privacy };
            db.Categories.Add(category);
            await db.SaveChangesAsync(ct);
            edit.Created(category.Id);
            return EditResult.Ok($"Create '{category.Title}'", category.Id);
        }, ct);

    public Task<EditResult> RenameAsync(long categoryId, string newTitle, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var category = await db.Categories.FindAsync([categoryId], ct);
            if (category is null) return UnknownCategory(categoryId);
            if (CategoryRules.CheckTitle(newTitle) is { } bad) return EditResult.Refused(bad);
            if (await TitleTakenAsync(db, newTitle, except: [categoryId], ct)) return EditResult.Refused(CategoryRules.DuplicateTitle(newTitle));
            var old = category.Title;
            await edit.BeforeChangingAsync([categoryId]);
            category.Title = newTitle.Trim();
            await db.SaveChangesAsync(ct);
            return EditResult.Ok($"Rename '{old}' to '{category.Title}'", categoryId);
        }, ct);

    /// <summary>Changes the description and privacy the playlist will get, and the keywords the suggestions read
    /// (<paramref name="keywords"/> null: left as they are).</summary>
    public Task<EditResult> UpdateDetailsAsync(long categoryId, string description, string privacy, string? keywords = null, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var category = await db.Categories.FindAsync([categoryId], ct);
            if (category is null) return UnknownCategory(categoryId);
            var problems = new[] { CategoryRules.CheckDescription(description), CategoryRules.CheckPrivacy(privacy), CategoryRules.CheckKeywords(keywords) }
                .OfType<CategoryError>().ToList();
            if (problems.Count > 0) return EditResult.Refused(problems);
            await edit.BeforeChangingAsync([categoryId]);
            category.Description = description;
            category.Privacy = privacy;
            if (keywords is not null) category.Keywords = keywords.Trim();
            await db.SaveChangesAsync(ct);
            return EditResult.Ok($"Edit details of '{category.Title}'", categoryId);
        }, ct);

    public Task<EditResult> DeleteAsync(IReadOnlyCollection<long> categoryIds, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            if (categoryIds.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select at least one category to delete.");
            var titles = await TitlesAsync(db, categoryIds, ct);
            if (MissingCategories(categoryIds, titles) is { } missing) return missing;
            await edit.BeforeChangingAsync(categoryIds);
            var links = await db.CategoryVideos.Where(l => categoryIds.Contains(l.CategoryId)).ExecuteDeleteAsync(ct);
            await db.Categories.Where(c => categoryIds.Contains(c.Id)).ExecuteDeleteAsync(ct);
            return EditResult.Ok($"Delete {Names(titles.Values)}", linksChanged: links);
        }, ct);

    /// <summary>Merges two or more categories into the first one, which takes <paramref name="title"/>; a video in several
    /// of them ends up once in the result.</summary>
    public Task<EditResult> MergeAsync(IReadOnlyList<long> categoryIds, string title, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var ids = categoryIds.Distinct().ToList();
            if (ids.Count < 2) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select at least two categories to merge.");
            var titles = await TitlesAsync(db, ids, ct);
            if (MissingCategories(ids, titles) is { } missing) return missing;
            if (CategoryRules.CheckTitle(title) is { } bad) return EditResult.Refused(bad);
            if (await TitleTakenAsync(db, title, except: ids, ct)) return EditResult.Refused(CategoryRules.DuplicateTitle(title));
            await edit.BeforeChangingAsync(ids);
            var target = ids[0];
            var added = 0;
            foreach (var source in ids.Skip(1)) added += await LinkSql.CopyAsync(db, source, target, ct);
            var others = ids.Skip(1).ToList();
            await db.CategoryVideos.Where(l => others.Contains(l.CategoryId)).ExecuteDeleteAsync(ct);
            await db.Categories.Where(c => others.Contains(c.Id)).ExecuteDeleteAsync(ct);
            await db.Categories.Where(c => c.Id == target).ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, title.Trim()), ct);
            return EditResult.Ok($"Merge {Names(ids.Select(i => titles[i]))} into '{title.Trim()}'", target, added);
        }, ct);

    /// <summary>Moves the selected videos of a category into a new category.</summary>
    public Task<EditResult> SplitAsync(long categoryId, IReadOnlyCollection<string> videoIds, string newTitle, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var source = await db.Categories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == categoryId, ct);
            if (source is null) return UnknownCategory(categoryId);
            var ids = videoIds.Distinct().ToList();
            if (ids.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select the videos to move into the new category.");
            var inSource = await LinkSql.CountInAsync(db, categoryId, ids, ct);
            if (inSource != ids.Count)
                return EditResult.Refused(CategoryErrorCode.UnknownVideo, $"{(ids.Count - inSource).Grouped()} of the {ids.Count.Grouped()} selected videos are not in '{source.Title}'.");
            if (CategoryRules.CheckTitle(newTitle) is { } bad) return EditResult.Refused(bad);
            if (await TitleTakenAsync(db, newTitle, except: [], ct)) return EditResult.Refused(CategoryRules.DuplicateTitle(newTitle));
            await edit.BeforeChangingAsync([categoryId]);
            var created = new Category { Title = newTitle.Trim(), Description = source.Description, Privacy = source.Privacy };
            db.Categories.Add(created);
            await db.SaveChangesAsync(ct);
            edit.Created(created.Id);
            await LinkSql.ReassignAsync(db, categoryId, created.Id, ids, ct);
            return EditResult.Ok($"Split {Videos(ids.Count)} of '{source.Title}' into '{created.Title}'", created.Id, ids.Count);
        }, ct);

    /// <summary>Adds videos of the library to a category (those already in it stay as they are).</summary>
    public Task<EditResult> AssignAsync(long categoryId, IReadOnlyCollection<string> videoIds, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var title = await TitleAsync(db, categoryId, ct);
            if (title is null) return UnknownCategory(categoryId);
            var ids = videoIds.Distinct().ToList();
            if (ids.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select the videos to add.");
            if (await CheckVideosKnownAsync(db, ids, ct) is { } unknown) return unknown;
            await edit.BeforeChangingAsync([categoryId]);
            var added = await LinkSql.AddAsync(db, categoryId, ids, ct);
            return EditResult.Ok($"Add {Videos(ids.Count)} to '{title}'", categoryId, added);
        }, ct);

    /// <summary>Adds each video to its own category, all as one undoable edit (accepting a batch of suggestions).</summary>
    /// <param name="reason">Says where the assignments came from, for the undo history ("suggestions at 90 % or more").</param>
    public Task<EditResult> AssignEachAsync(IReadOnlyCollection<(string VideoId, long CategoryId)> assignments, string reason, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            if (assignments.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "There is nothing to add: no video was chosen.");
            var byCategory = assignments.Distinct().GroupBy(a => a.CategoryId).ToDictionary(g => g.Key, g => g.Select(a => a.VideoId).ToList());
            var titles = await TitlesAsync(db, byCategory.Keys, ct);
            if (MissingCategories(byCategory.Keys, titles) is { } missing) return missing;
            var ids = assignments.Select(a => a.VideoId).Distinct().ToList();
            if (await CheckVideosKnownAsync(db, ids, ct) is { } unknown) return unknown;
            await edit.BeforeChangingAsync(byCategory.Keys);
            var added = 0;
            foreach (var (categoryId, videoIds) in byCategory) added += await LinkSql.AddAsync(db, categoryId, videoIds, ct);
            return EditResult.Ok($"Add {Videos(ids.Count)} to {Names(titles.Values.Order(StringComparer.OrdinalIgnoreCase))} ({reason})", linksChanged: added);
        }, ct);

    public Task<EditResult> RemoveAsync(long categoryId, IReadOnlyCollection<string> videoIds, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var title = await TitleAsync(db, categoryId, ct);
            if (title is null) return UnknownCategory(categoryId);
            var ids = videoIds.Distinct().ToList();
            if (ids.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select the videos to remove.");
            await edit.BeforeChangingAsync([categoryId]);
            var removed = await LinkSql.RemoveAsync(db, categoryId, ids, ct);
            return EditResult.Ok($"Remove {Videos(removed)} from '{title}'", categoryId, removed);
        }, ct);

    /// <summary>Takes the videos out of one category and puts them into another. Selected videos that were not in the
    /// source are simply added to the target (a move from the Videos page may mix both).</summary>
    public Task<EditResult> MoveAsync(long fromCategoryId, long toCategoryId, IReadOnlyCollection<string> videoIds, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var from = await TitleAsync(db, fromCategoryId, ct);
            if (from is null) return UnknownCategory(fromCategoryId);
            var to = await TitleAsync(db, toCategoryId, ct);
            if (to is null) return UnknownCategory(toCategoryId);
            if (fromCategoryId == toCategoryId) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Choose a different category to move to.");
            var ids = videoIds.Distinct().ToList();
            if (ids.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "Select the videos to move.");
            if (await CheckVideosKnownAsync(db, ids, ct) is { } unknown) return unknown;
            await edit.BeforeChangingAsync([fromCategoryId, toCategoryId]);
            var removed = await LinkSql.RemoveAsync(db, fromCategoryId, ids, ct);
            var added = await LinkSql.AddAsync(db, toCategoryId, ids, ct);
            return EditResult.Ok($"Move {Videos(ids.Count)} from '{from}' to '{to}'", toCategoryId, removed + added);
        }, ct);

    /// <summary>Quick start: one category per regular playlist of the library, holding its videos. Titles are made valid
    /// (cut to 150 characters, angle brackets dropped) and unique ("Music (2)"). System lists are left out.</summary>
    /// <param name="alongsideExisting">Whether to go ahead when the draft already has categories. Without it the edit is
    /// refused (<see cref="CategoryErrorCode.CategoriesExist"/>), so a repeated quick start (a double click, a second
    /// run of the verb) cannot silently add a duplicate of every playlist ("Cooking (2)").</param>
    public Task<EditResult> CreateFromPlaylistsAsync(bool alongsideExisting = false, CancellationToken ct = default) =>
        EditAsync(async (db, edit) =>
        {
            var existing = await db.Categories.CountAsync(ct);
            if (existing > 0 && !alongsideExisting)
                return EditResult.Refused(CategoryErrorCode.CategoriesExist,
                    $"The draft already has {Categories(existing)}: one category per playlist would add another for each playlist beside them (a second \"Cooking\" becomes \"Cooking (2)\"). Nothing changed.");
            var playlists = await db.Playlists.AsNoTracking().Where(p => p.Kind == LibraryPlaylistKind.Regular)
                .OrderBy(p => p.Title).ThenBy(p => p.Id).ToListAsync(ct);
            if (playlists.Count == 0) return EditResult.Refused(CategoryErrorCode.NothingSelected, "The library has no playlists yet: import it first.");
            var taken = await db.Categories.Select(c => c.Title).ToListAsync(ct);
            var created = new List<(Category Category, string PlaylistId)>();
            foreach (var p in playlists)
            {
                var title = UniqueTitle(Sanitize(p.Title, CategoryRules.MaxTitleLength, "Untitled playlist"), taken);
                taken.Add(title);
                var category = new Category
                {
                    Title = title,
                    Description = Sanitize(p.Description, CategoryRules.MaxDescriptionLength, ""),
                    Privacy = CategoryRules.CheckPrivacy(p.PrivacyStatus) is null ? p.PrivacyStatus : CategoryRules.DefaultPrivacy,
                };
                db.Categories.Add(category);
                created.Add((category, p.Id));
            }
            await db.SaveChangesAsync(ct);
            var links = 0;
            foreach (var (category, playlistId) in created)
            {
                edit.Created(category.Id);
                links += await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "CategoryVideos" ("CategoryId", "VideoId") SELECT DISTINCT {category.Id}, "VideoId" FROM "PlaylistItems" WHERE "PlaylistId" = {playlistId} ON CONFLICT DO NOTHING""", ct);
            }
            return EditResult.Ok($"Create {Counts.Of(created.Count, "category", "categories")} from playlists", linksChanged: links);
        }, ct);

    /// <summary>Replaces the whole draft with a structure (an imported file) as one undoable edit. Categories keep their
    /// id when a category of the same title exists, so the diff against the approved version stays meaningful.</summary>
    public async Task<StructureImportResult> ReplaceAsync(StructureDocument document, CancellationToken ct = default)
    {
        var problems = StructureDocument.Validate(document);
        if (problems.Count > 0) return new(EditResult.Refused(problems), []);
        var unknown = new List<string>();
        var result = await EditAsync(async (db, edit) =>
        {
            var existing = await db.Categories.ToListAsync(ct);
            await edit.BeforeChangingAsync(existing.Select(c => c.Id).ToList());
            var kept = new List<(Category Category, StructureCategory Source)>();
            foreach (var source in document.Categories)
            {
                var match = existing.FirstOrDefault(c => CategoryRules.SameTitle(c.Title, source.Title));
                if (match is not null) existing.Remove(match);
                else db.Categories.Add(match = new Category { Title = "" });
                match.Title = source.Title.Trim();
                // A file that does not say (CSV) keeps the category's own details; a new category gets the defaults.
                match.Description = source.Description ?? match.Description;
                match.Privacy = source.Privacy ?? match.Privacy;
                match.Keywords = source.Keywords?.Trim() ?? match.Keywords;
                kept.Add((match, source));
            }
            var dropped = existing.Select(c => c.Id).ToList();
            await db.CategoryVideos.Where(l => dropped.Contains(l.CategoryId)).ExecuteDeleteAsync(ct);
            db.Categories.RemoveRange(existing);
            await db.SaveChangesAsync(ct);
            var allIds = kept.Select(k => k.Category.Id).ToList();
            await db.CategoryVideos.Where(l => allIds.Contains(l.CategoryId)).ExecuteDeleteAsync(ct);
            var links = 0;
            foreach (var (category, source) in kept)
            {
                edit.Created(category.Id);
                links += await LinkSql.AddAsync(db, category.Id, source.VideoIds, ct);
            }
            var wanted = document.Categories.SelectMany(c => c.VideoIds).Distinct().ToList();
            unknown.AddRange((await LinkSql.UnknownVideoIdsAsync(db, wanted, ct)).Order(StringComparer.Ordinal));
            return EditResult.Ok($"Import a structure of {Counts.Of(document.Categories.Count, "category", "categories")}", linksChanged: links);
        }, ct);
        return new(result, result.Succeeded ? unknown : []);
    }

    /// <summary>The draft as a structure document (categories by title, video ids sorted), for export.</summary>
    public async Task<StructureDocument> ExportAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var links = (await db.CategoryVideos.AsNoTracking().Select(l => new { l.CategoryId, l.VideoId }).ToListAsync(ct))
            .ToLookup(l => l.CategoryId, l => l.VideoId);
        return new StructureDocument(categories.OrderBy(c => c.Title, StringComparer.Ordinal)
            .Select(c => new StructureCategory(c.Title, c.Description, c.Privacy, links[c.Id].Order(StringComparer.Ordinal).ToList(), c.Keywords))
            .ToList());
    }

    /// <summary>Undoes the newest edit not undone yet. Works the same before and after an approval: it changes the draft only.</summary>
    public Task<EditResult> UndoAsync(CancellationToken ct = default) => StepAsync(undo: true, ct);

    /// <summary>Re-applies the oldest undone edit, as long as no new edit came after the undo.</summary>
    public Task<EditResult> RedoAsync(CancellationToken ct = default) => StepAsync(undo: false, ct);

    /// <summary>The journal, newest first: what undo and redo would apply.</summary>
    public async Task<UndoHistory> GetHistoryAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = await db.CategoryJournal.AsNoTracking().OrderByDescending(j => j.Id)
            .Select(j => new UndoHistory.Step(j.Id, j.At, j.Description, j.IsUndone)).ToListAsync(ct);
        return new UndoHistory(entries);
    }

    /// <summary>Every category with its video count, plus how many library videos are in none (the Uncategorized view).</summary>
    public async Task<CategoryOverview> GetOverviewAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.CategoryVideos.GroupBy(l => l.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var unavailable = await db.CategoryVideos
            .Where(l => db.Videos.Any(v => v.Id == l.VideoId && v.Availability == VideoAvailability.Unavailable))
            .GroupBy(l => l.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var categories = (await db.Categories.AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.Title, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CategorySummary(c.Id, c.Title, c.Description, c.Privacy, counts.GetValueOrDefault(c.Id), unavailable.GetValueOrDefault(c.Id)) { Keywords = c.Keywords })
            .ToList();
        var uncategorized = await db.Videos.CountAsync(v => !db.CategoryVideos.Any(l => l.VideoId == v.Id), ct);
        var libraryVideos = await db.Videos.CountAsync(ct);
        return new CategoryOverview(categories, uncategorized, libraryVideos);
    }

    private async Task<EditResult> StepAsync(bool undo, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entry = undo
            ? await db.CategoryJournal.Where(j => !j.IsUndone).OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct)
            : await db.CategoryJournal.Where(j => j.IsUndone).OrderBy(j => j.Id).FirstOrDefaultAsync(ct);
        if (entry is null)
            return undo ? EditResult.Refused(CategoryErrorCode.NothingToUndo, "There is nothing to undo.")
                        : EditResult.Refused(CategoryErrorCode.NothingToRedo, "There is nothing to redo.");
        await CategorySnapshot.FromJson(undo ? entry.Before : entry.After).RestoreAsync(db, ct);
        await db.CategoryJournal.Where(j => j.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.IsUndone, undo), ct);
        var done = $"{(undo ? "Undo" : "Redo")}: {entry.Description}";
        ActivityEntry.Record(db, time.GetUtcNow(), ActivityArea.Structure, "you", done);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return EditResult.Ok(done);
    }

    /// <summary>Runs one edit in a transaction: refused → rolled back; applied → journalled (before/after images of the
    /// touched categories), redo entries dropped, journal trimmed to <see cref="CategoryOptions.UndoDepth"/>, committed.</summary>
    private async Task<EditResult> EditAsync(Func<OrganizerDbContext, EditScope, Task<EditResult>> apply, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var scope = new EditScope(db, ct);
        var result = await apply(db, scope);
        if (!result.Succeeded) return result; // disposing the transaction rolls back anything the edit did
        db.ChangeTracker.Clear();
        var after = await CategorySnapshot.CaptureAsync(db, scope.Ids, ct);
        var before = scope.Before ?? new CategorySnapshot([], []);
        before = before with { Ids = scope.Ids.Order().ToList() };
        await db.CategoryJournal.Where(j => j.IsUndone).ExecuteDeleteAsync(ct);
        db.CategoryJournal.Add(new CategoryJournalEntry { At = time.GetUtcNow(), Description = Shorten(result.Description ?? "Edit"), Before = before.ToJson(), After = after.ToJson() });
        ActivityEntry.Record(db, time.GetUtcNow(), ActivityArea.Structure, "you", result.Description ?? "Edit");
        await db.SaveChangesAsync(ct);
        var cutoff = await db.CategoryJournal.OrderByDescending(j => j.Id).Skip(UndoDepth).Select(j => (long?)j.Id).FirstOrDefaultAsync(ct);
        if (cutoff is { } c) await db.CategoryJournal.Where(j => j.Id <= c).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>What one edit touches: the before-image is taken when the edit says which categories it will change.</summary>
    private sealed class EditScope(OrganizerDbContext db, CancellationToken ct)
    {
        public HashSet<long> Ids { get; } = [];
        public CategorySnapshot? Before { get; private set; }

        public async Task BeforeChangingAsync(IReadOnlyCollection<long> ids)
        {
            if (Before is not null) throw new InvalidOperationException("An edit takes its before-image once.");
            Before = await CategorySnapshot.CaptureAsync(db, ids, ct);
            Ids.UnionWith(ids);
        }

        /// <summary>A category the edit created: absent from the before-image, so undo removes it.</summary>
        public void Created(long id) => Ids.Add(id);
    }

    private static EditResult UnknownCategory(long id) =>
        EditResult.Refused(CategoryErrorCode.UnknownCategory, $"There is no category with id {id}; it may have been deleted or undone. Reload the page.");

    private static EditResult? MissingCategories(IEnumerable<long> ids, IReadOnlyDictionary<long, string> found) =>
        ids.Where(i => !found.ContainsKey(i)).Select(UnknownCategory).FirstOrDefault();

    private static Task<Dictionary<long, string>> TitlesAsync(OrganizerDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        db.Categories.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);

    private static Task<string?> TitleAsync(OrganizerDbContext db, long id, CancellationToken ct) =>
        db.Categories.Where(c => c.Id == id).Select(c => c.Title).SingleOrDefaultAsync(ct);

    private static async Task<bool> TitleTakenAsync(OrganizerDbContext db, string title, IReadOnlyCollection<long> except, CancellationToken ct)
    {
        var titles = await db.Categories.Where(c => !except.Contains(c.Id)).Select(c => c.Title).ToListAsync(ct);
        return titles.Any(t => CategoryRules.SameTitle(t, title));
    }

    /// <summary>Video ids must be well-formed and known to the library (a video, a playlist entry or a Watch Later entry).</summary>
    private static async Task<EditResult?> CheckVideosKnownAsync(OrganizerDbContext db, List<string> ids, CancellationToken ct)
    {
        var malformed = ids.Where(i => !VideoId.IsWellFormed(i)).ToList();
        if (malformed.Count > 0)
            return EditResult.Refused(CategoryErrorCode.MalformedVideoId, $"{Quoted(malformed)} {(malformed.Count == 1 ? "is not a YouTube video id" : "are not YouTube video ids")} (11 characters of A–Z, a–z, 0–9, - and _).");
        var unknown = await LinkSql.UnknownVideoIdsAsync(db, ids, ct);
        if (unknown.Count == 0) return null;
        unknown = ids.Where(unknown.ToHashSet().Contains).ToList(); // in the caller's order
        return EditResult.Refused(CategoryErrorCode.UnknownVideo, $"{Quoted(unknown)} {(unknown.Count == 1 ? "is" : "are")} not in the library.");
    }

    private static string Quoted(List<string> ids) =>
        string.Join(", ", ids.Take(5).Select(i => $"'{i}'")) + (ids.Count > 5 ? $" and {ids.Count - 5} more" : "");

    private static string Names(IEnumerable<string> titles)
    {
        var list = titles.Select(t => $"'{t}'").ToList();
        return list.Count <= 3 ? string.Join(", ", list) : $"{string.Join(", ", list.Take(3))} and {list.Count - 3} more";
    }

    private static string Videos(int n) => Counts.Of(n, "video");

    private static string Categories(int n) => Counts.Of(n, "category", "categories");

    private static string Shorten(string s) => s.Length <= 500 ? s : s[..499] + "…";

    private static string Sanitize(string? text, int max, string fallback)
    {
        var clean = (text ?? "").Replace("<", "").Replace(">", "").Replace('\u2028', ' ').Trim();
        if (clean.Length > max) clean = clean[..max].TrimEnd();
        return clean.Length == 0 ? fallback : clean;
    }

    private static string UniqueTitle(string title, List<string> taken)
    {
        if (!taken.Any(t => CategoryRules.SameTitle(t, title))) return title;
        for (var n = 2; ; n++)
        {
            var suffix = $" ({n})";
            var candidate = (title.Length + suffix.Length > CategoryRules.MaxTitleLength ? title[..(CategoryRules.MaxTitleLength - suffix.Length)] : title) + suffix;
            if (!taken.Any(t => CategoryRules.SameTitle(t, candidate))) return candidate;
        }
    }
}

public sealed record CategorySummary(long Id, string Title, string Description, string Privacy, int VideoCount, int UnavailableCount)
{
    public string Keywords { get; init; } = "";
}

/// <param name="UncategorizedCount">Library videos in no category: a view, never a playlist.</param>
public sealed record CategoryOverview(IReadOnlyList<CategorySummary> Categories, int UncategorizedCount, int LibraryVideoCount);

public sealed record UndoHistory(IReadOnlyList<UndoHistory.Step> Steps)
{
    public sealed record Step(long Id, DateTimeOffset At, string Description, bool IsUndone);
    public Step? NextUndo => Steps.FirstOrDefault(s => !s.IsUndone);
    public Step? NextRedo => Steps.LastOrDefault(s => s.IsUndone);
}

/// <param name="UnknownVideoIds">Well-formed ids the library does not know: imported anyway, reported to the user.</param>
public sealed record StructureImportResult(EditResult Result, IReadOnlyList<string> UnknownVideoIds);
