using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>Questions asked again are answered from memory, never from an index that has since been swapped out.</summary>
public sealed class SearchResultCacheTests
{
    private static readonly Lazy<FaqIndexSnapshot> Small = new(() =>
        FaqIndexBuilder.Build(TestPaths.TestData("content-small"), FixedTimeProvider.FixtureDay, out _));

    [Fact]
    public void A_question_asked_again_gets_the_remembered_result()
    {
        var engine = new FaqSearchEngine(Small.Value);
        var first = engine.Search("暗証番号を忘れた", Audience.Member);
        Assert.Equal("pin-forgotten", first.Best?.Entry.Id);
        Assert.Same(first, engine.Search("暗証番号を忘れた", Audience.Member));
    }

    [Fact]
    public void Full_width_and_half_width_spellings_share_one_remembered_result()
    {
        var engine = new FaqSearchEngine(Small.Value);
        var narrow = engine.Search("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ 紛失", Audience.Member);
        Assert.Equal("card-lost", narrow.Best?.Entry.Id);
        Assert.Same(narrow, engine.Search("マイナンバーカード 紛失", Audience.Member));
    }

    [Fact]
    public void The_same_text_from_another_audience_is_searched_for_that_audience()
    {
        var engine = new FaqSearchEngine(Small.Value);
        const string question = "退職した社員の資格確認書はどのように返却しますか？";
        Assert.DoesNotContain(engine.Search(question, Audience.Member).Hits, h => h.Entry.Id == "employer-return");
        Assert.Equal("employer-return", engine.Search(question, Audience.Hr).Best?.Entry.Id);
        Assert.DoesNotContain(engine.Search(question, Audience.Member).Hits, h => h.Entry.Id == "employer-return");
    }

    [Fact]
    public void After_a_swap_a_question_asked_before_is_answered_from_the_new_index()
    {
        var engine = new FaqSearchEngine(Small.Value);
        Assert.Equal("pin-forgotten", engine.Search("暗証番号を忘れた", Audience.Member).Best?.Entry.Id);
        var withoutPin = FaqIndexBuilder.Build(Small.Value.Entries.Where(e => e.Id != "pin-forgotten").ToList(), Small.Value.GetAnalyzers());
        engine.Swap(withoutPin);
        Assert.DoesNotContain(engine.Search("暗証番号を忘れた", Audience.Member).Hits, h => h.Entry.Id == "pin-forgotten");
    }

    [Fact]
    public void With_the_cache_off_every_question_is_searched_again()
    {
        var engine = new FaqSearchEngine(Small.Value, resultCacheCapacity: 0);
        var first = engine.Search("暗証番号を忘れた", Audience.Member);
        var second = engine.Search("暗証番号を忘れた", Audience.Member);
        Assert.NotSame(first, second);
        Assert.Equal(first.Best?.Entry.Id, second.Best?.Entry.Id);
    }

    [Fact]
    public void A_flood_of_different_questions_never_holds_more_than_the_capacity()
    {
        var cache = new SearchResultCache(capacity: 64);
        var result = new FaqSearchResult(MatchStatus.NoAnswer, []);
        for (int i = 0; i < 10_000; i++)
        {
            cache.Add(new string('質', 200) + i, Audience.Member, result);
            Assert.InRange(cache.Count, 1, 64);
        }
    }

    [Fact]
    public void A_question_asked_often_survives_a_flood_of_others()
    {
        var cache = new SearchResultCache(capacity: 64);
        var often = new FaqSearchResult(MatchStatus.Answered, []);
        var once = new FaqSearchResult(MatchStatus.NoAnswer, []);
        cache.Add("暗証番号を忘れた", Audience.Member, often);
        for (int i = 0; i < 1_000; i++)
        {
            cache.Add("一度だけの質問" + i, Audience.Member, once);
            if (i % 16 == 0)
            {
                Assert.True(cache.TryGet("暗証番号を忘れた", Audience.Member, out var remembered));
                Assert.Same(often, remembered);
            }
        }
        Assert.False(cache.TryGet("一度だけの質問0", Audience.Member, out _));
    }

    [Fact]
    public void Many_threads_asking_while_the_index_is_swapped_always_get_a_whole_answer()
    {
        var engine = new FaqSearchEngine(Small.Value, resultCacheCapacity: 8);
        var rebuilt = FaqIndexBuilder.Build(Small.Value.Entries.ToList(), Small.Value.GetAnalyzers());
        string[] questions = ["暗証番号を忘れた", "マイナンバーカード 紛失", "しかくかくにんしょ きげん", "今日の天気は？"];
        string?[] expected = ["pin-forgotten", "card-lost", "certificate-expiry", null];
        var failures = 0;
        Parallel.For(0, 4_000, i =>
        {
            if (i % 500 == 0)
            {
                engine.Swap(i % 1000 == 0 ? rebuilt : Small.Value);
            }
            var k = i % questions.Length;
            var result = engine.Search(questions[k], Audience.Member);
            if (result.Status != MatchStatus.NoAnswer && result.Best?.Entry.Id != expected[k])
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
