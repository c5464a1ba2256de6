using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Categories;
using PlaylistOrganizer.Core.Persistence;
using PlaylistOrganizer.Core.YouTube;

namespace PlaylistOrganizer.Core.Planning;

/// <summary>
/// The latest approved structure version as the planner's target. Each category's videos are ordered by when the user
/// first saved them (the earliest "added" time in any imported playlist or Watch Later), so the new playlists read in
/// the order the user built their library; videos with no known time come last, by id.
/// </summary>
public sealed class ApprovedTargetSource(StructureApproval approval, IDbContextFactory<OrganizerDbContext> dbFactory) : ITargetStructureSource
{
    public async Task<TargetStructure?> GetApprovedAsync(CancellationToken ct)
    {
        var approved = await approval.GetApprovedAsync(ct: ct);
        if (approved is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fromPlaylists = await db.PlaylistItems.Where(i => i.AddedAt != null).GroupBy(i => i.VideoId)
            .Select(g => new { g.Key, First = g.Min(i => i.AddedAt) }).ToListAsync(ct);
        var fromWatchLater = await db.WatchLater.Where(w => w.AddedAt != null).Select(w => new { Key = w.VideoId, First = w.AddedAt }).ToListAsync(ct);
        var firstSeen = fromPlaylists.Concat(fromWatchLater).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Min(x => x.First)!.Value);
        return new TargetStructure(approved.Version.ContentHash, approved.Categories.Select(c => new TargetCategory(
            new CategoryKey(c.CategoryId.ToString(System.Globalization.CultureInfo.InvariantCulture)), c.Title, c.Description,
            // Approval refused any other value (CategoryRules.CheckPrivacy), so an approved category always has one of YouTube's.
            PrivacyNames.Parse(c.Privacy) ?? throw new InvalidOperationException($"Approved category {c.CategoryId} has privacy '{c.Privacy}'."),
            c.VideoIds.OrderBy(v => firstSeen.TryGetValue(v, out var at) ? at : DateTimeOffset.MaxValue).ThenBy(v => v, StringComparer.Ordinal).ToList()))
            .ToList());
    }
}
