using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using Lucene.Net.Analysis.TokenAttributes;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseReadingFormFilterTests
{
    // mecab (IPADIC) on "今夜はロバート先生と話した".
    private const string Tonight = """
        今夜	名詞,副詞可能,*,*,*,*,今夜,コンヤ,コンヤ
        は	助詞,係助詞,*,*,*,*,は,ハ,ワ
        ロバート	名詞,固有名詞,人名,名,*,*,ロバート,ロバート,ロバート
        先生	名詞,一般,*,*,*,*,先生,センセイ,センセイ
        と	助詞,格助詞,引用,*,*,*,と,ト,ト
        話し	動詞,自立,*,*,五段・サ行,連用形,話す,ハナシ,ハナシ
        た	助動詞,*,*,*,特殊・タ,基本形,た,タ,タ
        EOS
        """;

    [Fact]
    public void KatakanaReadingReplacesTheTermAndUnknownWordsKeepTheirs()
    {
        AssertTokenStreamContents(new JapaneseReadingFormFilter(CannedMorphemeTokenStream.FromMecab(MecabSamples.LostCard)),
            ["マイナ", "ホケン", "ショウ", "ヲ", "ナクシ", "マシ", "タ"], [0, 3, 5, 6, 7, 10, 12], [3, 5, 6, 7, 10, 12, 13]);
    }

    [Fact]
    public void RomajiFollowsHepburn()
    {
        AssertTokenStreamContents(new JapaneseReadingFormFilter(CannedMorphemeTokenStream.FromMecab(Tonight), useRomaji: true),
            ["kon'ya", "ha", "robato", "sensei", "to", "hanashi", "ta"]);
        AssertTokenStreamContents(new JapaneseReadingFormFilter(CannedMorphemeTokenStream.FromMecab(MecabSamples.LostCard), useRomaji: true),
            ["maina", "hoken", "shou", "o", "nakushi", "mashi", "ta"]);
    }

    [Theory]
    [InlineData("キャッシュカード", "kyasshukado")]
    [InlineData("マッチ", "matchi")]
    [InlineData("ファイル", "fairu")]
    [InlineData("ウィンドウ", "windou")]
    [InlineData("ティッシュ", "tisshu")]
    [InlineData("ヴァイオリン", "vaiorin")]
    [InlineData("ジャンプ", "janpu")]
    [InlineData("シンイン", "shin'in")]
    [InlineData("ありがとう", "arigatou")]
    [InlineData("チェック", "chekku")]
    [InlineData("ABCッ", "ABC")]
    [InlineData("ッ", "")]
    [InlineData("ャ", "ya")]
    [InlineData("資格", "資格")]
    public void RomanizesKanaSyllables(string kana, string romaji)
    {
        var features = new TestMorphemeFeatures();
        int unknown = features.Add("名詞-一般");
        var stream = new CannedMorphemeTokenStream(features, kana.Length, new CannedToken(kana, 0, kana.Length, Morpheme: unknown));
        var filter = new JapaneseReadingFormFilter(stream, useRomaji: true);
        var term = filter.GetAttribute<ICharTermAttribute>();
        filter.Reset();
        Assert.True(filter.IncrementToken());
        Assert.Equal(romaji, term.ToString());
        filter.End();
        filter.Dispose();
    }

    [Fact]
    public void LongUnknownTermsAreRomanizedWhole()
    {
        string kana = string.Concat(Enumerable.Repeat("カタカナ", 5000));
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), kana.Length, new CannedToken(kana, 0, kana.Length));
        AssertTokenStreamContents(new JapaneseReadingFormFilter(stream, useRomaji: true),
            [string.Concat(Enumerable.Repeat("katakana", 5000))]);
    }
}
