namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>Character categories (char.def): per UTF-16 code unit a bit set of categories and a default one, and
/// per category MeCab's unknown-word switches. Reads CharacterDefinition.bin.</summary>
internal sealed class CharacterDefinition
{
    private readonly string[] names;
    private readonly DictionaryTable<byte> invoke;
    private readonly DictionaryTable<byte> group;
    private readonly DictionaryTable<int> length;
    private readonly DictionaryTable<int> types;
    private readonly DictionaryTable<byte> defaults;

    public CharacterDefinition(DictionaryFileReader reader)
    {
        names = reader.ReadStrings();
        invoke = reader.ReadArray<byte>();
        group = reader.ReadArray<byte>();
        length = reader.ReadArray<int>();
        types = reader.ReadArray<int>();
        defaults = reader.ReadArray<byte>();
        if (invoke.Length != names.Length || group.Length != names.Length || length.Length != names.Length
            || types.Length != char.MaxValue + 1 || defaults.Length != char.MaxValue + 1)
        {
            throw reader.Error("category tables are inconsistent");
        }
        var kanji = Array.IndexOf(names, "KANJI");
        KanjiMask = kanji < 0 ? 0 : 1 << kanji;
        SpaceType = types[' '];
    }

    /// <summary>Category bit set of U+0020: MeCab skips characters of these categories before each word.</summary>
    public int SpaceType { get; }

    /// <summary>Bit of the KANJI category (search-mode penalties).</summary>
    public int KanjiMask { get; }

    /// <summary>Number of categories.</summary>
    public int CategoryCount => names.Length;

    public string CategoryName(int category) => names[category];

    /// <summary>Bit set of the categories of code unit <paramref name="c"/>.</summary>
    public int TypeOf(char c) => types[c];

    /// <summary>Default (first listed) category of <paramref name="c"/>.</summary>
    public int DefaultCategoryOf(char c) => defaults[c];

    public bool Invoke(int category) => invoke[category] != 0;

    public bool Group(int category) => group[category] != 0;

    public int Length(int category) => length[category];
}
