namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>Unknown-word entries (unk.def) grouped by character category. Reads UnknownDictionary.bin.</summary>
internal sealed class UnknownDictionary : BinaryDictionary
{
    private readonly DictionaryTable<int> firstEntry;
    private readonly DictionaryTable<int> entryCount;

    public UnknownDictionary(DictionaryFileReader reader) : base(reader)
    {
        firstEntry = reader.ReadArray<int>();
        entryCount = reader.ReadArray<int>();
        if (firstEntry.Length != entryCount.Length)
        {
            throw reader.Error("category tables disagree in length");
        }
    }

    /// <summary>The first entry id of <paramref name="category"/>'s unknown words.</summary>
    public int FirstEntry(int category) => firstEntry[category];

    /// <summary>How many unknown-word entries <paramref name="category"/> has.</summary>
    public int EntryCount(int category) => entryCount[category];
}
