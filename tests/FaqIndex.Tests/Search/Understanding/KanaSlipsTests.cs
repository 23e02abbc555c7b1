using FaqIndex.Search;
using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Understanding;

/// <summary>Kana slips of fast typing are undone; the same kana in standard words are left as they are.</summary>
public sealed class KanaSlipsTests
{
    [Theory]
    [InlineData("資格確認書っでなんですか", "資格確認書ってなんですか")]
    [InlineData("子どもの受診でマイナ保険証わどう使う", "子どもの受診でマイナ保険証はどう使う")]
    [InlineData("WEB交付のメリットわ何ですか", "WEB交付のメリットは何ですか")]
    [InlineData("70才になったら資格確認書わどうなりますか", "70才になったら資格確認書はどうなりますか")]
    public void Undoes_a_slip(string typed, string meant) =>
        Assert.Equal(meant, KanaSlips.Undo(QueryText.Normalize(typed)));

    [Theory]
    [InlineData("保険証の代わりになりますか")]
    [InlineData("有効期限が終わったらどうなりますか")]
    [InlineData("暗証番号を言わなくていいですか")]
    [InlineData("わからないので電話で聞きたい")]
    public void Leaves_standard_japanese_alone(string typed)
    {
        var normalized = QueryText.Normalize(typed);
        Assert.Same(normalized, KanaSlips.Undo(normalized));
    }
}
