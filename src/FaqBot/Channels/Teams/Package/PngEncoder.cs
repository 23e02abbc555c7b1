using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace FaqBot.Channels.Teams.Package;

/// <summary>Writes 8-bit RGBA pixels as a PNG file (signature, IHDR, one zlib-compressed IDAT, IEND), the format
/// Teams requires for app icons. The chunks are written here; compression is <see cref="ZLibStream"/> and the chunk
/// checksums <see cref="Crc32"/>.</summary>
public static class PngEncoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes <paramref name="rgba"/> (4 bytes a pixel, rows top to bottom) of the given size.</summary>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> rgba)
    {
        if (width <= 0 || height <= 0 || rgba.Length != width * height * 4)
        {
            throw new ArgumentException($"Expected {width}×{height} RGBA pixels ({width * height * 4} bytes), got {rgba.Length} bytes.", nameof(rgba));
        }
        using var output = new MemoryStream();
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 6; // colour type: truecolour with alpha
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // no interlace
        WriteChunk(output, "IHDR", header);

        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var stride = width * 4;
                for (var row = 0; row < height; row++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(rgba.Slice(row * stride, stride));
                }
            }
            WriteChunk(output, "IDAT", pixels.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        Span<byte> typeBytes = stackalloc byte[4];
        for (var i = 0; i < 4; i++)
        {
            typeBytes[i] = (byte)type[i];
        }
        output.Write(typeBytes);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, crc.GetCurrentHashAsUInt32());
        output.Write(checksum);
    }
}
