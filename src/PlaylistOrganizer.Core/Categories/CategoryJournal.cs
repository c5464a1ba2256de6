using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>One applied edit, kept so it can be undone (and redone) after a page reload or a restart.</summary>
/// <remarks>Each entry holds a before-image and an after-image of exactly the categories the edit touched (their rows
/// and their video ids). Undo writes the before-image back, redo the after-image. Category ids are restored as they
/// were, so later entries stay valid. Entries are applied strictly newest-first; a new edit drops the undone ones.</remarks>
public sealed class CategoryJournalEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Description { get; init; }
    /// <summary>JSON of <see cref="CategorySnapshot"/>: the touched categories before the edit.</summary>
    public required string Before { get; init; }
    /// <summary>JSON of <see cref="CategorySnapshot"/>: the same categories after the edit.</summary>
    public required string After { get; init; }
    public bool IsUndone { get; set; }
}

/// <summary>The state of some categories at one moment. A listed id with no category means "did not exist".</summary>
internal sealed record CategorySnapshot(List<long> Ids, List<CategorySnapshot.Row> Categories)
{
    /// <remarks><see cref="Keywords"/> is last with a default: journal entries written before keywords existed read as none.</remarks>
    internal sealed record Row(long Id, string Title, string Description, string Privacy, List<string> VideoIds, string Keywords = "");

    public static async Task<CategorySnapshot> CaptureAsync(OrganizerDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var list = ids.Distinct().Order().ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => list.Contains(c.Id)).ToListAsync(ct);
        var links = (await db.CategoryVideos.AsNoTracking().Where(l => list.Contains(l.CategoryId))
            .Select(l => new { l.CategoryId, l.VideoId }).ToListAsync(ct)).ToLookup(l => l.CategoryId, l => l.VideoId);
        return new CategorySnapshot(list, categories.OrderBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Title, c.Description, c.Privacy, links[c.Id].Order(StringComparer.Ordinal).ToList(), c.Keywords))
            .ToList());
    }

    /// <summary>Makes the listed categories exactly as in this snapshot: set-based deletes, then inserts.</summary>
    public async Task RestoreAsync(OrganizerDbContext db, CancellationToken ct)
    {
        await db.CategoryVideos.Where(l => Ids.Contains(l.CategoryId)).ExecuteDeleteAsync(ct);
        await db.Categories.Where(c => Ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        db.Categories.AddRange(Categories.Select(c => new Category { Id = c.Id, Title = c.Title, Description = c.Description, Privacy = c.Privacy, Keywords = c.Keywords ?? "" }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var c in Categories) await LinkSql.AddAsync(db, c.Id, c.VideoIds, ct);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static CategorySnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<CategorySnapshot>(json) ?? throw new InvalidDataException("Empty journal snapshot.");
}

internal sealed class CategoryJournalEntryConfiguration : IEntityTypeConfiguration<CategoryJournalEntry>
{
    public void Configure(EntityTypeBuilder<CategoryJournalEntry> e)
    {
        e.ToTable("CategoryJournal");
        e.HasKey(j => j.Id);
        e.Property(j => j.Description).HasMaxLength(500);
    }
}
