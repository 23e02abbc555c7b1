using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FaqBot.Tests.Cli;

/// <summary>`ask --json` runs the real dialog over the bundled content in a child process whose TZ is Los Angeles,
/// so hours must be judged in Asia/Tokyo whatever the machine's zone.</summary>
public class AskDialogCommandTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FaqBot.dll"));
        start.ArgumentList.Add("ask");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["TZ"] = "America/Los_Angeles";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    private static List<JsonElement> Lines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    // --now → the helpdesk's state in the escalation object (open, next_open in Asia/Tokyo with its offset).
    [Theory]
    [InlineData("2026-11-24T10:00:00+09:00", true, null)]                          // Tuesday morning
    [InlineData("2026-11-23T09:30:00+09:00", false, "2026-11-24T09:00:00+09:00")]  // 勤労感謝の日
    [InlineData("2026-11-28T01:00:00Z", false, "2026-11-30T09:00:00+09:00")]       // Saturday 10:00 in Tokyo
    [InlineData("2026-11-24T16:30:00-05:00", false, "2026-11-25T09:00:00+09:00")]  // 06:30 Wednesday in Tokyo: before hours
    [InlineData("2026-05-06T10:00:00+09:00", false, "2026-05-07T09:00:00+09:00")]  // 振替休日
    public async Task Asking_for_a_person_reports_whether_the_helpdesk_is_open(string now, bool open, string? nextOpen)
    {
        var (exit, stdout, stderr) = await RunAsync(null, "--json", "--now", now, "人と話したい");

        Assert.True(exit == 0, stderr);
        var result = Assert.Single(Lines(stdout));
        Assert.Equal("escalated", result.GetProperty("status").GetString());
        var escalation = result.GetProperty("escalation");
        Assert.Equal("03-5213-4467", escalation.GetProperty("phone").GetString());
        Assert.Equal(open, escalation.GetProperty("open").GetBoolean());
        var next = escalation.GetProperty("next_open");
        if (nextOpen is null)
        {
            Assert.Equal(JsonValueKind.Null, next.ValueKind);
            Assert.Contains("ただいま受付中です（本日17:00まで）", result.GetProperty("answer").GetString());
        }
        else
        {
            Assert.Equal(nextOpen, next.GetString());
            Assert.DoesNotContain("ただいま受付中", result.GetProperty("answer").GetString());
        }
    }

    [Fact]
    public async Task Each_stdin_line_is_one_turn_of_the_dialog()
    {
        var input = string.Join('\n',
            "マイナンバーカードをなくしました",
            "東京スカイツリーの高さは何メートルですか",
            "",
            "123456789012",
            new string('あ', 100_000),
            "😀😀😀") + "\n";
        // A Saturday: the content is the one reviewed on 2026-12-02, and the helpdesk is closed.
        var (exit, stdout, stderr) = await RunAsync(input, "--json", "--now", "2026-12-05T09:30:00+09:00");

        Assert.True(exit == 0, stderr);
        var results = Lines(stdout);
        Assert.Equal(6, results.Count);

        var lost = results[0];
        Assert.Equal("answered", lost.GetProperty("status").GetString());
        Assert.Equal("card-lost", lost.GetProperty("id").GetString());
        var firstParagraph = lost.GetProperty("answer").GetString()!.Split("\n\n")[0];
        Assert.Contains("0120-95-0178", firstParagraph);
        Assert.Contains("24時間365日", firstParagraph);
        Assert.Equal(JsonValueKind.Null, lost.GetProperty("escalation").ValueKind);

        var none = results[1];
        Assert.Equal("no_answer", none.GetProperty("status").GetString());
        Assert.False(none.GetProperty("escalation").GetProperty("open").GetBoolean());
        Assert.Equal("2026-12-07T09:00:00+09:00", none.GetProperty("escalation").GetProperty("next_open").GetString());

        Assert.Contains("個人情報", results[3].GetProperty("answer").GetString());
        Assert.DoesNotContain("123456789012", stderr);
    }

    [Fact]
    public async Task Hr_staff_get_employer_entries_and_plain_text_shows_the_dialogs_words()
    {
        var (exit, stdout, stderr) = await RunAsync(null, "--json", "--audience", "hr", "--now", "2026-12-02T10:00:00+09:00", "新入社員の資格確認書");
        Assert.True(exit == 0, stderr);
        Assert.Equal("hr-new-hire", Assert.Single(Lines(stdout)).GetProperty("id").GetString());

        var (plainExit, plain, _) = await RunAsync(null, "--now", "2026-11-23T09:30:00+09:00", "人と話したい");
        Assert.Equal(0, plainExit);
        Assert.Contains("本日は祝日のため受付しておりません。次の受付は11月24日(火) 9:00からです", plain);
    }

    [Fact]
    public async Task A_bad_now_is_a_clear_error()
    {
        var (exit, _, stderr) = await RunAsync(null, "--json", "--now", "tomorrow-ish", "人と話したい");
        Assert.NotEqual(0, exit);
        Assert.Contains("--now", stderr);
    }
}
