using System.Net;
using System.Text;
using System.Text.Json;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.State;

/// <summary>Two real FaqBot instances on one real redis-server: a Bot Framework conversation whose turns alternate
/// between them keeps every turn, survives Redis being killed and restarted, and leaves no member text in Redis.</summary>
public sealed class BotConversationAcrossInstancesTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private TestConnector _connector = null!;
    private FaqBotServer _a = null!;
    private FaqBotServer _b = null!;
    private int _activity;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _connector = await TestConnector.StartAsync();
        _a = await FaqBotServer.StartAsync(RedisTestSettings.For(_redis.ConnectionString));
        _b = await FaqBotServer.StartAsync(RedisTestSettings.For(_redis.ConnectionString));
        await WaitReadyAsync(_a);
        await WaitReadyAsync(_b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_checklist_alternating_between_two_instances_loses_no_turn()
    {
        var conversation = "alternating-" + Guid.NewGuid().ToString("N");
        Assert.Contains("STEP1", await AskAsync(_a, conversation, "マイナ保険証への切り替えチェック"));
        Assert.Contains("STEP2", await AskAsync(_b, conversation, "はい"));
        Assert.Contains("STEP3", await AskAsync(_a, conversation, "はい"));
        Assert.Contains("3つとも確認できました", await AskAsync(_b, conversation, "はい"));
    }

    [Fact]
    public async Task Concurrent_turns_of_one_conversation_on_both_instances_are_both_kept()
    {
        var conversation = "racing-" + Guid.NewGuid().ToString("N");
        await AskAsync(_a, conversation, "マイナ保険証への切り替えチェック");
        _connector.Drain();
        // Two answers at once, one per instance: the version check makes one rerun on the other's state, so the
        // checklist advances two steps, not one.
        await Task.WhenAll(PostAsync(_a, conversation, "はい"), PostAsync(_b, conversation, "はい"));
        var replies = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            replies.Add((await _connector.NextAsync()).Activity.Text ?? string.Empty);
        }
        Assert.Single(replies, text => text.Contains("STEP2", StringComparison.Ordinal));
        Assert.Single(replies, text => text.Contains("STEP3", StringComparison.Ordinal));
        Assert.Contains("3つとも確認できました", await AskAsync(_b, conversation, "はい"));
    }

    [Fact]
    public async Task Redis_killed_mid_conversation_still_answers_questions_logs_once_and_recovers()
    {
        var conversation = "outage-" + Guid.NewGuid().ToString("N");
        Assert.Contains("STEP1", await AskAsync(_a, conversation, "マイナ保険証への切り替えチェック"));
        await _redis.KillAsync();

        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("資格確認書", await AskAsync(i % 2 == 0 ? _a : _b, conversation, "資格確認書の有効期限はいつまでですか"));
        }
        using (var client = _a.CreateClient())
        using (var ready = await client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        Assert.Single(_a.Logs.Lines, line => line.Contains("Shared state (Redis) is unreachable", StringComparison.Ordinal));

        await _redis.RestartAsync();
        await WaitReadyAsync(_a);
        await WaitReadyAsync(_b);
        var fresh = "after-outage-" + Guid.NewGuid().ToString("N");
        Assert.Contains("STEP1", await AskAsync(_b, fresh, "マイナ保険証への切り替えチェック"));
        Assert.Contains("STEP2", await AskAsync(_a, fresh, "はい"));
        Assert.Single(_a.Logs.Lines, line => line.Contains("Shared state (Redis) is unreachable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_my_number_typed_by_a_member_never_reaches_redis()
    {
        var conversation = "personal-" + Guid.NewGuid().ToString("N");
        await AskAsync(_a, conversation, "マイナンバー 1234 5678 9012 と電話 090-1234-5678 で何かできますか");
        await AskAsync(_b, conversation, "ぱぴぷぺぽ 1234 5678 9012");

        var dump = await RedisContents.DumpAsync(_redis.ConnectionString);
        Assert.NotEmpty(dump);
        Assert.DoesNotContain("9012", dump);
        Assert.DoesNotContain("5678", dump);
    }

    private async Task<string> AskAsync(FaqBotServer server, string conversation, string text)
    {
        _connector.Drain();
        await PostAsync(server, conversation, text);
        var reply = await _connector.NextAsync();
        // Collect the whole turn's replies (an answer can come as more than one activity).
        await Task.Delay(100);
        var all = new StringBuilder(reply.Activity.Text);
        foreach (var more in _connector.Drain())
        {
            all.Append('\n').Append(more.Activity.Text);
        }
        return all.ToString();
    }

    private async Task PostAsync(FaqBotServer server, string conversation, string text)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            id = "act-" + Interlocked.Increment(ref _activity),
            channelId = "emulator",
            serviceUrl = _connector.ServiceUrl.ToString(),
            from = new { id = "member-1", name = "会員", role = "user" },
            recipient = new { id = "bot-1", name = "FaqBot", role = "bot" },
            conversation = new { id = conversation },
            locale = "ja-JP",
            text,
        });
        using var client = server.CreateClient();
        using var response = await client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages: {(int)response.StatusCode}");
    }

    internal static async Task WaitReadyAsync(FaqBotServer server)
    {
        using var client = server.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await client.GetAsync("health/ready");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the instance did not become ready");
            await Task.Delay(100);
        }
    }
}
