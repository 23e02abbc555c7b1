using FaqIndex.Analysis.Japanese;
using FaqIndex.Analysis.Japanese.TokenAttributes;
using Lucene.Net.Analysis.TokenAttributes;
using static FaqIndex.Tests.Analysis.Japanese.JapaneseTokenizerAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public sealed class JapaneseTokenizerTests
{
    [Fact]
    public void NormalModeSplitsAMemberQuestion()
    {
        var tokens = Tokens("マイナ保険証をなくした");
        Assert.Equal(["マイナ", "保険", "証", "を", "なくし", "た"], tokens.Select(t => t.Term));
        Assert.Equal([0, 3, 5, 6, 7, 10], tokens.Select(t => t.Start));
        Assert.All(tokens, t => Assert.Equal(1, t.Increment));
    }

    [Fact]
    public void MorphemeAttributesFollowKuromojiConventions()
    {
        var tokens = Tokens("なくした資格確認書");
        var lost = tokens[0];
        Assert.Equal("なくし", lost.Term);
        Assert.Equal("なくす", lost.BaseForm);
        Assert.Equal("動詞-自立", lost.PartOfSpeech);
        Assert.Equal("ナクシ", lost.Reading);
        var qualification = tokens.Single(t => t.Term == "資格");
        Assert.Null(qualification.BaseForm); // equal to the surface
        Assert.Equal("名詞-一般", qualification.PartOfSpeech);
    }

    [Fact]
    public void InflectionAttributeReadsConjugation()
    {
        using var tokenizer = Create("読んだ");
        var inflection = tokenizer.GetAttribute<IInflectionAttribute>();
        var reading = tokenizer.GetAttribute<IReadingAttribute>();
        tokenizer.Reset();
        Assert.True(tokenizer.IncrementToken());
        Assert.Equal("五段・マ行", inflection.InflectionType);
        Assert.Equal("連用タ接続", inflection.InflectionForm);
        Assert.Equal("ヨン", reading.Pronunciation);
        tokenizer.End();
    }

    [Fact]
    public void UnknownWordsHaveNoReading()
    {
        var token = Tokens("ジョブカン").Single();
        Assert.Null(token.Reading);
        Assert.Null(token.BaseForm);
        Assert.Equal("名詞-固有名詞-組織", token.PartOfSpeech); // unk.def's first KATAKANA entry that wins here, as in mecab
    }

    [Fact]
    public void SearchModeKeepsTheCompoundAsASynonym()
    {
        var tokens = Tokens("関西国際空港に行く", JapaneseTokenizerMode.Search);
        Assert.Equal(["関西", "関西国際空港", "国際", "空港", "に", "行く"], tokens.Select(t => t.Term));
        Assert.Equal([1, 0, 1, 1, 1, 1], tokens.Select(t => t.Increment));
        Assert.Equal([1, 3, 1, 1, 1, 1], tokens.Select(t => t.Length));
        Assert.Equal(0, tokens[1].Start);
        Assert.Equal(6, tokens[1].End);
    }

    [Fact]
    public void SearchModeCanDiscardTheCompound()
    {
        var tokens = Tokens("関西国際空港", JapaneseTokenizerMode.Search, discardCompound: true);
        Assert.Equal(["関西", "国際", "空港"], tokens.Select(t => t.Term));
        Assert.All(tokens, t => Assert.Equal((1, 1), (t.Increment, t.Length)));
    }

    [Fact]
    public void SearchModeSplitsLongKatakanaWords()
    {
        AnalyzesTo("インターナショナルビジネスマシーンズ", JapaneseTokenizerMode.Search,
            "インターナショナル", "インターナショナルビジネスマシーンズ", "ビジネス", "マシーンズ");
    }

    [Fact]
    public void NormalModeKeepsCompoundsWhole() =>
        AnalyzesTo("関西国際空港", JapaneseTokenizerMode.Normal, "関西国際空港");

    [Fact]
    public void ExtendedModeSplitsUnknownWordsIntoCharacters()
    {
        var terms = Tokens("ジョブカンで申請", JapaneseTokenizerMode.Extended, discardCompound: true).Select(t => t.Term);
        Assert.Equal(["ジ", "ョ", "ブ", "カ", "ン", "で", "申請"], terms);
    }

    [Fact]
    public void ExtendedModeKeepsSurrogatePairsTogether()
    {
        var terms = Tokens("😀😀", JapaneseTokenizerMode.Extended).Select(t => t.Term).ToList();
        Assert.Contains("😀", terms);
        Assert.DoesNotContain(terms, t => t.Length == 1 && char.IsSurrogate(t[0]));
    }

    [Fact]
    public void DiscardPunctuationDropsSymbolsAndEmoji()
    {
        var terms = Tokens("【重要】届きました！😀", discardPunctuation: true).Select(t => t.Term);
        Assert.Equal(["重要", "届き", "まし", "た"], terms);
    }

    [Fact]
    public void WhitespaceIsNeverAToken()
    {
        // ASCII spaces, tabs and line breaks are skipped as mecab skips them; U+3000 is a symbol token there too.
        var tokens = Tokens("  資格　確認\t書  \n\n  ");
        Assert.Equal(["資格", "　", "確認", "書"], tokens.Select(t => t.Term));
        Assert.Equal([2, 4, 5, 8], tokens.Select(t => t.Start));
    }

    [Fact]
    public void EachLineIsSegmentedOnItsOwnWithOffsetsIntoTheWholeText()
    {
        var tokens = Tokens("保険証\r\n資格確認書\n");
        Assert.Equal(["保険", "証", "資格", "確認", "書"], tokens.Select(t => t.Term));
        Assert.Equal(5, tokens[2].Start);
    }

    [Fact]
    public void EmptyInputHasNoTokensAndEndsAtZero() => Assert.Empty(Tokens(""));

    [Fact]
    public void TokenizerIsReusableAcrossDocuments()
    {
        var tokenizer = Create("最初の文書です");
        var term = tokenizer.GetAttribute<ICharTermAttribute>();
        var offset = tokenizer.GetAttribute<IOffsetAttribute>();
        foreach (var text in new[] { "最初の文書です", "", "二つ目は資格確認書", "😀" })
        {
            tokenizer.SetReader(new StringReader(text));
            tokenizer.Reset();
            var terms = new List<string>();
            while (tokenizer.IncrementToken())
            {
                terms.Add(term.ToString());
            }
            tokenizer.End();
            Assert.Equal(text.Length, offset.EndOffset);
            Assert.Equal(text, string.Concat(terms));
            tokenizer.Dispose();
        }
    }

    [Fact]
    public void SetReaderWithoutDisposeIsAContractViolation()
    {
        var tokenizer = Create("資格");
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
        }
        tokenizer.End();
        Assert.ThrowsAny<InvalidOperationException>(() => tokenizer.SetReader(new StringReader("保険証")));
        tokenizer.Dispose();
    }

    [Fact]
    public void HundredThousandCharacterLineIsTokenized()
    {
        var text = string.Concat(Enumerable.Repeat("資格確認書を紛失した場合は0120-95-0178へ。", 4000));
        Assert.True(text.Length >= 100_000);
        var tokens = Tokens(text);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.Term)));
    }

    [Fact]
    public void LongRunsOfOneCategoryAreTokenized()
    {
        var text = new string('ア', 100_000);
        var tokens = Tokens(text);
        Assert.Equal(text.Length, tokens.Sum(t => t.Term.Length));
    }
}
