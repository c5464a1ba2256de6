using PlaylistOrganizer.FakeYouTube.State;

namespace PlaylistOrganizer.FakeYouTube.Thumbnails;

/// <summary>What a generated thumbnail shows: a colour of the video's channel (so one channel's videos look alike, as
/// they often do on YouTube), a lighter band that differs per video, and a dark "play" square in the middle.</summary>
internal sealed record ThumbnailPicture((byte R, byte G, byte B) Channel, (byte R, byte G, byte B) Band, double BandAt)
{
    public static ThumbnailPicture Of(VideoSnapshot video)
    {
        var channel = Hash(video.ChannelId);
        var own = Hash(video.Id);
        var hue = channel % 360;
        return new ThumbnailPicture(FromHue(hue, 0.55, 0.45), FromHue((hue + 30) % 360, 0.45, 0.7), 0.2 + own % 60 / 100.0);
    }

    /// <param name="columns">The picture's width in 8-pixel blocks.</param>
    /// <param name="rows">Its height in 8-pixel blocks.</param>
    public (byte R, byte G, byte B) ColorAt(int column, int row, int columns, int rows)
    {
        var y = (row + 0.5) / rows;
        var x = (column + 0.5) / columns;
        if (Math.Abs(x - 0.5) < 0.08 && Math.Abs(y - 0.5) < 0.12) return (30, 30, 30);
        return Math.Abs(y - BandAt) < 0.12 ? Band : Channel;
    }

    /// <summary>A stable hash (string.GetHashCode differs per process), so a video's picture never changes.</summary>
    private static int Hash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            return (int)(hash & 0x7FFFFFFF);
        }
    }

    private static (byte, byte, byte) FromHue(int hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var second = chroma * (1 - Math.Abs(hue / 60.0 % 2 - 1));
        var (r, g, b) = (hue / 60) switch
        {
            0 => (chroma, second, 0.0), 1 => (second, chroma, 0.0), 2 => (0.0, chroma, second),
            3 => (0.0, second, chroma), 4 => (second, 0.0, chroma), _ => (chroma, 0.0, second),
        };
        var m = lightness - chroma / 2;
        return ((byte)Math.Round((r + m) * 255), (byte)Math.Round((g + m) * 255), (byte)Math.Round((b + m) * 255));
    }
}
