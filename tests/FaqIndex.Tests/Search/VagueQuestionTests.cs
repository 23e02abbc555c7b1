using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Tests.TestSupport;

namespace FaqIndex.Tests.Search;

/// <summary>A single vague word that several entries speak of gets choices back, never one entry's answer as if the
/// member had asked for it (the answer probability is held under the ranking model's own below even odds).</summary>
public sealed class VagueQuestionTests
{
    private static readonly Lazy<FaqSearchEngine> Repo = new(() => new FaqSearchEngine(RepoIndex.Snapshot, resultCacheCapacity: 0));

    [Theory]
    [InlineData("手続き")]
    [InlineData("なくした")]
    public void A_vague_word_is_asked_back(string question)
    {
        var result = Repo.Value.Search(question, Audience.Member);
        Assert.Equal(MatchStatus.Ambiguous, result.Status);
        Assert.True(result.Hits.Count >= 2, $"{result.Hits.Count} choices");
    }
}
