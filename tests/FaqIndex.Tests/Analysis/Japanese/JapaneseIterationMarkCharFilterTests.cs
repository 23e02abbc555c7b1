using FaqIndex.Analysis.Japanese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using FaqIndex.Tests.Analysis.TestSupport;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseIterationMarkCharFilterTests
{
    private static CharFilter Create(TextReader reader) => new JapaneseIterationMarkCharFilter(reader);

    [Theory]
    [InlineData("時々", "時時")]
    [InlineData("人々の手続き", "人人の手続き")]
    [InlineData("こゝろ", "こころ")]
    [InlineData("いすゞ", "いすず")]
    [InlineData("ぶゝ", "ぶふ")]
    [InlineData("ぱゝ", "ぱぱ")]
    [InlineData("カヽ カヾ ガヽ", "カカ カガ ガカ")]
    [InlineData("部分々々", "部分部分")]
    [InlineData("時々々", "時時々")]
    [InlineData("々時", "々時")]
    [InlineData("時。々", "時。々")]
    [InlineData("𠮷々", "𠮷々")]
    [InlineData("資格確認書", "資格確認書")]
    [InlineData("", "")]
    public void ExpandsIterationMarks(string input, string expected)
    {
        CharFilterAssert.AssertFilters(Create, input, expected);
    }

    [Fact]
    public void KindsCanBeSwitchedOff()
    {
        CharFilterAssert.AssertFilters(r => new JapaneseIterationMarkCharFilter(r, normalizeKanji: false, normalizeKana: true), "時々こゝろ", "時々こころ");
        CharFilterAssert.AssertFilters(r => new JapaneseIterationMarkCharFilter(r, normalizeKanji: true, normalizeKana: false), "時々こゝろ", "時時こゝろ");
    }

    [Fact]
    public void RunsReachBackAtMostMaxSpanCharacters()
    {
        string source = new('字', 40);
        string marks = new('々', 20);
        string expected = source + new string('字', JapaneseIterationMarkCharFilter.MaxSpan) + new string('々', 20 - JapaneseIterationMarkCharFilter.MaxSpan);
        CharFilterAssert.AssertFilters(Create, source + marks, expected);
    }

    [Fact]
    public void HugeRunsOfMarksStream()
    {
        string input = "時" + new string('々', 100_000);
        CharFilterAssert.AssertFilters(Create, input, "時時" + new string('々', 99_999));
        string repeated = string.Concat(Enumerable.Repeat("時々", 50_000));
        CharFilterAssert.AssertFilters(Create, repeated, string.Concat(Enumerable.Repeat("時時", 50_000)));
    }

    [Fact]
    public void OffsetsAreUnchangedAndChainThroughTheWidthFilter()
    {
        var analyzer = Analyzer.NewAnonymous(
            (_, reader) => new TokenStreamComponents(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader)),
            (_, reader) => new JapaneseIterationMarkCharFilter(new JapaneseWidthCharFilter(reader)));
        AssertAnalyzesTo(analyzer, "ｶﾞヽ 時々 ﾏｲﾅ", ["ガカ", "時時", "マイナ"], [0, 4, 7], [3, 6, 10], null, null);
        CheckRandomData(analyzer, 200, 200, seed: 11);
    }

    [Fact]
    public void ArbitraryUtf16GivesTheSameOutputForEveryReadSizeWithValidOffsets()
    {
        CharFilterAssert.AssertArbitraryUtf16(Create);
    }
}
