using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>The engine over a small fixture: real Lucene, real Japanese analysis, real synonyms.</summary>
public sealed class FaqSearchEngineTests
{
    private static readonly Lazy<FaqSearchEngine> Small = new(() =>
        new FaqSearchEngine(FaqIndexBuilder.Build(TestPaths.TestData("content-small"), FixedTimeProvider.FixtureDay, out _)));

    [Theory]
    [InlineData("マイナンバーカードを紛失したときはどうすればよいですか？", "card-lost")]
    [InlineData("マイナカードを落としてしまいました", "card-lost")]
    [InlineData("暗証番号を忘れた", "pin-forgotten")]
    [InlineData("PINがわからない", "pin-forgotten")]
    [InlineData("しかくかくにんしょ きげん", "certificate-expiry")]
    public void Finds_the_entry_for_a_paraphrase(string question, string expected) =>
        Assert.Equal(expected, Small.Value.Search(question, Audience.Member).Best?.Entry.Id);

    [Fact]
    public void Members_never_see_hr_only_entries()
    {
        var question = "退職した社員の資格確認書はどのように返却しますか？";
        Assert.DoesNotContain(Small.Value.Search(question, Audience.Member).Hits, h => h.Entry.Id == "employer-return");
        Assert.Equal("employer-return", Small.Value.Search(question, Audience.Hr).Best?.Entry.Id);
    }

    [Fact]
    public void Confidences_are_between_zero_and_one_best_first()
    {
        var hits = Small.Value.Search("マイナンバーカード 紛失", Audience.Hr).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.InRange(h.Score, 0, 1));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Entry.Id), hits.Select(h => h.Entry.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("？！。、…・「」")]
    [InlineData("🍜🍜🍜")]
    [InlineData("\u0000\u0001\u001b[31m")]
    [InlineData("\ud800\udc00\ud800 lone \udfff")]
    public void Empty_punctuation_emoji_control_and_broken_text_get_no_answer(string question)
    {
        var result = Small.Value.Search(question, Audience.Member);
        Assert.Equal(MatchStatus.NoAnswer, result.Status);
    }

    [Fact]
    public void A_one_megabyte_question_is_answered_without_error()
    {
        var huge = string.Concat(Enumerable.Repeat("マイナンバーカードを紛失した", 80_000));
        var result = Small.Value.Search(huge, Audience.Member);
        Assert.Equal("card-lost", result.Best?.Entry.Id);
    }

    [Fact]
    public void Out_of_scope_questions_get_no_answer()
    {
        Assert.Equal(MatchStatus.NoAnswer, Small.Value.Search("今日の天気は？", Audience.Member).Status);
        Assert.Equal(MatchStatus.NoAnswer, Small.Value.Search("おいしいラーメン屋", Audience.Member).Status);
    }

    [Fact]
    public void A_rebuild_is_swapped_in_atomically_while_searches_run()
    {
        var first = FaqIndexBuilder.Build(TestPaths.TestData("content-small"), FixedTimeProvider.FixtureDay, out _);
        var engine = new FaqSearchEngine(first);
        var reduced = FaqIndexBuilder.Build(first.Entries.Where(e => e.Id != "pin-forgotten").ToList(), first.GetAnalyzers());
        var failures = 0;
        Parallel.For(0, 400, i =>
        {
            if (i == 200)
            {
                engine.Swap(reduced);
            }
            var result = engine.Search("マイナンバーカード 紛失", Audience.Member);
            if (result.Best?.Entry.Id != "card-lost")
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
        Assert.Null(engine.GetEntry("pin-forgotten"));
        Assert.Equal(4, first.Entries.Count);
        Assert.Equal(3, engine.Entries.Count);
    }

    [Fact]
    public void An_index_without_entries_answers_nothing_without_error()
    {
        var empty = new FaqSearchEngine(FaqIndexBuilder.Build([], Small.Value.Snapshot.GetAnalyzers()));
        Assert.Equal(MatchStatus.NoAnswer, empty.Search("暗証番号を忘れた", Audience.Member).Status);
        Assert.Equal(MatchStatus.NoAnswer, empty.Search("暗証番号を忘れた", Audience.Hr).Status);
        Assert.Empty(empty.Entries);
    }

    [Fact]
    public void Stats_count_entries_per_audience_and_terms_per_field()
    {
        var stats = Small.Value.Snapshot.Stats;
        Assert.Equal((4, 1, 1, 2), (stats.Entries, stats.MemberOnly, stats.HrOnly, stats.Both));
        Assert.All(stats.TermsPerField.Values, count => Assert.True(count > 0));
    }
}
