using PlaylistOrganizer.Core.ActivityLog;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Approves the draft (validate, then freeze it as a <see cref="StructureVersion"/>), tells how the draft differs
/// from the latest approved version, and hands the sync an approved structure.</summary>
/// <remarks>Approval never changes the draft; editing after approval simply makes the draft differ again. A refused
/// approval writes nothing.</remarks>
public sealed class StructureApproval(IDbContextFactory<OrganizerDbContext> dbFactory, TimeProvider time)
{
    public async Task<ApprovalResult> ApproveAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var links = await db.CategoryVideos.AsNoTracking().Select(l => new { l.CategoryId, l.VideoId }).ToListAsync(ct);
        var byCategory = links.ToLookup(l => l.CategoryId, l => l.VideoId);

        var errors = Validate(categories, c => byCategory[c.Id].Count());
        if (errors.Count > 0) return ApprovalResult.Refused(errors);

        var hash = StructureCanon.Hash(categories.Select(c => new StructureCategory(c.Title, c.Description, c.Privacy, byCategory[c.Id].ToList())));
        var warnings = await UnavailableAsync(db, ct);
        var latest = await db.StructureVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.ContentHash == hash && (await DiffAsync(db, latest.Number, ct)).Total == 0)
            return ApprovalResult.Unchanged(latest, warnings);

        var version = new StructureVersion
        {
            Number = (latest?.Number ?? 0) + 1, ApprovedAt = time.GetUtcNow(), ContentHash = hash,
            CategoryCount = categories.Count, VideoLinkCount = links.Count,
        };
        db.StructureVersions.Add(version);
        ActivityEntry.Record(db, version.ApprovedAt, ActivityArea.Structure, "you",
            $"Approved version {version.Number}: {Counts.Of(version.CategoryCount, "category", "categories")}, {Counts.Of(version.VideoLinkCount, "video placement")}");
        await db.SaveChangesAsync(ct);
        // The frozen copy: two INSERT … SELECT statements, whatever the size of the structure.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ApprovedCategories" ("VersionNumber", "CategoryId", "Title", "Description", "Privacy") SELECT {version.Number}, "Id", "Title", "Description", "Privacy" FROM "Categories" """, ct);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ApprovedCategoryVideos" ("VersionNumber", "CategoryId", "VideoId") SELECT {version.Number}, "CategoryId", "VideoId" FROM "CategoryVideos" """, ct);
        await transaction.CommitAsync(ct);
        return ApprovalResult.Approved(version, warnings);
    }

    /// <summary>What approval would refuse, without approving. Empty when the draft can be approved.</summary>
    public async Task<IReadOnlyList<CategoryError>> ValidateAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var counts = await db.CategoryVideos.GroupBy(l => l.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Validate(categories, c => counts.GetValueOrDefault(c.Id));
    }

    /// <summary>The draft against the latest approved version, by category id: a cheap set of count queries, fit for every page.</summary>
    public async Task<DraftStatus> GetDraftStatusAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.StructureVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var draftCategories = await db.Categories.CountAsync(ct);
        if (latest is null) return new DraftStatus(null, draftCategories, StructureDiff.None);
        return new DraftStatus(latest, draftCategories, await DiffAsync(db, latest.Number, ct));
    }

    public async Task<IReadOnlyList<StructureVersion>> GetVersionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StructureVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(ct);
    }

    /// <summary>An approved version as the sync reads it (the latest when <paramref name="number"/> is null); null if none.</summary>
    public async Task<ApprovedStructure?> GetApprovedAsync(int? number = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var version = await db.StructureVersions.AsNoTracking()
            .Where(v => number == null || v.Number == number).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        var categories = await db.ApprovedCategories.AsNoTracking().Where(c => c.VersionNumber == version.Number).ToListAsync(ct);
        var links = (await db.ApprovedCategoryVideos.AsNoTracking().Where(l => l.VersionNumber == version.Number)
            .Select(l => new { l.CategoryId, l.VideoId }).ToListAsync(ct)).ToLookup(l => l.CategoryId, l => l.VideoId);
        return new ApprovedStructure(version, categories.OrderBy(c => c.Title, StringComparer.Ordinal)
            .Select(c => new ApprovedStructure.Entry(c.CategoryId, c.Title, c.Description, c.Privacy, links[c.CategoryId].Order(StringComparer.Ordinal).ToList()))
            .ToList());
    }

    private static List<CategoryError> Validate(List<Category> categories, Func<Category, int> videoCount)
    {
        var errors = new List<CategoryError>();
        if (categories.Count == 0) errors.Add(new(CategoryErrorCode.NothingSelected, "The structure has no categories yet."));
        foreach (var c in categories.OrderBy(c => c.Title, StringComparer.Ordinal))
        {
            var name = c.Title.Length > 60 ? c.Title[..57] + "…" : c.Title;
            foreach (var p in new[] { CategoryRules.CheckTitle(c.Title), CategoryRules.CheckDescription(c.Description), CategoryRules.CheckPrivacy(c.Privacy) }.OfType<CategoryError>())
                errors.Add(p with { Message = $"Category '{name}': {p.Message}" });
            if (CategoryRules.CheckVideoCount(c.Title, videoCount(c)) is { } tooMany) errors.Add(tooMany);
        }
        foreach (var group in categories.GroupBy(c => c.Title.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add(new(CategoryErrorCode.DuplicateTitle, $"{group.Count()} categories are named '{group.Key}'; titles must be unique."));
        return errors;
    }

    private static async Task<IReadOnlyList<UnavailableVideo>> UnavailableAsync(OrganizerDbContext db, CancellationToken ct)
    {
        var rows = await (from l in db.CategoryVideos
                          join v in db.Videos on l.VideoId equals v.Id
                          where v.Availability == VideoAvailability.Unavailable
                          join c in db.Categories on l.CategoryId equals c.Id
                          select new { v.Id, v.Title, Category = c.Title }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnavailableVideo(g.Key, g.First().Title, g.Select(r => r.Category).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private static async Task<StructureDiff> DiffAsync(OrganizerDbContext db, int version, CancellationToken ct)
    {
        var approved = await db.ApprovedCategories.AsNoTracking().Where(c => c.VersionNumber == version).ToDictionaryAsync(c => c.CategoryId, ct);
        var draft = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var both = draft.Keys.Where(approved.ContainsKey).ToList();
        var draftLinks = db.CategoryVideos.Select(l => new { l.CategoryId, l.VideoId });
        var approvedLinks = db.ApprovedCategoryVideos.Where(l => l.VersionNumber == version).Select(l => new { l.CategoryId, l.VideoId });
        return new StructureDiff(
            CategoriesAdded: draft.Keys.Count(id => !approved.ContainsKey(id)),
            CategoriesRemoved: approved.Keys.Count(id => !draft.ContainsKey(id)),
            CategoriesRenamed: both.Count(id => draft[id].Title != approved[id].Title),
            CategoriesEdited: both.Count(id => draft[id].Description != approved[id].Description || draft[id].Privacy != approved[id].Privacy),
            VideosAdded: await draftLinks.Except(approvedLinks).CountAsync(ct),
            VideosRemoved: await approvedLinks.Except(draftLinks).CountAsync(ct));
    }
}

/// <summary>The canonical form of a structure and its hash: categories by title (ordinal), each with its description,
/// privacy and sorted, de-duplicated video ids; every field length-prefixed so no two structures share a form.</summary>
public static class StructureCanon
{
    public static string Hash(IEnumerable<StructureCategory> categories)
    {
        var sb = new StringBuilder();
        foreach (var c in categories.OrderBy(c => c.Title, StringComparer.Ordinal))
        {
            Field(sb, 'T', c.Title);
            Field(sb, 'D', c.Description ?? "");
            Field(sb, 'P', c.Privacy ?? CategoryRules.DefaultPrivacy);
            Field(sb, 'V', string.Join(",", c.VideoIds.Distinct().Order(StringComparer.Ordinal)));
            sb.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void Field(StringBuilder sb, char tag, string value) => sb.Append(tag).Append(value.Length).Append(':').Append(value);
}

public sealed record UnavailableVideo(string VideoId, string? Title, IReadOnlyList<string> Categories);

public sealed record ApprovalResult
{
    public IReadOnlyList<CategoryError> Errors { get; private init; } = [];
    public bool Succeeded => Errors.Count == 0;
    public StructureVersion? Version { get; private init; }
    /// <summary>True when the draft was already the latest approved version: nothing new was written.</summary>
    public bool WasAlreadyApproved { get; private init; }
    /// <summary>Videos that YouTube reports unavailable: they do not block approval; the sync will skip them.</summary>
    public IReadOnlyList<UnavailableVideo> UnavailableVideos { get; private init; } = [];

    public static ApprovalResult Refused(IReadOnlyList<CategoryError> errors) => new() { Errors = errors };
    public static ApprovalResult Approved(StructureVersion version, IReadOnlyList<UnavailableVideo> unavailable) => new() { Version = version, UnavailableVideos = unavailable };
    public static ApprovalResult Unchanged(StructureVersion version, IReadOnlyList<UnavailableVideo> unavailable) => new() { Version = version, UnavailableVideos = unavailable, WasAlreadyApproved = true };
}

/// <summary>How the draft differs from an approved version. Video counts are category-video placements: moving one
/// video between two categories is one added and one removed.</summary>
public sealed record StructureDiff(int CategoriesAdded, int CategoriesRemoved, int CategoriesRenamed, int CategoriesEdited, int VideosAdded, int VideosRemoved)
{
    public static StructureDiff None { get; } = new(0, 0, 0, 0, 0, 0);
    public int CategoryChanges => CategoriesAdded + CategoriesRemoved + CategoriesRenamed + CategoriesEdited;
    public int Total => CategoryChanges + VideosAdded + VideosRemoved;

    public override string ToString()
    {
        var parts = new List<string>();
        void Add(int n, string one, string many) { if (n > 0) parts.Add(n == 1 ? $"1 {one}" : $"{n.Grouped()} {many}"); }
        Add(CategoriesAdded, "category added", "categories added");
        Add(CategoriesRemoved, "category removed", "categories removed");
        Add(CategoriesRenamed, "category renamed", "categories renamed");
        Add(CategoriesEdited, "category's details edited", "categories' details edited");
        Add(VideosAdded, "video placement added", "video placements added");
        Add(VideosRemoved, "video placement removed", "video placements removed");
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts);
    }
}

/// <param name="Approved">The latest approved version, or null before the first approval.</param>
public sealed record DraftStatus(StructureVersion? Approved, int DraftCategoryCount, StructureDiff Diff)
{
    public bool Differs => Approved is null || Diff.Total > 0;

    /// <summary>The one line every page shows.</summary>
    public string Summary => Approved switch
    {
        null => $"Draft not approved yet ({Counts.Of(DraftCategoryCount, "category", "categories")}).",
        _ when Diff.Total == 0 => $"Draft matches approved version {Approved.Number}.",
        _ => $"Draft: {Counts.Of(Diff.Total, "change")} since approved version {Approved.Number} ({Diff}).",
    };
}

/// <summary>A frozen, approved structure: what the sync works from.</summary>
public sealed record ApprovedStructure(StructureVersion Version, IReadOnlyList<ApprovedStructure.Entry> Categories)
{
    public sealed record Entry(long CategoryId, string Title, string Description, string Privacy, IReadOnlyList<string> VideoIds);
}
