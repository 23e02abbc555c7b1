namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>A read-only array of a compiled dictionary file, read in place from its <see cref="DictionaryMemory"/>
/// (nothing copied at load). It references that memory, so the bytes live as long as any table over them.</summary>
internal readonly unsafe struct DictionaryTable<T> where T : unmanaged
{
    private readonly T* items;

    // Never read: holding it is the point (a pinned copy must not be collected while its pointer is in use).
    private readonly DictionaryMemory memory;

    public DictionaryTable(DictionaryMemory memory, T* items, int length)
    {
        this.memory = memory;
        this.items = items;
        Length = length;
    }

    public int Length { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange();
            }
            return items[index];
        }
    }

    /// <summary>The last element (the tables of offsets end with the total).</summary>
    public T Last => this[Length - 1];

    public ReadOnlySpan<T> Span => new(items, Length);

    public ReadOnlySpan<T> Slice(int start, int length)
    {
        if ((ulong)(uint)start + (uint)length > (uint)Length)
        {
            ThrowOutOfRange();
        }
        return new(items + start, length);
    }

    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
