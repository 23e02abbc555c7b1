namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>The system dictionary (IPADIC): its entries plus a double-array trie over surfaces for
/// common-prefix lookup. Reads TokenInfoDictionary.bin.</summary>
internal sealed class TokenInfoDictionary : BinaryDictionary
{
    private readonly DictionaryTable<ushort> charCodes;
    private readonly DictionaryTable<int> bases;
    private readonly DictionaryTable<int> checks;
    private readonly DictionaryTable<int> keyFirstEntry;

    public TokenInfoDictionary(DictionaryFileReader reader) : base(reader)
    {
        charCodes = reader.ReadArray<ushort>();
        bases = reader.ReadArray<int>();
        checks = reader.ReadArray<int>();
        keyFirstEntry = reader.ReadArray<int>();
        if (charCodes.Length != char.MaxValue + 1 || bases.Length != checks.Length || keyFirstEntry.Length == 0
            || keyFirstEntry.Last != Count)
        {
            throw reader.Error("trie tables are inconsistent");
        }
    }

    /// <summary>Finds every surface that is a prefix of <paramref name="text"/>, shortest first, and reports each
    /// as (length, first entry, entry count) into <paramref name="matches"/>; returns how many were found.</summary>
    public int CommonPrefixSearch(ReadOnlySpan<char> text, Span<PrefixMatch> matches)
    {
        var found = 0;
        var state = 0;
        var bases = this.bases;
        var checks = this.checks;
        for (var i = 0; i < text.Length; i++)
        {
            int code = charCodes[text[i]];
            if (code == 0)
            {
                break;
            }
            var next = bases[state] + code;
            if ((uint)next >= (uint)checks.Length || checks[next] != state)
            {
                break;
            }
            state = next;
            var terminal = bases[state];
            if ((uint)terminal < (uint)checks.Length && checks[terminal] == state && found < matches.Length)
            {
                var key = -bases[terminal] - 1;
                matches[found++] = new PrefixMatch(i + 1, keyFirstEntry[key], keyFirstEntry[key + 1] - keyFirstEntry[key]);
            }
        }
        return found;
    }
}
