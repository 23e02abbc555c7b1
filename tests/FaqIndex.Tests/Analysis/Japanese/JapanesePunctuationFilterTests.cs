using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapanesePunctuationFilterTests
{
    [Fact]
    public void SymbolsTaggedAsNounsAreRemovedWithoutPositionGaps()
    {
        // mecab: 0120-95-0178 (IPADIC tags the ASCII hyphen 名詞-サ変接続)
        var stream = CannedMorphemeTokenStream.FromMecab("""
            0120	名詞,数,*,*,*,*,*
            -	名詞,サ変接続,*,*,*,*,*
            95	名詞,数,*,*,*,*,*
            -	名詞,サ変接続,*,*,*,*,*
            0178	名詞,数,*,*,*,*,*
            """);
        BaseTokenStreamAssert.AssertTokenStreamContents(new JapanesePunctuationFilter(stream), ["0120", "95", "0178"], [0, 5, 8], [4, 7, 12], [1, 1, 1], [1, 1, 1], 12);
    }

    [Fact]
    public void TokensMadeOnlyOfPunctuationSymbolsOrSpacesGo()
    {
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 15,
            new CannedToken("「", 0, 1), new CannedToken("資格", 1, 3), new CannedToken("」", 3, 4), new CannedToken("・", 4, 5),
            new CannedToken("ー", 5, 6), new CannedToken("　", 6, 7), new CannedToken("😀", 7, 9), new CannedToken("。", 9, 10),
            new CannedToken("々", 10, 11), new CannedToken("!?", 11, 12), new CannedToken("-1", 12, 14), new CannedToken("\uD800", 14, 15));
        BaseTokenStreamAssert.AssertTokenStreamContents(new JapanesePunctuationFilter(stream), ["資格", "ー", "々", "-1"], [1, 5, 10, 12], [3, 6, 11, 14], [1, 1, 1, 1]);
    }

    [Fact]
    public void HolesCarriedByRemovedTokensArePassedOn()
    {
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 5,
            new CannedToken("a", 0, 1), new CannedToken("-", 1, 2, PositionIncrement: 3), new CannedToken("b", 2, 3),
            new CannedToken("!", 3, 4), new CannedToken("c", 4, 5, PositionIncrement: 0));
        BaseTokenStreamAssert.AssertTokenStreamContents(new JapanesePunctuationFilter(stream), ["a", "b", "c"], positionIncrements: [1, 3, 0]);
    }

    [Fact]
    public void EmptyTermsAreRemoved()
    {
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 1, new CannedToken("", 0, 0), new CannedToken("a", 0, 1));
        BaseTokenStreamAssert.AssertTokenStreamContents(new JapanesePunctuationFilter(stream), ["a"]);
    }
}
