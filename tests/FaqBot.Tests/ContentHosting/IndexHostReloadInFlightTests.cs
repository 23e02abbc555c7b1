using System.Diagnostics;
using System.Net;
using FaqBot.Tests.Operations;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.ContentHosting;

/// <summary>A reload held in the middle of loading the content (a file that is a FIFO: reading it waits until the test
/// writes it) on real Kestrel: members asking meanwhile are answered from the live index, and once the file is
/// written the reload finishes and its entry is served.</summary>
public sealed class IndexHostReloadInFlightTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Members_are_answered_while_a_reload_is_in_progress_and_its_entry_is_served_once_it_finishes()
    {
        using var content = TestContent.Create(withDictionary: true);
        content.Write("kakunin.md", TestContent.Entry("kakunin", "資格確認書の有効期限はいつまでですか？", "回答Aです。"));
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Path,
            ["Content:ReloadDebounce"] = "00:00:00.100",
            ["RateLimits:RequestsPerAddress"] = "1000000",
            ["RateLimits:ActivitiesPerConversation"] = "1000000",
        });
        using var http = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await HealthEndpointTests.PollReadyAsync(http));
        var member = new DirectLineClient(http);
        var (conversationId, token, _) = await member.StartAsync();

        var held = Path.Combine(content.Path, "faq", "kosodate.md");
        using (var mkfifo = Process.Start("mkfifo", held))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        // Opening the FIFO for writing completes once the reload has opened it for reading: the reload is now held.
        var writer = await Task.Run(() => new FileStream(held, FileMode.Open, FileAccess.Write)).WaitAsync(Within);
        try
        {
            for (var turn = 0; turn < 3; turn++)
            {
                var answer = await AskAsync(member, conversationId, token, "資格確認書の有効期限はいつまでですか？", $"held-{turn}");
                Assert.Contains("回答A", answer);
            }
            Assert.Equal("Healthy", await ReadinessStatusAsync(http));
        }
        finally
        {
            await using (writer)
            {
                await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(
                    TestContent.Entry("kosodate", "子どもが生まれたときの手続きは？", "出生の届出です。")));
            }
        }

        var deadline = DateTime.UtcNow + Within;
        var latest = string.Empty;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "the released reload never served its entry; last answer: " + latest + "\n" + string.Join("\n", server.Logs.Lines));
            await Task.Delay(100);
            latest = await AskAsync(member, conversationId, token, "子どもが生まれたときの手続きは？", "after-" + DateTime.UtcNow.Ticks);
        }
        while (!latest.Contains("出生の届出", StringComparison.Ordinal));
    }

    private static async Task<string> ReadinessStatusAsync(HttpClient http)
    {
        using var response = await http.GetAsync("health/ready");
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return json.GetProperty("status").GetString()!;
    }

    private static async Task<string> AskAsync(DirectLineClient member, string conversationId, string token, string question, string clientId)
    {
        var id = await member.PostMessageAsync(conversationId, token, question, clientId);
        var deadline = DateTime.UtcNow + Within;
        while (DateTime.UtcNow < deadline)
        {
            var page = await member.GetActivitiesAsync(conversationId, token);
            foreach (var activity in page.GetProperty("activities").EnumerateArray())
            {
                if (activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id
                    && activity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } answer)
                {
                    return answer;
                }
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("no reply to " + id);
    }
}
