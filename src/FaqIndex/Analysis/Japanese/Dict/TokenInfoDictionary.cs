using System.Runtime.CompilerServices;

namespace FaqIndex.Analysis.Japanese.Dict;

/// <summary>The system dictionary (IPADIC): its entries plus a double-array trie over surfaces for
/// common-prefix lookup. Reads TokenInfoDictionary.bin.</summary>
internal sealed class TokenInfoDictionary : BinaryDictionary
{
    private readonly DictionaryTable<ushort> charCodes;
    // Per trie slot its base then its check, side by side (one cache line per lookup step).
    private readonly DictionaryTable<int> units;
    private readonly DictionaryTable<int> keyFirstEntry;

    public TokenInfoDictionary(DictionaryFileReader reader) : base(reader)
    {
        charCodes = reader.ReadArray<ushort>();
        units = reader.ReadArray<int>();
        keyFirstEntry = reader.ReadArray<int>();
        if (charCodes.Length != char.MaxValue + 1 || units.Length % 2 != 0 || keyFirstEntry.Length == 0
            || keyFirstEntry.Last != Count)
        {
            throw reader.Error("trie tables are inconsistent");
        }
    }

    /// <summary>Finds every surface that is a prefix of <paramref name="text"/>, shortest first, and reports each
    /// as (length, first entry, entry count) into <paramref name="matches"/>; returns how many were found.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CommonPrefixSearch(ReadOnlySpan<char> text, Span<PrefixMatch> matches)
    {
        var found = 0;
        var state = 0;
        var units = this.units.Span;
        var slots = (uint)units.Length / 2;
        for (var i = 0; i < text.Length; i++)
        {
            int code = charCodes[text[i]];
            if (code == 0)
            {
                break;
            }
            var next = units[2 * state] + code;
            if ((uint)next >= slots || units[2 * next + 1] != state)
            {
                break;
            }
            state = next;
            var terminal = units[2 * state];
            if ((uint)terminal < slots && units[2 * terminal + 1] == state && found < matches.Length)
            {
                var key = -units[2 * terminal] - 1;
                matches[found++] = new PrefixMatch(i + 1, keyFirstEntry[key], keyFirstEntry[key + 1] - keyFirstEntry[key]);
            }
        }
        return found;
    }
}
