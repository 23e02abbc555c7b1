using System.Text.Json;

namespace FaqBot.Tests.Cli;

/// <summary>On 2026-12-02 in Japan the 資格確認書 valid until 令和8年12月1日 have expired: `ask` gives members the answers
/// that are true that day (expired, renewed by WEB without application, where to look, whom to call), not the plans.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AskExpiredCertificateTests
{
    private const string Today = "2026-12-02T10:00:00+09:00";

    private static async Task<JsonElement> AskAsync(string question, string audience = "member")
    {
        var (exit, output, error) = await CliRunner.RunAsync("", "ask", "--content", CliRunner.BundledContent, "--now", Today,
            "--json", "--audience", audience, question);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("content error", error);
        using var json = JsonDocument.Parse(output.Trim());
        return json.RootElement.Clone();
    }

    // The words a member reads: bold markers dropped.
    private static string Answer(JsonElement result) => result.GetProperty("answer").GetString()!.Replace("**", "");

    [Theory]
    [InlineData("資格確認書はいつまで使えますか")]
    [InlineData("資格確認書の有効期限を教えてください")]
    public async Task The_validity_answer_says_the_certificates_have_expired(string question)
    {
        var result = await AskAsync(question);
        Assert.Equal("kakunin-validity", result.GetProperty("id").GetString());
        var answer = Answer(result);
        Assert.Contains("令和8年12月1日", answer);
        Assert.Contains("すでに切れています", answer);
        Assert.Contains("03-5213-4467", answer);
        Assert.DoesNotContain("まで有効です", answer);
        Assert.DoesNotContain("予定", answer);
    }

    [Theory]
    [InlineData("資格確認書の有効期限がきたらどうなるのですか")]
    [InlineData("資格確認書の更新手続きは？")]
    public async Task The_renewal_answer_says_what_was_done_and_where_to_look(string question)
    {
        var result = await AskAsync(question);
        Assert.Equal("kakunin-renewal", result.GetProperty("id").GetString());
        var answer = Answer(result);
        Assert.Contains("職権でWEB（MHW）交付しています", answer);
        Assert.Contains("MHW", answer);
        Assert.Contains("03-5213-4467", answer);
        Assert.DoesNotContain("予定", answer);
    }

    [Fact]
    public async Task A_member_who_sees_no_new_certificate_is_told_what_to_check_and_whom_to_call()
    {
        var result = await AskAsync("新しい資格確認書がMHWに表示されません");
        Assert.Equal("kakunin-not-shown", result.GetProperty("id").GetString());
        var answer = Answer(result);
        Assert.Contains("健康保険証の利用登録の申込状況", answer);
        Assert.Contains("初回登録", answer);
        Assert.Contains("03-5213-4467", answer);
        Assert.Contains("9:00〜17:00", answer);
    }

    [Theory]
    [InlineData("期限が切れた紙の資格確認書は返却が必要ですか", "kakunin-expired-return", "返却は必要ありません")]
    [InlineData("資格確認書をもらったあとにマイナ保険証を作りました。資格確認書は返却が必要ですか", "kakunin-return-after-myna", "返却不要")]
    [InlineData("紙の資格確認書をなくしました。再交付してもらえますか", "kakunin-reissue", "再交付の申請は必要ありません")]
    public async Task An_expired_paper_certificate_needs_no_return(string question, string id, string expected)
    {
        var result = await AskAsync(question);
        Assert.Equal(id, result.GetProperty("id").GetString());
        Assert.Contains(expected, Answer(result));
    }

    [Fact]
    public async Task Paper_is_issued_on_application_not_as_a_plan()
    {
        var result = await AskAsync("紙の資格確認書がほしい");
        Assert.Equal("kakunin-paper", result.GetProperty("id").GetString());
        var answer = Answer(result);
        Assert.Contains("申請", answer);
        Assert.DoesNotContain("予定", answer);
    }

    [Fact]
    public async Task Lint_of_the_bundled_content_is_clean_that_day()
    {
        var (exit, output, _) = await CliRunner.RunAsync("", "lint", CliRunner.BundledContent, "--now", Today);
        Assert.Equal(0, exit);
        Assert.Contains("0 error(s), 0 warning(s)", output);
    }
}
