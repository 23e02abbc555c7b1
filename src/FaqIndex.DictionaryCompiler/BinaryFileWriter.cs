using System.Runtime.InteropServices;

namespace FaqIndex.DictionaryCompiler;

/// <summary>Writes one dictionary file: a named, versioned header, then length-prefixed little-endian arrays (the
/// data of each padded to start at a multiple of 8 bytes, so the readers can use it in place) and strings, in the
/// layout FaqIndex's Dict readers expect. The file is written to a temporary name and moved.</summary>
internal sealed class BinaryFileWriter : IDisposable
{
    /// <summary>Bumped whenever any layout changes; the readers refuse other versions.</summary>
    public const int FormatVersion = 2;

    private const int ArrayAlignment = 8;

    private readonly string path;
    private readonly string tempPath;
    private readonly BinaryWriter writer;

    public BinaryFileWriter(string directory, string className)
    {
        path = Path.Combine(directory, className + ".bin");
        tempPath = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        writer = new BinaryWriter(File.Create(tempPath));
        writer.Write("FaqIndex." + className);
        writer.Write(FormatVersion);
    }

    public void Write(int value) => writer.Write(value);

    public void Write(string value) => writer.Write(value);

    public void Write<T>(T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        var padding = (int)(-writer.BaseStream.Position & (ArrayAlignment - 1));
        writer.Write(new byte[padding]);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public void Write(string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        File.Move(tempPath, path, overwrite: true);
    }
}
