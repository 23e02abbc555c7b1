using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>The bytes of one compiled dictionary file, read in place: the embedded resource's own memory (the mapped
/// assembly image, paged in as the tables are used) or, for any other stream, one pinned copy.</summary>
/// <remarks>Tables hold raw pointers into these bytes and a reference to this object, so a pinned copy stays alive
/// exactly as long as some table can still read it.</remarks>
internal sealed unsafe class DictionaryMemory
{
    private DictionaryMemory(object owner, byte* pointer, long length)
    {
        Owner = owner;
        Pointer = pointer;
        Length = length;
    }

    /// <summary>First byte of the file.</summary>
    public byte* Pointer { get; }

    /// <summary>Length of the file in bytes.</summary>
    public long Length { get; }

    /// <summary>Takes <paramref name="stream"/>'s bytes: in place for an unmanaged memory stream (an embedded resource),
    /// else copied once into pinned memory. The stream is read from its current position to its end.</summary>
    public static DictionaryMemory Read(Stream stream)
    {
        if (stream is UnmanagedMemoryStream unmanaged)
        {
            return new DictionaryMemory(unmanaged, unmanaged.PositionPointer, unmanaged.Length - unmanaged.Position);
        }
        var length = stream.CanSeek ? stream.Length - stream.Position : -1;
        byte[] bytes;
        if (length >= 0)
        {
            bytes = GC.AllocateUninitializedArray<byte>(checked((int)length), pinned: true);
            stream.ReadExactly(bytes);
        }
        else
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = GC.AllocateUninitializedArray<byte>(checked((int)copy.Length), pinned: true);
            copy.GetBuffer().AsSpan(0, bytes.Length).CopyTo(bytes);
        }
        return new DictionaryMemory(bytes, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(bytes)), bytes.Length);
    }

    /// <summary>What holds the bytes (the resource stream or the pinned array); referenced here so that it lives as
    /// long as this memory does.</summary>
    public object Owner { get; }
}
