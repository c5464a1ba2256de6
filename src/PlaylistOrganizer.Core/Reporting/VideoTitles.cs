using Microsoft.EntityFrameworkCore;
using PlaylistOrganizer.Core.Library;
using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Reporting;

/// <summary>
/// What to call a video a report or the log mentions. The journal keeps only ids (it records what was sent to YouTube),
/// so titles are joined from the library when the report is read: a title looked up later shows up in old reports too.
/// </summary>
public sealed class VideoTitles
{
    /// <summary>What a video the library knows without a title is called, by why it has none.</summary>
    public const string Unavailable = "(unavailable)", NotLookedUp = "(title not looked up)";

    private readonly Dictionary<string, (string? Title, VideoAvailability Availability)> videos;

    private VideoTitles(Dictionary<string, (string? Title, VideoAvailability Availability)> videos) => this.videos = videos;

    /// <summary>The title, "(unavailable)" for a deleted or private video, "(title not looked up)" for one only a Takeout named.</summary>
    public string Of(string videoId) => TitleOf(videoId) ?? (videos.GetValueOrDefault(videoId).Availability == VideoAvailability.Unavailable ? Unavailable : NotLookedUp);

    /// <summary>"'Title' (id)", or "id (unavailable)": how the log writes a video, the title to read and the id to search for.</summary>
    public string Quoted(string videoId) => TitleOf(videoId) is { } title ? $"'{title}' ({videoId})" : $"{videoId} {Of(videoId)}";

    private string? TitleOf(string videoId) => videos.TryGetValue(videoId, out var v) && !string.IsNullOrWhiteSpace(v.Title) ? v.Title : null;

    /// <summary>Every library video's name. One read of the whole table: a report can mention most of the library, and
    /// a list of thousands of ids as query parameters would be slower and hit the databases' parameter limits.</summary>
    public static async Task<VideoTitles> ReadAsync(OrganizerDbContext db, CancellationToken ct) =>
        new(await db.Videos.AsNoTracking().Select(v => new { v.Id, v.Title, v.Availability })
            .ToDictionaryAsync(v => v.Id, v => (v.Title, v.Availability), ct));
}
