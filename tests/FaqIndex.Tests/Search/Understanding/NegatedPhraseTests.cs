using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Understanding;

/// <summary>The phrase a member sets aside no longer pulls; the rest of the question stays.</summary>
public sealed class NegatedPhraseTests
{
    [Theory]
    [InlineData("資格確認書ではなくマイナンバーカードをなくした", " マイナンバーカードをなくした")]
    [InlineData("期限切れじゃなくて期限内の資格確認書", " 期限内の資格確認書")]
    [InlineData("カードの再発行より先に、まず一時停止をしたい", " 、まず一時停止をしたい")]
    public void Drops_the_set_aside_phrase(string typed, string kept) => Assert.Equal(kept, NegatedPhrase.Drop(typed));

    [Fact]
    public void Keeps_a_before_that_tells_near_twins_apart()
    {
        const string question = "利用登録より前に受け取った資格確認書";
        Assert.Same(question, NegatedPhrase.Drop(question));
    }
}
