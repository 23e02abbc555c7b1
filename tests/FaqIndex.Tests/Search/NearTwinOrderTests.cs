using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>Over the repository's content: when the ranking model holds two entries close, the one whose own words the
/// question uses (70, 持たない → 作らない) comes first; a clear leader stays first.</summary>
public sealed class NearTwinOrderTests
{
    private static readonly Lazy<FaqSearchEngine> Repo = new(() => new FaqSearchEngine(RepoIndex.Snapshot, resultCacheCapacity: 0));

    [Theory]
    [InlineData("来月70になります。資格確認書はどうなりますか", "kakunin-age70")]
    [InlineData("マイナンバーカードを持たないと困ることはある？", "card-required")]
    public void The_entry_holding_the_telling_word_comes_first(string question, string expected) =>
        Assert.Equal(expected, Repo.Value.Search(question, Audience.Member).Best?.Entry.Id);

    [Theory]
    [InlineData("退職するとき資格確認書は返すの", "kakunin-return-retire")]
    [InlineData("任意継続にしたら資格確認書はどうなる", "nin-i-keizoku")]
    public void A_clear_leader_stays_first(string question, string expected) =>
        Assert.Equal(expected, Repo.Value.Search(question, Audience.Member).Best?.Entry.Id);
}
