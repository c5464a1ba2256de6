namespace PlaylistOrganizer.FakeYouTube.Thumbnails;

/// <summary>
/// A tiny baseline JPEG encoder for pictures made of flat 8×8 blocks: each block carries only its DC coefficient, so
/// no DCT is needed and a thumbnail of a few hundred bytes is written in microseconds. Enough for the emulator's
/// generated thumbnails, which stand in for i.ytimg.com's JPEG files.
/// </summary>
internal static class ThumbnailJpeg
{
    // The standard luminance DC table (ITU T.81 Annex K.3): code lengths per category 0–11.
    private static readonly byte[] DcCounts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] DcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly (int Code, int Length)[] DcCodes = CanonicalCodes(DcCounts, DcSymbols.Length);

    /// <param name="colorOfBlock">The RGB colour of the block at (column, row), in blocks of 8×8 pixels.</param>
    public static byte[] Encode(int width, int height, Func<int, int, (byte R, byte G, byte B)> colorOfBlock)
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]); // start of image
        WriteSegment(output, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        // One quantization table of ones: the DC value is stored as computed.
        WriteSegment(output, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        WriteSegment(output, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
        // DC table 0 as above; AC table 0 holds one symbol, end-of-block, coded as the single bit 0.
        WriteSegment(output, 0xC4, [0x00, .. DcCounts, .. DcSymbols, 0x10, 1, .. new byte[15], 0x00]);
        WriteSegment(output, 0xDA, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]);

        var bits = new BitWriter(output);
        var previous = new int[3];
        for (var row = 0; row < (height + 7) / 8; row++)
        {
            for (var column = 0; column < (width + 7) / 8; column++)
            {
                var (r, g, b) = colorOfBlock(column, row);
                Span<double> ycc = [0.299 * r + 0.587 * g + 0.114 * b, -0.1687 * r - 0.3313 * g + 0.5 * b + 128, 0.5 * r - 0.4187 * g - 0.0813 * b + 128];
                for (var c = 0; c < 3; c++)
                {
                    // A flat block's DC coefficient is 8 × (value − 128).
                    var dc = (int)Math.Round(8 * (Math.Clamp(ycc[c], 0, 255) - 128));
                    WriteDifference(bits, dc - previous[c]);
                    previous[c] = dc;
                    bits.Write(0, 1); // end of block: every AC coefficient is zero
                }
            }
        }
        bits.Flush();
        output.Write([0xFF, 0xD9]); // end of image
        return output.ToArray();
    }

    private static void WriteDifference(BitWriter bits, int difference)
    {
        var magnitude = Math.Abs(difference);
        var category = 0;
        while (magnitude >> category != 0) category++;
        var (code, length) = DcCodes[category];
        bits.Write(code, length);
        // Negative differences are written as their one's complement in `category` bits.
        if (category > 0) bits.Write(difference >= 0 ? difference : difference + (1 << category) - 1, category);
    }

    private static (int, int)[] CanonicalCodes(byte[] counts, int symbols)
    {
        var codes = new (int, int)[symbols];
        int code = 0, next = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < counts[length - 1]; i++) codes[next++] = (code++, length);
            code <<= 1;
        }
        return codes;
    }

    private static void WriteSegment(Stream output, byte marker, ReadOnlySpan<byte> payload)
    {
        var length = payload.Length + 2;
        output.Write([0xFF, marker, (byte)(length >> 8), (byte)length]);
        output.Write(payload);
    }

    /// <summary>Entropy-coded bits, most significant first, with a 0x00 stuffed after every 0xFF byte.</summary>
    private sealed class BitWriter(Stream output)
    {
        private int buffer, count;

        public void Write(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                buffer = (buffer << 1) | ((value >> i) & 1);
                if (++count == 8) Emit();
            }
        }

        /// <summary>Pads the last byte with ones, as the standard asks.</summary>
        public void Flush()
        {
            while (count != 0) Write(1, 1);
        }

        private void Emit()
        {
            output.WriteByte((byte)buffer);
            if (buffer == 0xFF) output.WriteByte(0);
            buffer = count = 0;
        }
    }
}
