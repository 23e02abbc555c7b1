using FaqIndex.Analysis.Japanese.Util;

namespace FaqIndex.Tests.Analysis.Japanese.Util;

public class JapaneseNumeralTests
{
    [Theory]
    [InlineData("〇〇七", "7")]
    [InlineData("一〇〇〇", "1000")]
    [InlineData("二〇二五", "2025")]
    [InlineData("三千二百", "3200")]
    [InlineData("三千2百２十三", "3223")]
    [InlineData("十一", "11")]
    [InlineData("十", "10")]
    [InlineData("万", "10000")]
    [InlineData("〇万", "0")]
    [InlineData("百万", "1000000")]
    [InlineData("兆六百万五千一", "1000006005001")]
    [InlineData("３．２千", "3200")]
    [InlineData("１．２万３４５．６７", "12345.67")]
    [InlineData("4,647.100", "4647.1")]
    [InlineData("1,000", "1000")]
    [InlineData("15,7", "157")]
    [InlineData("0.50", "0.5")]
    [InlineData("0120", "0120")]
    [InlineData("０１２０", "0120")]
    public void ReadsNumbers(string text, string expected)
    {
        Span<char> output = stackalloc char[JapaneseNumeral.MaxOutputLength];
        Assert.True(JapaneseNumeral.TryNormalize(text, output, out int written));
        Assert.Equal(expected, output[..written].ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1..2")]
    [InlineData("1.2.3")]
    [InlineData(",1")]
    [InlineData("1.")]
    [InlineData("1.,2")]
    [InlineData("九九九九九九九九九九九九九九九九京九九九九九九九九九九九九九九九九京")]
    [InlineData("1.0000000000000000000001")]
    public void RefusesWhatIsNotANumber(string text)
    {
        Span<char> output = stackalloc char[JapaneseNumeral.MaxOutputLength];
        Assert.False(JapaneseNumeral.TryNormalize(text, output, out _));
    }

    [Fact]
    public void RefusesTextLongerThanTheLimit()
    {
        Span<char> output = stackalloc char[JapaneseNumeral.MaxOutputLength];
        Assert.False(JapaneseNumeral.TryNormalize(new string('一', JapaneseNumeral.MaxLength + 1), output, out _));
        Assert.True(JapaneseNumeral.TryNormalize(new string('1', JapaneseNumeral.MaxLength), output, out int written));
        Assert.Equal(JapaneseNumeral.MaxLength, written);
    }
}
