using System.Text;
using FaqIndex.Analysis.Japanese;
using FaqIndex.Tests.Analysis.TestSupport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseWidthCharFilterTests
{
    private static CharFilter Create(TextReader reader) => new JapaneseWidthCharFilter(reader);

    // A whitespace tokenizer behind the filter: the token contract with corrected offsets, through real Lucene.
    private static readonly Analyzer Whitespace = Analyzer.NewAnonymous(
        (_, reader) => new TokenStreamComponents(new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader)),
        (_, reader) => new JapaneseWidthCharFilter(reader));

    [Theory]
    [InlineData("ﾏｲﾅ", "マイナ")]
    [InlineData("ﾏｲﾅﾎﾟｰﾀﾙ", "マイナポータル")]
    [InlineData("ｶﾞｷﾞｸﾞｹﾞｺﾞ ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｳﾞ", "ガギグゲゴ パピプペポ ヴ")]
    [InlineData("０１２０－９５－０１７８", "0120-95-0178")]
    [InlineData("ＡＢＣ　ａｂｃ！？", "ABC abc!?")]
    [InlineData("｢ﾏｲﾅ保険証｣､ﾃﾞｽ｡", "「マイナ保険証」、デス。")]
    [InlineData("か\u3099き\u309Bは\u309Aハﾟ", "がぎぱパ")]
    [InlineData("ﾞｱﾞﾟ", "゛ア゛゜")]
    [InlineData("①㈱㍻", "1(株)平成")]
    [InlineData("ｈｔｔｐｓ://ｅｘａｍｐｌｅ", "https://example")]
    [InlineData("資格確認書", "資格確認書")]
    [InlineData("", "")]
    public void FoldsWidthAndCompatibilityCharacters(string input, string expected)
    {
        CharFilterAssert.AssertFilters(Create, input, expected);
    }

    [Fact]
    public void HalfWidthAndFullWidthTablesAgreeWithNfkc()
    {
        // ﾞ and ﾟ (U+FF9E, U+FF9F) alone become spacing marks instead of NFKC's combining ones, on purpose.
        for (char c = '\uFF01'; c <= '\uFF9D'; c++)
        {
            if (c is '\uFF5F' or '\uFF60')
            {
                continue;
            }
            string expected = c.ToString().Normalize(NormalizationForm.FormKC);
            Assert.Equal(expected, CharFilterAssert.ReadAll(Create, c.ToString(), 16, out _));
        }
    }

    [Fact]
    public void OffsetsPointAtTheOriginalText()
    {
        CharFilter filter = CharFilterAssert.AssertFilters(Create, "ｶﾞｲﾄﾞ㈱X", "ガイド(株)X");
        int[] expected = [0, 2, 3, 5, 5, 5, 6, 7];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], filter.CorrectOffset(i));
        }
    }

    [Fact]
    public void TokensAfterTheFilterHighlightTheOriginalCharacters()
    {
        AssertAnalyzesTo(Whitespace, "ﾏｲﾅﾎﾟｰﾀﾙ で ０１２０ ㈱ＡＢ",
            ["マイナポータル", "で", "0120", "(株)AB"], [0, 9, 11, 16], [8, 10, 15, 19], [1, 1, 1, 1], [1, 1, 1, 1]);
    }

    [Fact]
    public void HostileInputPassesThroughUnharmed()
    {
        string hostile = "\uD800a\uDC00😀𠮷\u0301e\u0301\u200D\uFEFF\uFFFF\0";
        CharFilterAssert.AssertFilters(Create, hostile, hostile);
        CharFilterAssert.AssertFilters(Create, "ｶ\uD800ﾞ", "カ\uD800゛");
    }

    [Fact]
    public void HugeHalfWidthInputStreamsWithCorrectOffsets()
    {
        string input = string.Concat(Enumerable.Repeat("ｶﾞﾏｲﾅ ", 20_000));        // 120,000 chars
        string expected = string.Concat(Enumerable.Repeat("ガマイナ ", 20_000));
        CharFilter filter = CharFilterAssert.AssertFilters(Create, input, expected);
        Assert.Equal(input.Length - 6, filter.CorrectOffset(expected.Length - 5));
    }

    [Fact]
    public void MarkSplitAcrossReadsStillComposes()
    {
        // The kana ends one block of the underlying reader and its voiced mark starts the next.
        string input = new string('a', 1023) + "ｶﾞ";
        CharFilterAssert.AssertFilters(r => new JapaneseWidthCharFilter(new TrickleReader(r, 1024)), input, new string('a', 1023) + "ガ");
        CharFilterAssert.AssertFilters(r => new JapaneseWidthCharFilter(new TrickleReader(r, 1)), input, new string('a', 1023) + "ガ");
    }

    [Fact]
    public void RandomTextKeepsTheTokenContract()
    {
        CheckRandomData(Whitespace, 200, 200, seed: 7);
    }

    /// <summary>A reader that returns at most <c>max</c> chars per call, like a network stream.</summary>
    private sealed class TrickleReader(TextReader inner, int max) : TextReader
    {
        public override int Read(char[] buffer, int index, int count) => inner.Read(buffer, index, Math.Min(count, max));
    }

    [Fact]
    public void ArbitraryUtf16GivesTheSameOutputForEveryReadSizeWithValidOffsets()
    {
        CharFilterAssert.AssertArbitraryUtf16(Create);
    }
}
