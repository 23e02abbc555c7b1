using FaqBot.Dialogs;

namespace FaqBot.Tests.Dialogs;

public class RedactionTests
{
    [Theory]
    [InlineData("マイナンバーは123456789012です", "マイナンバーは です")]
    [InlineData("1234-5678-9012", " ")]
    [InlineData("１２３４ ５６７８ ９０１２について", " について")]
    [InlineData("03-5213-4467に電話", " に電話")]
    [InlineData("090-1234-5678と080-0000-0000", " と ")]
    [InlineData("令和8年12月1日まで", "令和8年12月1日まで")]   // dates stay
    [InlineData("1,000円", "1,000円")]
    [InlineData("", "")]
    public void Personal_numbers_are_taken_out_before_searching(string text, string expected)
    {
        Assert.Equal(expected, Redaction.RemovePersonalNumbers(text));
        Assert.Equal(expected != text, Redaction.LooksLikePersonalNumber(text));
    }

    [Fact]
    public void Analytics_text_is_redacted_and_capped_without_splitting_emoji()
    {
        var text = "番号123456789012 " + string.Concat(Enumerable.Repeat("😀", 500));
        var redacted = Redaction.ForAnalytics(text);
        Assert.DoesNotContain("5678", redacted);
        Assert.True(redacted.Length <= Redaction.MaxLength + 1);
        Assert.False(char.IsHighSurrogate(redacted[^2]));
    }
}
