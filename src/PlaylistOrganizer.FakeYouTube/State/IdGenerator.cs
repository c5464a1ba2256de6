namespace PlaylistOrganizer.FakeYouTube.State;

/// <summary>Makes ids shaped like YouTube's, from a seeded generator so a run can be reproduced. Thread-safe.</summary>
public sealed class IdGenerator(int seed)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();

    /// <summary>"PL" + 32 characters, like a user playlist.</summary>
    public string NewPlaylistId() => "PL" + Chars(32);

    /// <summary>
    /// Real playlist-item ids are long base64 strings (the playlist id and an item key, encoded). Only the shape
    /// matters to clients: opaque, not a video id.
    /// </summary>
    public string NewPlaylistItemId(string playlistId) =>
        Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(playlistId + "." + Hex(16)));

    public string NewToken(int length) => Chars(length);

    private string Chars(int length)
    {
        lock (_lock)
        {
            return string.Create(length, _random, static (span, random) =>
            {
                for (var i = 0; i < span.Length; i++) span[i] = Alphabet[random.Next(Alphabet.Length)];
            });
        }
    }

    private string Hex(int length)
    {
        lock (_lock)
        {
            var bytes = new byte[length / 2];
            _random.NextBytes(bytes);
            return Convert.ToHexString(bytes);
        }
    }
}
