namespace FaqIndex.DictionaryCompiler;

/// <summary>Entries appended to the 2007 IPADIC source so that our dictionary equals the one the reference `mecab`
/// uses: Debian's mecab-ipadic adds the era name 令和 (2019) at the end of Noun.proper.csv
/// (patch "new Japanese era reiwa entry"). Dates such as 令和7年12月1日 are everywhere in FaqBot's content.</summary>
internal static class SupplementalEntries
{
    private static readonly Dictionary<string, string[]> Entries = new(StringComparer.Ordinal)
    {
        ["Noun.proper.csv"] = ["令和,1288,1288,5904,名詞,固有名詞,一般,*,*,*,令和,レイワ,レイワ"],
    };

    public static IEnumerable<string> For(string csvFile) => Entries.TryGetValue(csvFile, out var lines) ? lines : [];
}
