using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace FaqBot.Tests.Channels.Teams;

/// <summary>Decodes the PNGs the package holds (8-bit RGBA, filter type 0 rows), checking signature and every chunk's
/// CRC, so the package test sees the pixels Teams would.</summary>
internal static class PngReader
{
    public sealed record Image(int Width, int Height, byte ColorType, byte[] Rgba);

    public static Image Decode(byte[] png)
    {
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal(signature, png[..8]);
        int width = 0, height = 0;
        byte colorType = 0;
        using var idat = new MemoryStream();
        var position = 8;
        var sawEnd = false;
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(crc, Crc32.HashToUInt32(png.AsSpan(position + 4, 4 + length)));
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.Equal(8, data[8]);
                    colorType = data[9];
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
            }
            position += 12 + length;
        }
        Assert.True(sawEnd);
        Assert.Equal(6, colorType);
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var raw = inflated.ToArray();
        var stride = width * 4;
        Assert.Equal((stride + 1) * height, raw.Length);
        var rgba = new byte[stride * height];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, raw[row * (stride + 1)]);
            Array.Copy(raw, row * (stride + 1) + 1, rgba, row * stride, stride);
        }
        return new Image(width, height, colorType, rgba);
    }
}
