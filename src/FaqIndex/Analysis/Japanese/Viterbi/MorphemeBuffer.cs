namespace FaqIndex.Analysis.Japanese.Viterbi;

/// <summary>A reusable, growable list of morphemes (no allocation once warm).</summary>
internal sealed class MorphemeBuffer
{
    private Morpheme[] items = new Morpheme[64];

    public int Count { get; private set; }

    public ref Morpheme this[int index] => ref items[index];

    public void Clear() => Count = 0;

    public void Add(in Morpheme morpheme)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }
        items[Count++] = morpheme;
    }

    /// <summary>Drops the first <paramref name="count"/> items, moving the rest to the front.</summary>
    public void RemoveFront(int count)
    {
        Array.Copy(items, count, items, 0, Count - count);
        Count -= count;
    }

    /// <summary>Reverses the order of the items in [start, Count).</summary>
    public void ReverseFrom(int start) => Array.Reverse(items, start, Count - start);
}
