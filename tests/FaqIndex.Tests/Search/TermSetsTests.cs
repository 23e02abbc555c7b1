using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>The term sets behind the decision: two entries that share most of their words are near twins, and the word
/// only one of them holds is what a question must use to be told apart.</summary>
public sealed class TermSetsTests
{
    private static readonly Lazy<FaqIndexSnapshot> Twins = new(() => FaqIndexBuilder.Build(
    [
        Entry("garden-summer", "夏に庭の芝生へ水をまく回数は", "真夏 芝生 水やり 回数"),
        Entry("garden-winter", "冬に庭の芝生へ水をまく回数は", "真冬 芝生 水やり 回数"),
        Entry("bicycle-tire", "自転車のタイヤに空気を入れる方法", "自転車 空気入れ パンク"),
    ], RepoIndex.Snapshot.GetAnalyzers()));

    [Fact]
    public void Entries_one_word_apart_are_twins_and_unrelated_ones_are_not()
    {
        var terms = Twins.Value.QuestionTerms;
        int summer = Document("garden-summer"), winter = Document("garden-winter"), bicycle = Document("bicycle-tire");
        double twins = terms.Twin(summer, winter);
        Assert.InRange(twins, 0.4, 0.95);
        Assert.InRange(terms.Twin(summer, bicycle), 0, 0.1);
        Assert.Equal(twins, terms.Twin(winter, summer), 9);
        Assert.Equal(0, terms.Twin(summer, -1));
    }

    [Theory]
    [InlineData("夏の芝生の水やり", true)]
    [InlineData("冬の芝生の水やり", false)]
    public void The_word_only_one_twin_holds_is_the_evidence(string question, bool summer)
    {
        var snapshot = Twins.Value;
        var terms = AnalyzedTerms.Analyze(snapshot.Analyzers.MorphologicalQuery, FaqIndexFields.Question, question);
        var (summerOnly, winterOnly) = snapshot.QuestionTerms.Evidence(terms, Document("garden-summer"), Document("garden-winter"));
        Assert.True(summer ? summerOnly > 0 && winterOnly == 0 : winterOnly > 0 && summerOnly == 0, $"{summerOnly} {winterOnly}");
    }

    private static int Document(string id) => Array.FindIndex(Twins.Value.EntryArray, e => e.Id == id);

    private static FaqEntry Entry(string id, string question, string tags) =>
        new(id, question, [], Audience.Member, tags.Split(' '), "test", [], new DateOnly(2026, 12, 1),
            new ValidityWindow(null, null), $"{question}についての答えです。", $"{id}.md", 1);
}
