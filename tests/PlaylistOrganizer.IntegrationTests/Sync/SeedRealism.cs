using PlaylistOrganizer.FakeYouTube;
using PlaylistOrganizer.IntegrationTests.Support;

namespace PlaylistOrganizer.IntegrationTests.Sync;

/// <summary>
/// How untidy YouTube is for one convergence seed, each way switched on at random for the whole run: read lag (lists show
/// a write 1.5 s later), 409 bursts on rapid inserts into one playlist, and the daily playlist-creation cap (2 a day, so
/// it bites in these small libraries; refused as 429 or as the 400 variant; the app told the real figure, or
/// believing YouTube's usual 10 and finding out from the refusal).
/// </summary>
/// <remarks>Drawn from a generator of its own, so a seed's faults and disruptions stay what they were without these.</remarks>
internal sealed record SeedRealism(bool ReadLag, bool Conflicts, bool CreationCap, int CapStatus, bool AppKnowsCap)
{
    private const int ReadLagMs = 1_500;
    private const int CreationCapPerDay = 2;

    public static SeedRealism Draw(int seed)
    {
        // The mask is chosen so that CI's four seeds (101, 202, 303, 404) meet every case between them: read lag, 409
        // bursts, both refusals of the cap, the app knowing the cap and finding it out.
        var random = new Random(seed ^ 9);
        return new SeedRealism(random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0 ? 429 : 400, random.Next(2) == 0);
    }

    public FakeYouTubeOptions Emulator() => new()
    {
        ReadLagMs = ReadLag ? ReadLagMs : null,
        InsertConflictWindowMs = Conflicts ? 1_000 : null,
        // Most rapid inserts pass: the clock hardly moves in this suite, so every insert after the first is "rapid".
        InsertConflictRate = 0.25,
        PlaylistCreateCapPerDay = CreationCap ? CreationCapPerDay : null,
        PlaylistCreateCapStatusCode = CapStatus,
    };

    /// <summary>The app waits longer than the lag before reading back what it wrote, as it must against YouTube.</summary>
    public string[] AppSettings =>
    [
        .. ReadLag ? ["--Sync:ReadBackDelay=00:00:02"] : Array.Empty<string>(),
        .. CreationCap && AppKnowsCap ? [$"--Quota:PlaylistCreatesPerDay={CreationCapPerDay}"] : Array.Empty<string>(),
    ];

    /// <summary>Under read lag the app's waits run on the fake clock, so a pass needs the clock moving; null otherwise.</summary>
    public ClockPump? ClockFor(OrganizerApp app) => ReadLag ? new ClockPump(app.Time, TimeSpan.FromMilliseconds(50)) : null;

    /// <summary>
    /// A user's edit on YouTube's site shows in lists only after the lag, to the app as to any client: an edit made
    /// within the lag of the original's last read-back cannot be seen by anyone, so the clock moves past the lag first.
    /// </summary>
    public void EditListed(OrganizerApp app)
    {
        if (ReadLag) app.Time.Advance(TimeSpan.FromMilliseconds(ReadLagMs));
    }

    public override string ToString() => string.Join(" ", new[]
    {
        ReadLag ? "read-lag" : null, Conflicts ? "409-bursts" : null,
        CreationCap ? $"creation-cap({CapStatus}, app {(AppKnowsCap ? "knows it" : "finds out")})" : null,
    }.Where(s => s is not null)) is { Length: > 0 } on ? on : "tidy";
}
