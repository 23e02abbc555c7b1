using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>Near misses over the repository's content: a question built from the FAQ's words about something the kenpo's
/// FAQ does not answer is declined (no answer, or a "not ours" entry that says where to go), while its in-scope twin,
/// one word apart, still gets its entry.</summary>
public sealed class NearMissTests
{
    private static readonly Lazy<FaqSearchEngine> Repo = new(() => new FaqSearchEngine(RepoIndex.Snapshot, resultCacheCapacity: 0));

    [Theory]
    [InlineData("クレジットカードの暗証番号を忘れた")]
    [InlineData("運転免許証を落とした")]
    [InlineData("国民健康保険に入りたい")]
    [InlineData("住民票を取りに行きたい")]
    [InlineData("傷病手当金の申請方法")]
    public void A_near_miss_is_declined(string question)
    {
        var result = Repo.Value.Search(question, Audience.Member);
        bool declined = result.Status == MatchStatus.NoAnswer
            || (result.Status == MatchStatus.Answered && DeclineEntries.IsDecline(result.Best!.Entry.Id));
        Assert.True(declined, $"{result.Status} {result.Best?.Entry.Id}");
    }

    [Theory]
    [InlineData("マイナンバーカードの暗証番号がわからなくなった", "pin-forgotten")]
    [InlineData("マイナンバーカードを落とした", "card-lost")]
    public void Its_in_scope_twin_gets_its_entry(string question, string expected)
    {
        var result = Repo.Value.Search(question, Audience.Member);
        Assert.NotEqual(MatchStatus.NoAnswer, result.Status);
        Assert.Equal(expected, result.Best?.Entry.Id);
    }
}
