using PlaylistOrganizer.FakeYouTube.Time;

namespace PlaylistOrganizer.FakeYouTube.Quota;

/// <summary>
/// Quota of one emulated account for the current Pacific day.
/// </summary>
/// <remarks>
/// On real YouTube the pool belongs to the Google Cloud project, not the user. PlaylistOrganizer is one app for one
/// user, so a pool per emulated account is equivalent and lets tests run side by side without sharing a pool.
/// The day rolls over lazily: any read after midnight America/Los_Angeles sees a fresh day.
/// Not thread-safe on its own; the owning account's gate guards it.
/// </remarks>
public sealed class QuotaBook(int limitUnits, int? playlistCreateCapPerDay, int playlistCreateCapStatusCode = 429)
{
    private DateOnly _day;

    public int LimitUnits { get; set; } = limitUnits;
    public int? PlaylistCreateCapPerDay { get; set; } = playlistCreateCapPerDay;
    /// <summary>429 or 400: how a refusal by the creation cap is answered.</summary>
    public int PlaylistCreateCapStatusCode { get; set; } = playlistCreateCapStatusCode;
    public int UsedUnits { get; private set; }
    public int PlaylistsCreated { get; private set; }

    /// <summary>Starts a new day when the Pacific date of <paramref name="now"/> differs from the day on the books.</summary>
    public DateOnly Roll(DateTimeOffset now)
    {
        var today = PacificDay.Of(now);
        if (today != _day)
        {
            _day = today;
            UsedUnits = 0;
            PlaylistsCreated = 0;
        }
        return today;
    }

    /// <summary>
    /// A request is refused when its cost does not fit in what is left (an assumption: Google does not document
    /// whether a 50-unit write may overdraw the last few units). A refused request adds no usage (docs/youtube-facts.md §1.3).
    /// </summary>
    public bool CanAfford(int costUnits) => UsedUnits + costUnits <= LimitUnits;

    public void Charge(int costUnits) => UsedUnits += costUnits;

    public void SetUsed(int units) => UsedUnits = Math.Max(0, units);

    public bool PlaylistCapReached => PlaylistCreateCapPerDay is { } cap && PlaylistsCreated >= cap;

    public void RecordPlaylistCreated() => PlaylistsCreated++;
}
