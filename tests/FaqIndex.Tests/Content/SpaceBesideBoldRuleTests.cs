using System.Text;
using FaqIndex.Content;
using FaqIndex.Tests.TestSupport;
using Markdig;

namespace FaqIndex.Tests.Content;

/// <summary>A half-width space beside bold text between Japanese words is what members see as a stray gap; the rule
/// points at it, and the repository's own content is free of it and renders every bold as bold.</summary>
public sealed class SpaceBesideBoldRuleTests
{
    private static FaqContent LoadAnswer(string answer)
    {
        using var folder = new TempFolder();
        folder.Write("faq/entry.md", "---\nid: entry\nquestion: 質問ですか？\naudience: member\nsource: test\nreviewed: 2026-11-01\n---\n" + answer);
        return new FaqContentLoader(FixedTimeProvider.FixtureDay).Load(folder.Path);
    }

    private static string[] Messages(string answer) => LoadAnswer(answer).Diagnostics.Select(d => d.Format()).ToArray();

    [Fact]
    public void A_space_after_bold_before_a_japanese_word_is_a_warning_at_its_line()
    {
        var content = LoadAnswer("一行目です。\n\nお住まいの**市区町村** の窓口にご相談ください。\n");
        var warning = Assert.Single(content.Diagnostics);
        Assert.Equal("faq/entry.md:10: warning: a half-width space after '**' before 'の' shows in the chat: remove it (if the bold ends in 」 or ）, move that outside the bold so that it closes without a space)", warning.Format());
        // A warning: the answer still reaches members.
        Assert.Equal(["entry"], content.Entries.Select(e => e.Id));
    }

    [Fact]
    public void A_space_before_bold_that_starts_with_a_bracket_is_a_warning()
    {
        var warning = Assert.Single(Messages("被扶養者異動届の **「資格確認書発行要否」欄**に、チェックを入れてください。\n"));
        Assert.Contains("a half-width space before '**' after 'の'", warning);
    }

    [Theory]
    [InlineData("**マイナンバー総合フリーダイヤル（0120-95-0178）** へお電話ください。", 1)]
    [InlineData("最短 **5日** でWEBで確認できます。", 2)]
    [InlineData("利用停止は **24時間365日** 受け付けています。", 2)]
    [InlineData("こちらの **「資格確認書」** を見せてください。", 2)]
    public void Every_stray_space_is_reported(string answer, int count)
    {
        Assert.Equal(count, Messages(answer + "\n").Length);
    }

    [Theory]
    [InlineData("お住まいの**市区町村**の窓口にご相談ください。")]
    [InlineData("**マイナンバー総合フリーダイヤル**（0120-95-0178）へお電話ください。")]
    [InlineData("- **紙の資格確認書**：住所欄に書き込んでください。")]
    [InlineData("1. **STEP1 カードはありますか？**（期限切れではありませんか）")]
    [InlineData("表示した **MHW** の画面を見せてください。")]
    [InlineData("Use **bold** here.")]
    [InlineData("星印 ** だけの行です。")]
    [InlineData("** \n**")]
    [InlineData("末尾が太字の**記号**")]
    [InlineData("****")]
    public void Bold_written_without_a_stray_space_and_other_asterisks_are_not_reported(string answer)
    {
        Assert.Empty(Messages(answer + "\n"));
    }

    [Fact]
    public void A_huge_answer_full_of_stray_spaces_reports_each_without_failing()
    {
        var answer = new StringBuilder();
        for (int i = 0; i < 5_000; i++)
        {
            answer.Append("あ** い\n");
        }
        var content = LoadAnswer(answer.ToString());
        Assert.Equal(5_000, content.Diagnostics.Count);
        Assert.Equal("faq/entry.md:5007", content.Diagnostics[^1].Format()[..17]);
    }

    [Fact]
    public void The_repository_content_has_no_warning_today_and_every_bold_renders_as_bold()
    {
        var content = new FaqContentLoader(FixedTimeProvider.ContentDay).Load(TestPaths.RepoContent);
        Assert.Empty(content.Diagnostics.Select(d => d.Format()));
        foreach (var entry in content.Entries)
        {
            // What Web Chat and Teams do with the Markdown: an unclosed ** would stay as two literal asterisks.
            var html = Markdown.ToHtml(entry.Answer);
            Assert.False(html.Contains("**", StringComparison.Ordinal), $"{entry.Id}: {html}");
        }
    }
}
