using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Categories;

/// <summary>Set-based inserts of category-video links: one statement per category, never one per video.</summary>
/// <remarks>EF Core has no INSERT … SELECT, so these are SQL. Both SQLite and PostgreSQL accept the quoted names and
/// ON CONFLICT DO NOTHING (a link that exists already is left alone). SQLite needs the WHERE before ON CONFLICT to
/// parse an upsert on a SELECT. The id list travels as one parameter: JSON for SQLite, a text[] for PostgreSQL.</remarks>
internal static class LinkSql
{
    /// <summary>Adds the videos to the category; returns how many links were new.</summary>
    public static async Task<int> AddAsync(OrganizerDbContext db, long categoryId, IReadOnlyCollection<string> videoIds, CancellationToken ct)
    {
        if (videoIds.Count == 0) return 0;
        return db.Database.IsSqlite()
            ? await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "CategoryVideos" ("CategoryId", "VideoId") SELECT {categoryId}, value FROM json_each({JsonSerializer.Serialize(videoIds)}) WHERE true ON CONFLICT DO NOTHING""", ct)
            : await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "CategoryVideos" ("CategoryId", "VideoId") SELECT {categoryId}, x FROM unnest({videoIds.ToArray()}) AS x ON CONFLICT DO NOTHING""", ct);
    }

    /// <summary>Adds every video of one category to another; returns how many links were new.</summary>
    public static Task<int> CopyAsync(OrganizerDbContext db, long fromCategoryId, long toCategoryId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "CategoryVideos" ("CategoryId", "VideoId") SELECT {toCategoryId}, "VideoId" FROM "CategoryVideos" WHERE "CategoryId" = {fromCategoryId} ON CONFLICT DO NOTHING""", ct);
}
