using FaqIndex.Text;

namespace FaqIndex.Tests.Text;

public sealed class LogRedactorTests
{
    [Theory]
    [InlineData("番号は123456789012です", "番号は############です")]
    [InlineData("電話 03-5213-4467 まで", "電話 ############ まで")]
    [InlineData("全角１２３４５６７８９０１２", "全角############")]
    [InlineData("令和7年12月1日", "令和7年12月1日")]
    [InlineData("", "")]
    [InlineData("no digits", "no digits")]
    [InlineData("1234-", "####-")]
    public void Digit_runs_of_four_or_more_are_masked(string input, string expected) =>
        Assert.Equal(expected, LogRedactor.Redact(input));
}
