using FaqIndex.Analysis.Japanese;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using static FaqIndex.Tests.Analysis.TestSupport.BaseTokenStreamAssert;

namespace FaqIndex.Tests.Analysis.Japanese;

public class JapaneseAnalyzerTests
{
    private static readonly JapaneseAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    private static JapaneseAnalyzer QueryAnalyzer(UserDictionary? userDictionary = null) =>
        new(LuceneVersion.LUCENE_48, userDictionary, JapaneseTokenizerMode.Search, JapaneseAnalyzer.GetDefaultStopSet(),
            JapaneseAnalyzer.GetDefaultStopTags(), discardCompoundToken: true);

    public static TheoryData<string, string> GoldenRows()
    {
        var rows = new TheoryData<string, string>();
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "analyzer-golden.tsv");
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t');
            rows.Add(tab < 0 ? line : line[..tab], tab < 0 ? "" : line[(tab + 1)..]);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(GoldenRows))]
    public void GoldenFile(string text, string expectedTerms)
    {
        string[] expected = expectedTerms.Length == 0 ? [] : expectedTerms.Split(' ');
        AssertAnalyzesTo(Analyzer, text, expected);
    }

    [Fact]
    public void LostCardQuestionKeepsOffsetsAndGapsOfRemovedWords()
    {
        // mecab: マイナ|保険|証|を|なくし|まし|た — を removed leaves a gap before なくす.
        AssertAnalyzesTo(Analyzer, "マイナ保険証をなくしました", ["マイナ", "保険", "証", "なくす"],
            [0, 3, 5, 7], [3, 5, 6, 10], [1, 1, 1, 2], [1, 1, 1, 1]);
    }

    [Fact]
    public void HalfWidthAndFullWidthInputHighlightsTheOriginalCharacters()
    {
        AssertAnalyzesTo(Analyzer, "ﾏｲﾅﾎﾟｰﾀﾙ", ["マイナポータル"], [0], [8], [1], [1]);
        AssertAnalyzesTo(Analyzer, "０１２０－９５－０１７８", ["0120", "95", "0178"], [0, 5, 8], [4, 7, 12], [1, 1, 1], [1, 1, 1]);
        AssertAnalyzesTo(Analyzer, "一〇〇〇円", ["1000", "円"], [0, 4], [4, 5], [1, 1], [1, 1]);
    }

    [Fact]
    public void SearchModeKeepsTheCompoundBesideItsPartsAndQueryModeDropsIt()
    {
        AssertAnalyzesTo(Analyzer, "マイナンバーカード", ["マイ", "マイナンバーカード", "ナンバ", "カード"],
            [0, 0, 2, 6], [2, 9, 6, 9], [1, 0, 1, 1], [1, 3, 1, 1]);
        AssertAnalyzesTo(QueryAnalyzer(), "マイナンバーカード", ["マイ", "ナンバ", "カード"],
            [0, 2, 6], [2, 6, 9], [1, 1, 1], [1, 1, 1]);
    }

    [Fact]
    public void ContentUserDictionaryKeepsDomainWordsTogether()
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        UserDictionary? dictionary = UserDictionary.LoadFolder(Path.Combine(AppContext.BaseDirectory, "content", "dictionary"), diagnostics);
        Assert.NotNull(dictionary);
        Assert.Empty(diagnostics);
        var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48, dictionary, JapaneseTokenizerMode.Search,
            JapaneseAnalyzer.GetDefaultStopSet(), JapaneseAnalyzer.GetDefaultStopTags());
        Assert.Equal(["マイナ", "保険証", "なくす"], Terms(analyzer, "ﾏｲﾅ保険証をなくしました"));
    }

    [Fact]
    public void DefaultStopTagsUseIpadicNamesAndKeepContentWords()
    {
        ISet<string> tags = JapaneseAnalyzer.GetDefaultStopTags();
        Assert.Contains("助詞-格助詞-一般", tags);
        Assert.Contains("助動詞", tags);
        Assert.Contains("記号-読点", tags);
        Assert.DoesNotContain("名詞-一般", tags);
        Assert.DoesNotContain("記号-アルファベット", tags);
        Assert.DoesNotContain("接頭詞-名詞接続", tags);
        Assert.All(tags, tag => Assert.DoesNotContain(",", tag));
        Assert.Same(tags, JapaneseAnalyzer.GetDefaultStopTags());
    }

    [Fact]
    public void DefaultStopWordsIgnoreCaseAndCannotBeChanged()
    {
        var stopWords = JapaneseAnalyzer.GetDefaultStopSet();
        Assert.Contains("する", (ISet<string>)stopWords);
        Assert.Contains("ご", (ISet<string>)stopWords);
        Assert.DoesNotContain("再", (ISet<string>)stopWords);
        Assert.ThrowsAny<NotSupportedException>(() => stopWords.Add("保険"));
    }

    [Fact]
    public void CustomStopWordsAndTagsAreUsed()
    {
        var analyzer = new JapaneseAnalyzer(LuceneVersion.LUCENE_48, null, JapaneseTokenizerMode.Normal,
            new Lucene.Net.Analysis.Util.CharArraySet(LuceneVersion.LUCENE_48, ["保険"], true), new HashSet<string> { "名詞-接尾-一般" });
        Assert.Equal(["マイナ", "を", "なくす", "ます", "た"], Terms(analyzer, "マイナ保険証をなくしました"));
    }

    [Fact]
    public void AnalyzerIsReusedAcrossDocumentsAndFields()
    {
        string[] texts = ["時々", "", "ユーザー登録", new string('あ', 3000), "ﾏｲﾅ", "一〇〇〇円"];
        foreach (string text in texts.Concat(texts))
        {
            IReadOnlyList<string> first = Terms(Analyzer, text);
            Assert.Equal(first, Terms(Analyzer, text));
        }
        using TokenStream other = Analyzer.GetTokenStream("other", "ユーザー");
        other.Reset();
        Assert.True(other.IncrementToken());
        Assert.Equal("ユーザ", other.GetAttribute<ICharTermAttribute>().ToString());
        Assert.False(other.IncrementToken());
        other.End();
    }

    [Fact]
    public void IncrementTokenBeforeResetIsRefusedOrHarmless()
    {
        TokenStream stream = Analyzer.GetTokenStream("field", "保険証");
        try
        {
            Assert.False(stream.IncrementToken());
        }
        catch (InvalidOperationException)
        {
            // Lucene's own refusal: the reader is not set until Reset().
        }
        stream.Dispose();
        Assert.Equal(["保険", "証"], Terms(Analyzer, "保険証"));
    }

    [Fact]
    public void HostileAndHugeInputKeepsTheContract()
    {
        CheckRandomData(Analyzer, 100, 300, seed: 1);
        CheckRandomData(QueryAnalyzer(), 50, 300, seed: 2);
        string huge = string.Concat(Enumerable.Repeat("ﾏｲﾅ保険証を時々なくし、０１２０－９５－０１７８に電話しました。\uD800😀", 3000));
        Assert.True(huge.Length >= 100_000);
        IReadOnlyList<string> terms = Terms(Analyzer, huge);
        Assert.Equal(3000, terms.Count(t => t == "0120"));
        Assert.Equal(3000, terms.Count(t => t == "電話"));
    }
}
