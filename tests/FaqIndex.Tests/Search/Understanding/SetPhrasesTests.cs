using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Understanding;

/// <summary>A set phrase becomes the one word it means, in every conjugation; its parts alone are left as they are.</summary>
public sealed class SetPhrasesTests
{
    [Theory]
    [InlineData("マイナ保険証はどうやって手に入れるのですか", "マイナ保険証はどうやって入手するのですか")]
    [InlineData("資格確認書を手に入れたい", "資格確認書を入手したい")]
    [InlineData("資格確認書が手に入らない", "資格確認書が入手できない")]
    [InlineData("どこで手に入れられますか", "どこで入手できますか")]
    public void Rewrites_a_set_phrase(string typed, string meant) => Assert.Equal(meant, SetPhrases.Rewrite(typed));

    [Theory]
    [InlineData("子どもを扶養に入れたい")]
    [InlineData("手に持って病院に行く")]
    public void Leaves_the_parts_alone(string typed) => Assert.Same(typed, SetPhrases.Rewrite(typed));
}
