using FaqBot.Dialogs;
using FaqBot.Escalation;
using Markdig;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Dialogs;

/// <summary>Web Chat renders replies as CommonMark: emphasis that does not close shows members literal asterisks
/// (e.g. a closing ** after 「。」 followed by a letter is not right-flanking).</summary>
public sealed class MarkdownRenderingTests
{
    [Theory]
    [InlineData("マイナンバーカードをなくしました", "2026-11-24T10:00")]
    [InlineData("マイナンバーカードをなくしました", "2026-11-23T03:00")]
    [InlineData("人と話したい", "2026-11-24T10:00")]
    [InlineData("人と話したい", "2026-11-23T10:00")]
    [InlineData("切り替えチェック", "2026-11-24T10:00")]
    [InlineData("資格確認書はいつまで有効ですか", "2026-11-24T10:00")]
    [InlineData("ラーメンのおいしい店", "2026-11-24T10:00")]
    public async Task Every_reply_renders_without_stray_asterisks(string utterance, string tokyoNow)
    {
        var harness = new DialogHarness(tokyoNow);
        var replies = await harness.SendAsync(utterance);

        Assert.NotEmpty(replies);
        foreach (var reply in replies)
        {
            var html = Markdown.ToHtml(reply.Text ?? string.Empty);
            Assert.DoesNotContain("**", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2026-11-24T10:00")] // weekday, open
    [InlineData("2026-11-23T10:00")] // holiday
    [InlineData("2026-11-24T18:30")] // after hours
    [InlineData("2026-12-31T10:00")] // year end
    public void Contact_lines_render_without_stray_asterisks(string tokyoNow)
    {
        var availability = new DialogHarness(tokyoNow).Services.GetRequiredService<ContactAvailability>();
        var directory = availability.Directory;
        foreach (var contact in new[] { directory.Helpdesk, directory.CardSuspension })
        {
            var now = availability.Check(contact);
            Assert.DoesNotContain("**", Markdown.ToHtml(Messages.AvailabilityNow(now)), StringComparison.Ordinal);
            Assert.DoesNotContain("**", Markdown.ToHtml(Messages.LostCardFirst(now)), StringComparison.Ordinal);
        }
    }
}
