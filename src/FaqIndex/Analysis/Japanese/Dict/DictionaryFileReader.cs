using System.Runtime.InteropServices;

namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>Reads one compiled dictionary file: checks its named, versioned header, then reads length-prefixed
/// arrays and strings. Any mismatch or truncation becomes one <see cref="InvalidDataException"/> naming the file.</summary>
internal sealed class DictionaryFileReader : IDisposable
{
    /// <summary>The layout version the compiler writes (FaqIndex.DictionaryCompiler's BinaryFileWriter).</summary>
    public const int FormatVersion = 1;

    private readonly BinaryReader reader;

    public DictionaryFileReader(Stream stream, string className)
    {
        Name = className + ".bin";
        reader = new BinaryReader(stream);
        string header;
        int version;
        try
        {
            header = reader.ReadString();
            version = reader.ReadInt32();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw Error("the file is truncated", e);
        }
        if (header != "FaqIndex." + className || version != FormatVersion)
        {
            throw Error($"expected header FaqIndex.{className} version {FormatVersion}, found '{header}' version {version}");
        }
    }

    /// <summary>The file name, for messages.</summary>
    public string Name { get; }

    public int ReadInt32() => Guard(reader.ReadInt32);

    public T[] ReadArray<T>() where T : unmanaged
    {
        var length = ReadInt32();
        if (length < 0)
        {
            throw Error("negative array length");
        }
        // Not zeroed first: the read below fills every element or throws (tens of MB at every start-up).
        var values = GC.AllocateUninitializedArray<T>(length);
        Guard(() =>
        {
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
            return 0;
        });
        return values;
    }

    public string[] ReadStrings()
    {
        var values = new string[ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Guard(reader.ReadString);
        }
        return values;
    }

    public InvalidDataException Error(string message, Exception? inner = null) =>
        new($"Japanese dictionary file {Name}: {message}", inner);

    public void Dispose() => reader.Dispose();

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            throw Error("the file is truncated", e);
        }
    }
}
