using FaqIndex.Content.Validation;

namespace FaqIndex.Tests.Content;

public sealed class FindersTests
{
    [Theory]
    [InlineData("お電話は 0120-95-0178 へ", "0120-95-0178")]
    [InlineData("03-5213-4467（平日）", "03-5213-4467")]
    [InlineData("全角 ０１２０－９５－０１７８ も", "０１２０－９５－０１７８")]
    [InlineData("ハイフンなし0352134467", "0352134467")]
    [InlineData("携帯 090-1234-5678", "090-1234-5678")]
    public void Finds_phone_shaped_text(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(PhoneNumberFinder.Find(text)).Text);

    [Theory]
    [InlineData("令和8年12月1日まで")]
    [InlineData("2026-11-23 に確認")]
    [InlineData("1,000円 の手数料")]
    [InlineData("マイナンバーは 123456789012 の12桁")]
    [InlineData("9:00〜17:00")]
    public void Dates_fees_and_my_numbers_are_not_phone_numbers(string text) =>
        Assert.Empty(PhoneNumberFinder.Find(text));

    [Theory]
    [InlineData("令和7年12月1日まで", 2025, 12, 1)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("2026年１１月２３日", 2026, 11, 23)]
    [InlineData("2026/1/5", 2026, 1, 5)]
    public void Finds_dates_in_japanese_text(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(JapaneseDateFinder.Find(text)).Date);

    [Fact]
    public void Impossible_dates_are_ignored() => Assert.Empty(JapaneseDateFinder.Find("令和7年2月30日"));
}
