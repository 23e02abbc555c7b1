using System.Text.Json;

namespace FaqBot.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class AskCommandTests
{
    private static readonly string[] Base = ["ask", "--content", CliRunner.BundledContent, "--now", "2026-12-02T10:00:00+09:00"];

    [Fact]
    public async Task Json_batch_writes_one_object_per_stdin_line_in_readable_utf8()
    {
        var (exit, output, _) = await CliRunner.RunAsync("マイナンバーカードをなくしました\n今日の天気は？\n暗証番号を忘れました\n", [.. Base, "--json"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("マイナンバーカード", lines[0]);
        Assert.DoesNotContain("\\u30", lines[0]);

        using var lost = JsonDocument.Parse(lines[0]);
        Assert.Equal("card-lost", lost.RootElement.GetProperty("id").GetString());
        Assert.Contains(lost.RootElement.GetProperty("status").GetString(), new[] { "answered", "ambiguous" });
        Assert.Equal(JsonValueKind.Null, lost.RootElement.GetProperty("escalation").ValueKind);
        Assert.Equal(JsonValueKind.Array, lost.RootElement.GetProperty("alternatives").ValueKind);
        var score = lost.RootElement.GetProperty("score").GetDouble();
        Assert.InRange(score, 0, 1);

        using var weather = JsonDocument.Parse(lines[1]);
        Assert.Equal("no_answer", weather.RootElement.GetProperty("status").GetString());
        // ask runs the dialog: the answer is the helpdesk handover a member reads, with the escalation object.
        Assert.Contains("03-5213-4467", weather.RootElement.GetProperty("answer").GetString());
        Assert.Equal(JsonValueKind.Object, weather.RootElement.GetProperty("escalation").ValueKind);
    }

    [Fact]
    public async Task Plain_output_is_the_answer_a_member_reads()
    {
        var (exit, output, _) = await CliRunner.RunAsync("", [.. Base, "マイナンバーカードを紛失したときはどうすればよいですか"]);
        Assert.Equal(0, exit);
        Assert.Contains("0120-95-0178", output);
        Assert.DoesNotContain("**", output);
    }

    [Fact]
    public async Task Plain_output_says_politely_when_there_is_no_answer()
    {
        var (_, output, _) = await CliRunner.RunAsync("", [.. Base, "おいしいラーメン屋を教えて"]);
        Assert.Contains("申し訳ありません", output);
    }

    [Fact]
    public async Task Hostile_lines_each_get_one_json_answer()
    {
        var huge = string.Concat(Enumerable.Repeat("あ", 1_000_000));
        var stdin = string.Join('\n', huge, "\u0001\u0002\u001b[31m", "？？？！！！", "🍜🍜", "\ud800 lone", "") + "\n";
        var (exit, output, _) = await CliRunner.RunAsync(stdin, [.. Base, "--json"]);
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("status", out _));
        }
    }

    [Fact]
    public async Task Hr_staff_see_hr_only_entries()
    {
        var (_, member, _) = await CliRunner.RunAsync("", [.. Base, "--json", "--audience", "member", "従業員が退職したときの資格確認書の回収"]);
        var (_, hr, _) = await CliRunner.RunAsync("", [.. Base, "--json", "--audience", "hr", "従業員が退職したときの資格確認書の回収"]);
        Assert.NotEqual(member, hr);
    }

    [Fact]
    public async Task A_bad_now_or_content_path_is_a_clear_error()
    {
        var (exit, _, error) = await CliRunner.RunAsync("", "ask", "--now", "yesterday", "質問");
        Assert.Equal(2, exit);
        Assert.Contains("--now: 'yesterday' is not an ISO-8601 date and time", error);

        (exit, _, error) = await CliRunner.RunAsync("", "ask", "--content", "/no/such/folder", "質問");
        Assert.Equal(2, exit);
        Assert.Contains("content folder not found: /no/such/folder", error);
    }
}
