using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FaqBot.Tests.Operations;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.ContentHosting;

/// <summary>Editing the content while members ask, on real Kestrel through Direct Line: valid, then broken, then fixed.
/// No request fails, answers follow the content within seconds, and the broken edit never goes live.</summary>
public sealed class IndexHostReloadTests
{
    private const string Question = "資格確認書の有効期限はいつまでですか？";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Concurrent_questions_while_the_content_is_edited_valid_broken_fixed()
    {
        using var content = TestContent.Create(withDictionary: true);
        content.Write("kakunin.md", TestContent.Entry("kakunin", Question, "回答Aです。"));
        content.Write("card-lost.md", TestContent.Entry("card-lost", "マイナンバーカードをなくしたときは？", "カードの停止を依頼してください。"));
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Content:Path"] = content.Path,
            ["Content:ReloadDebounce"] = "00:00:00.100",
            ["Content:RescanInterval"] = "00:00:01",
            // Four members polling every 20 ms: this test is about reloads, the limits have their own tests.
            ["RateLimits:RequestsPerAddress"] = "1000000",
            ["RateLimits:ActivitiesPerConversation"] = "1000000",
        });
        using var http = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await HealthEndpointTests.PollReadyAsync(http));

        var seen = new ConcurrentQueue<string>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var members = Enumerable.Range(0, 4).Select(m => Task.Run(() => AskUntilStoppedAsync(server, m, seen, failures, stop.Token))).ToArray();

        await WaitForAnswerAsync(seen, "回答A");

        content.Write("kakunin.md", TestContent.Entry("kakunin", Question, "回答Bです。"));
        await WaitForAnswerAsync(seen, "回答B");

        // Broken: invalid YAML in the same file. The edit is refused; the last good index keeps answering.
        content.Write("kakunin.md", "---\nid: kakunin\nquestion: [" + Question + "\naudience: member\n---\n壊れた回答Cです。\n");
        var (status, check) = await WaitForHealthAsync(http, json => json.TryGetProperty("rejected", out _));
        Assert.Equal("Degraded", status);
        Assert.Contains(check.GetProperty("rejected").EnumerateArray(),
            d => d.GetString()!.StartsWith("faq/kakunin.md:", StringComparison.Ordinal) && d.GetString()!.Contains(": error: invalid YAML", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(2)); // members keep asking on the last good index
        seen.Clear();
        await WaitForAnswerAsync(seen, "回答B");
        Assert.Contains(server.Logs.Lines, line => line.StartsWith("Error FaqBot.ContentHosting.IndexHost: " + content.Path + "/faq/kakunin.md:", StringComparison.Ordinal)
            && line.Contains(": error: invalid YAML", StringComparison.Ordinal));

        content.Write("kakunin.md", TestContent.Entry("kakunin", Question, "回答Dです。"));
        await WaitForAnswerAsync(seen, "回答D");
        (status, _) = await WaitForHealthAsync(http, json => !json.TryGetProperty("rejected", out _));
        Assert.Equal("Healthy", status);

        await stop.CancelAsync();
        await Task.WhenAll(members);
        Assert.Empty(failures);
        Assert.DoesNotContain(seen, answer => answer.Contains("壊れた", StringComparison.Ordinal));
        // Operators see the same story in /metrics: reloads that went live and the one that was refused (the exporter
        // caches a scrape briefly, so read until both show).
        var metrics = string.Empty;
        for (var i = 0; i < 50 && !(metrics.Contains("result=\"success\"", StringComparison.Ordinal)
            && metrics.Contains("result=\"rejected\"", StringComparison.Ordinal)); i++)
        {
            metrics = await http.GetStringAsync("metrics");
            await Task.Delay(200);
        }
        Assert.Contains("faqbot_content_reloads_total{", metrics);
        Assert.Contains("result=\"success\"", metrics);
        Assert.Contains("result=\"rejected\"", metrics);
    }

    // One member: one Direct Line conversation kept across every reload (a reload never resets a conversation).
    private static async Task AskUntilStoppedAsync(FaqBotServer server, int member, ConcurrentQueue<string> seen,
        ConcurrentQueue<string> failures, CancellationToken stop)
    {
        using var http = server.CreateClient();
        var directLine = new DirectLineClient(http);
        var (conversationId, token, _) = await directLine.StartAsync();
        string? watermark = null;
        int turn = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var id = await directLine.PostMessageAsync(conversationId, token, Question, $"m{member}-{turn++}");
                var deadline = DateTime.UtcNow + Within;
                string? reply = null;
                while (reply is null && DateTime.UtcNow < deadline)
                {
                    var page = await directLine.GetActivitiesAsync(conversationId, token, watermark);
                    watermark = page.GetProperty("watermark").GetString() ?? watermark;
                    foreach (var activity in page.GetProperty("activities").EnumerateArray())
                    {
                        if (activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == id
                            && activity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } answer)
                        {
                            reply = answer;
                        }
                    }
                    if (reply is null)
                    {
                        await Task.Delay(20);
                    }
                }
                if (reply is null)
                {
                    failures.Enqueue($"member {member}: no reply to {id}");
                }
                else
                {
                    seen.Enqueue(reply);
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                failures.Enqueue($"member {member}: {e.GetType().Name}: {e.Message}");
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task WaitForAnswerAsync(ConcurrentQueue<string> seen, string expected)
    {
        var deadline = DateTime.UtcNow + Within;
        while (!seen.Any(answer => answer.Contains(expected, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no answer with '{expected}' within {Within.TotalSeconds} s; seen: {string.Join(" | ", seen.Distinct().Take(5))}");
            await Task.Delay(50);
        }
    }

    // The overall readiness status and the content check's fields, once the check satisfies until.
    private static async Task<(string Status, JsonElement Content)> WaitForHealthAsync(HttpClient http, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + Within;
        while (true)
        {
            using var response = await http.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            var check = json.GetProperty("checks").GetProperty("content");
            if (until(check))
            {
                return (json.GetProperty("status").GetString()!, check);
            }
            Assert.True(DateTime.UtcNow < deadline, "health never reached the expected state: " + json);
            await Task.Delay(50);
        }
    }
}
