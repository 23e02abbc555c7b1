using FaqIndex.Search;
using FaqIndex.Search.Understanding;

namespace FaqIndex.Tests.Search.Understanding;

/// <summary>Regional endings become standard Japanese; standard Japanese is left as it is.</summary>
public sealed class DialectEndingsTests
{
    [Theory]
    [InlineData("登録できとるか分からんのやけど", "登録できているか分からないのだけど")]
    [InlineData("どこで見れるん？", "どこで見れるの?")]
    [InlineData("病院行ってもええ？", "病院行ってもいい?")]
    [InlineData("医療費安うなるん？", "医療費安くなるの?")]
    [InlineData("暗証番号とか無理やけど", "暗証番号とか無理だけど")]
    [InlineData("マイナ保険証ば作ったばい", "マイナ保険証を作った")]
    [InlineData("病院でマイナ保険証が読み込めんかったんやけど", "病院でマイナ保険証が読み込めなかったのだけど")]
    [InlineData("転職したらマイナ保険証が使えんくなったんよ", "転職したらマイナ保険証が使えなくなったの")]
    [InlineData("保険証の登録をやめたかっちゃけど", "保険証の登録をやめたいのだけど")]
    [InlineData("止めるんはどこに電話したらええの", "止めるのはどこに電話したらいいの")]
    [InlineData("悪用されないか心配やわ。", "悪用されないか心配だ。")]
    public void Rewrites_a_regional_ending(string typed, string standard) =>
        Assert.Equal(standard, DialectEndings.Normalize(QueryText.Normalize(typed)));

    [Theory]
    [InlineData("暗証番号を忘れたときはどうすればいいですか？")]
    [InlineData("マイナ保険証を使うならどうなるの？")]
    [InlineData("やわらかいカードケースに入れてもいいですか")]
    [InlineData("マイナ保険証を使いませんか？")]
    public void Leaves_standard_japanese_alone(string typed)
    {
        var normalized = QueryText.Normalize(typed);
        Assert.Equal(normalized, DialectEndings.Normalize(normalized));
    }
}
