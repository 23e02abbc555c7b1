using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Analysis;

/// <summary>Every field of the query sees the whole question, the end of a long message too.</summary>
public sealed class AnalyzedTermsTests
{
    [Fact]
    public void The_question_sentence_at_the_end_of_a_long_message_reaches_the_bigram_and_reading_fields()
    {
        const string message = "会社を辞めたあとも、任意継続でこの健保に残ることにしました。在職中は会社経由で書類をもらっていましたが、" +
            "これからは会社を通せません。資格確認書の受け取りや返却はどうなりますか？";
        var text = QueryRewriter.Rewrite(QueryText.Normalize(message));
        var bigram = FaqAnalyzers.CreateBigram();

        Assert.True(AnalyzedTerms.Analyze(bigram, FaqIndexFields.Bigram, text).Contains("返却"));
        var reading = new ReadingText(userDictionary: null).Of(text);
        Assert.True(AnalyzedTerms.Analyze(bigram, FaqIndexFields.Reading, reading).Contains("キャ"));
    }

    [Fact]
    public void The_longest_question_analysed_is_not_cut()
    {
        var message = string.Concat(Enumerable.Repeat("資格確認書が届きました。", 30));
        var text = QueryRewriter.Rewrite(QueryText.Normalize(message));

        Assert.True(AnalyzedTerms.Analyze(FaqAnalyzers.CreateBigram(), FaqIndexFields.Bigram, text).GroupCount < AnalyzedTerms.MaxGroups);
    }
}
