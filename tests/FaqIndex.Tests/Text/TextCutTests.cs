using FaqIndex.Text;

namespace FaqIndex.Tests.Text;

public sealed class TextCutTests
{
    [Theory]
    [InlineData("資格確認書", 10, "資格確認書")]
    [InlineData("資格確認書", 5, "資格確認書")]
    [InlineData("資格確認書", 2, "資格")]
    [InlineData("ab𠮷cd", 3, "ab")]       // the pair would be split: both halves go
    [InlineData("ab𠮷cd", 4, "ab𠮷")]
    [InlineData("ab😀", 2, "ab")]
    [InlineData("abc", 0, "")]
    [InlineData("", 3, "")]
    public void A_cut_never_splits_a_surrogate_pair(string text, int max, string expected) =>
        Assert.Equal(expected, TextCut.Cut(text, max));

    [Fact]
    public void A_lone_high_surrogate_at_the_cut_is_kept_as_it_was()
    {
        // Broken input stays as broken as it came, but no shorter than asked.
        Assert.Equal("a\ud800", TextCut.Cut("a\ud800bc", 2));
    }

    [Theory]
    [InlineData("マイナ保険証とは", 20, "マイナ保険証とは")]
    [InlineData("マイナ保険証とは", 4, "マイナ…")]
    [InlineData("ab𠮷cd", 4, "ab…")]
    public void A_cut_with_an_ellipsis_stays_within_the_limit(string text, int max, string expected)
    {
        var cut = TextCut.CutWithEllipsis(text, max);
        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Every_cut_of_random_text_is_valid_utf16()
    {
        var random = new Random(8);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 20)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = random.Next(3) == 0 ? "𠮷😀"[random.Next(4)] : (char)random.Next('あ', 'ん');
            }
            var text = new string(chars);
            if (!IsValid(text))
            {
                continue;
            }
            var cut = TextCut.Cut(text, random.Next(0, 22));
            Assert.True(IsValid(cut), $"'{text}' cut to invalid '{cut}'");
            Assert.StartsWith(cut, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_huge_text_is_cut_without_copying_more_than_the_prefix()
    {
        var huge = new string('あ', 1_000_000);
        Assert.Equal(500, TextCut.Cut(huge, 500).Length);
    }

    private static bool IsValid(string text) => System.Text.Unicode.Utf8.FromUtf16(text, new byte[text.Length * 3], out _, out _,
        replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
}
