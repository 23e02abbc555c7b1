using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseNumberFilterTests
{
    private static JapaneseNumberFilter Filter(string mecab, IReadOnlyDictionary<int, int>? gaps = null) =>
        new(CannedMorphemeTokenStream.FromMecab(mecab, gaps));

    [Fact]
    public void KanjiDigitsReadPositionally()
    {
        // mecab: 一〇〇〇円
        AssertTokenStreamContents(Filter("""
            一	名詞,数,*,*,*,*,一,イチ,イチ
            〇	名詞,数,*,*,*,*,〇,レイ,レイ
            〇	名詞,数,*,*,*,*,〇,レイ,レイ
            〇	名詞,数,*,*,*,*,〇,レイ,レイ
            円	名詞,接尾,助数詞,*,*,*,円,エン,エン
            """), ["1000", "円"], [0, 4], [4, 5], [1, 1], [1, 1], 5);
    }

    [Fact]
    public void KanjiUnitsMultiplyAndAdd()
    {
        // mecab: 三千二百円
        AssertTokenStreamContents(Filter("""
            三	名詞,数,*,*,*,*,三,サン,サン
            千	名詞,数,*,*,*,*,千,セン,セン
            二	名詞,数,*,*,*,*,二,ニ,ニ
            百	名詞,数,*,*,*,*,百,ヒャク,ヒャク
            円	名詞,接尾,助数詞,*,*,*,円,エン,エン
            """), ["3200", "円"], [0, 4], [4, 5]);
        // mecab: 百万円
        AssertTokenStreamContents(Filter("""
            百	名詞,数,*,*,*,*,百,ヒャク,ヒャク
            万	名詞,数,*,*,*,*,万,マン,マン
            円	名詞,接尾,助数詞,*,*,*,円,エン,エン
            """), ["1000000", "円"]);
    }

    [Fact]
    public void ThousandsSeparatorsAreDropped()
    {
        // mecab: 2,000円です
        AssertTokenStreamContents(Filter("""
            2	名詞,数,*,*,*,*,*
            ,	名詞,サ変接続,*,*,*,*,*
            000	名詞,数,*,*,*,*,*
            円	名詞,接尾,助数詞,*,*,*,円,エン,エン
            です	助動詞,*,*,*,特殊・デス,基本形,です,デス,デス
            """), ["2000", "円", "です"], [0, 5, 6], [5, 6, 8], [1, 1, 1]);
    }

    [Fact]
    public void DecimalsKeepTheirPointAndLoseTrailingZeros()
    {
        // mecab: 4,647.100
        AssertTokenStreamContents(Filter("""
            4	名詞,数,*,*,*,*,*
            ,	名詞,サ変接続,*,*,*,*,*
            647	名詞,数,*,*,*,*,*
            .	名詞,サ変接続,*,*,*,*,*
            100	名詞,数,*,*,*,*,*
            """), ["4647.1"], [0], [9]);
        // mecab: １．２万３４５．６７ (full-width, as the dictionary tags it)
        AssertTokenStreamContents(Filter("""
            １	名詞,数,*,*,*,*,１,イチ,イチ
            ．	名詞,数,*,*,*,*,．,．,．
            ２	名詞,数,*,*,*,*,２,ニ,ニ
            万	名詞,数,*,*,*,*,万,マン,マン
            ３	名詞,数,*,*,*,*,３,サン,サン
            ４	名詞,数,*,*,*,*,４,ヨン,ヨン
            ５	名詞,数,*,*,*,*,５,ゴ,ゴ
            ．	名詞,数,*,*,*,*,．,．,．
            ６	名詞,数,*,*,*,*,６,ロク,ロク
            ７	名詞,数,*,*,*,*,７,ナナ,ナナ
            """), ["12345.67"], [0], [10]);
    }

    [Fact]
    public void PlainDigitStringsKeepTheirLeadingZeros()
    {
        // mecab: 0120-95-0178
        AssertTokenStreamContents(Filter("""
            0120	名詞,数,*,*,*,*,*
            -	名詞,サ変接続,*,*,*,*,*
            95	名詞,数,*,*,*,*,*
            -	名詞,サ変接続,*,*,*,*,*
            0178	名詞,数,*,*,*,*,*
            """), ["0120", "-", "95", "-", "0178"], [0, 4, 5, 7, 8], [4, 5, 7, 8, 12]);
    }

    [Fact]
    public void TrailingSeparatorStaysAToken()
    {
        // mecab: 1000.
        AssertTokenStreamContents(Filter("""
            1000	名詞,数,*,*,*,*,*
            .	名詞,サ変接続,*,*,*,*,*
            """), ["1000", "."], [0, 4], [4, 5], [1, 1]);
        // 3,円: separator followed by a word that is not a numeral
        AssertTokenStreamContents(Filter("""
            3	名詞,数,*,*,*,*,*
            ,	名詞,サ変接続,*,*,*,*,*
            円	名詞,接尾,助数詞,*,*,*,円,エン,エン
            """), ["3", ",", "円"], [0, 1, 2], [1, 2, 3]);
    }

    [Fact]
    public void MalformedNumbersAreKeptAsWritten()
    {
        // mecab: 1.2.3
        AssertTokenStreamContents(Filter("""
            1	名詞,数,*,*,*,*,*
            .	名詞,サ変接続,*,*,*,*,*
            2	名詞,数,*,*,*,*,*
            .	名詞,サ変接続,*,*,*,*,*
            3	名詞,数,*,*,*,*,*
            """), ["1.2.3"], [0], [5]);
    }

    [Fact]
    public void WordsMadeOfNumeralCharactersButNotNumbersStayWords()
    {
        // mecab: 万一 (adverb, "by any chance") and 一度
        AssertTokenStreamContents(Filter("万一\t副詞,助詞類接続,*,*,*,*,万一,マンイチ,マンイチ"), ["万一"]);
        AssertTokenStreamContents(Filter("""
            一	名詞,数,*,*,*,*,一,イチ,イチ
            度	名詞,接尾,助数詞,*,*,*,度,ド,ド
            """), ["1", "度"]);
    }

    [Fact]
    public void NumbersSeparatedBySpaceAreNotJoined()
    {
        AssertTokenStreamContents(Filter("""
            1	名詞,数,*,*,*,*,*
            000	名詞,数,*,*,*,*,*
            """, new Dictionary<int, int> { [1] = 1 }), ["1", "000"], [0, 2], [1, 5]);
    }

    [Fact]
    public void HugeNumbersAreKeptAsWrittenWithoutFailing()
    {
        string digits = new('9', 5000);
        var stream = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), 5005,
            new CannedToken(digits, 0, 5000), new CannedToken("兆", 5000, 5001), new CannedToken("九九九九", 5001, 5005));
        AssertTokenStreamContents(new JapaneseNumberFilter(stream), [digits, "1000000009999"], [0, 5000], [5000, 5005]);

        string kanji = new string('九', 16) + "京" + new string('九', 16) + "京";  // beyond decimal's range
        var overflow = new CannedMorphemeTokenStream(new TestMorphemeFeatures(), kanji.Length, new CannedToken(kanji, 0, kanji.Length));
        AssertTokenStreamContents(new JapaneseNumberFilter(overflow), [kanji]);
    }

    [Fact]
    public void StreamIsReusableAfterReset()
    {
        var filter = Filter("""
            三	名詞,数,*,*,*,*,三,サン,サン
            千	名詞,数,*,*,*,*,千,セン,セン
            """);
        AssertTokenStreamContents(filter, ["3000"]);
        AssertTokenStreamContents(filter, ["3000"]);
    }

    [Fact]
    public void ReadingAheadAllocatesNothingOnceWarm()
    {
        // 2,000円三千二百円1000.ます repeated: every number reads ahead and replays tokens.
        var tokens = new List<CannedToken>();
        int offset = 0;
        for (int i = 0; i < 500; i++)
        {
            foreach (string part in new[] { "2", ",", "000", "円", "三", "千", "二", "百", "円", "1000", ".", "ます" })
            {
                tokens.Add(new CannedToken(part, offset, offset + part.Length));
                offset += part.Length;
            }
        }
        var filter = new JapaneseNumberFilter(new CannedMorphemeTokenStream(new TestMorphemeFeatures(), offset, [.. tokens]));
        long allocated = 0;
        for (int round = 0; round < 3; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            filter.Reset();
            int count = 0;
            while (filter.IncrementToken())
            {
                count++;
            }
            filter.End();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(500 * 7, count);
        }
        filter.Dispose();
        Assert.True(allocated < 1024, $"{allocated} bytes allocated for 3,500 tokens");
    }
}
