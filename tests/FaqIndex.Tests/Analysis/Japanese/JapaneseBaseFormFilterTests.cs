using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseBaseFormFilterTests
{
    [Fact]
    public void InflectedWordsBecomeTheirBaseForm()
    {
        AssertTokenStreamContents(new JapaneseBaseFormFilter(CannedMorphemeTokenStream.FromMecab(MecabSamples.LostCard)),
            ["マイナ", "保険", "証", "を", "なくす", "ます", "た"],
            [0, 3, 5, 6, 7, 10, 12], [3, 5, 6, 7, 10, 12, 13], [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1], 13);
    }

    [Fact]
    public void KanjiSpellingOfTheVerbKeepsItsKanji()
    {
        // 失くした as the dictionary of the brief spells it (IPADIC itself splits 失くした oddly, so canned here).
        var features = new TestMorphemeFeatures();
        int verb = features.AddMecabFeatures("動詞,自立,*,*,五段・サ行,連用形,失くす,ナクシ,ナクシ");
        int past = features.AddMecabFeatures("助動詞,*,*,*,特殊・タ,基本形,た,タ,タ");
        var stream = new CannedMorphemeTokenStream(features, 4,
            new CannedToken("失くし", 0, 3, Morpheme: verb), new CannedToken("た", 3, 4, Morpheme: past));
        AssertTokenStreamContents(new JapaneseBaseFormFilter(stream), ["失くす", "た"], [0, 3], [3, 4]);
    }

    [Fact]
    public void UnknownWordsAndTokensWithoutFeaturesKeepTheirText()
    {
        var features = new TestMorphemeFeatures();
        int unknown = features.AddMecabFeatures("名詞,固有名詞,組織,*,*,*,*");
        var stream = new CannedMorphemeTokenStream(features, 11,
            new CannedToken("マイナポータル", 0, 7, Morpheme: unknown), new CannedToken("ABCD", 7, 11));
        AssertTokenStreamContents(new JapaneseBaseFormFilter(stream), ["マイナポータル", "ABCD"]);
    }

    [Fact]
    public void KeywordsAreNotChanged()
    {
        var keywords = new CharArraySet(LuceneVersion.LUCENE_48, ["なくし"], false);
        var stream = new SetKeywordMarkerFilter(CannedMorphemeTokenStream.FromMecab(MecabSamples.LostCard), keywords);
        AssertTokenStreamContents(new JapaneseBaseFormFilter(stream), ["マイナ", "保険", "証", "を", "なくし", "ます", "た"]);
    }

    [Fact]
    public void IncrementTokenBeforeResetIsRefused()
    {
        using var filter = new JapaneseBaseFormFilter(CannedMorphemeTokenStream.FromMecab(MecabSamples.LostCard));
        Assert.Throws<InvalidOperationException>(() => filter.IncrementToken());
    }

    [Fact]
    public void EmptyStreamEndsAtOffsetZero()
    {
        AssertTokenStreamContents(new JapaneseBaseFormFilter(new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 0)), [], finalOffset: 0);
    }
}
