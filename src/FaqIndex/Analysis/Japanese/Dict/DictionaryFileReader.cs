using System.Text;

namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>Reads one compiled dictionary file in place: checks its named, versioned header, then hands out its
/// length-prefixed arrays as <see cref="DictionaryTable{T}"/> views (no copy) and its strings. Any mismatch or
/// truncation becomes one <see cref="InvalidDataException"/> naming the file.</summary>
internal sealed unsafe class DictionaryFileReader
{
    /// <summary>The layout version the compiler writes (FaqIndex.DictionaryCompiler's BinaryFileWriter).</summary>
    public const int FormatVersion = 2;

    /// <summary>Array data starts at a multiple of this from the start of the file (version 2 on).</summary>
    public const int ArrayAlignment = 8;

    private long position;

    public DictionaryFileReader(Stream stream, string className)
        : this(DictionaryMemory.Read(stream), className)
    {
    }

    public DictionaryFileReader(DictionaryMemory memory, string className)
    {
        Memory = memory;
        Name = className + ".bin";
        var header = ReadString();
        var version = ReadInt32();
        if (header != "FaqIndex." + className || version != FormatVersion)
        {
            throw Error($"expected header FaqIndex.{className} version {FormatVersion}, found '{header}' version {version}");
        }
    }

    /// <summary>The file name, for messages.</summary>
    public string Name { get; }

    /// <summary>The bytes the tables point into.</summary>
    public DictionaryMemory Memory { get; }

    public int ReadInt32() => BitConverter.ToInt32(Take(sizeof(int)));

    public DictionaryTable<T> ReadArray<T>() where T : unmanaged
    {
        var length = ReadInt32();
        if (length < 0)
        {
            throw Error("negative array length");
        }
        position = (position + ArrayAlignment - 1) / ArrayAlignment * ArrayAlignment;
        var start = position;
        Take((long)length * sizeof(T));
        return new DictionaryTable<T>(Memory, (T*)(Memory.Pointer + start), length);
    }

    public string[] ReadStrings()
    {
        var count = ReadInt32();
        if (count < 0)
        {
            throw Error("negative array length");
        }
        var values = new string[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadString();
        }
        return values;
    }

    public InvalidDataException Error(string message, Exception? inner = null) =>
        new($"Japanese dictionary file {Name}: {message}", inner);

    // BinaryWriter's string: a 7-bit encoded byte length, then UTF-8.
    private string ReadString()
    {
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28)
            {
                throw Error("bad string length");
            }
            var b = Take(1)[0];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }
        if (length < 0)
        {
            throw Error("bad string length");
        }
        return Encoding.UTF8.GetString(Take(length));
    }

    private ReadOnlySpan<byte> Take(long count)
    {
        if (count > Memory.Length - position)
        {
            throw Error("the file is truncated");
        }
        var span = new ReadOnlySpan<byte>(Memory.Pointer + position, checked((int)count));
        position += count;
        return span;
    }
}
