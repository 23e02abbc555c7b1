using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.Tests.TestHosting;
using StackExchange.Redis;

namespace FaqBot.Tests.State;

/// <summary>Two real FaqBot instances on one real redis-server share Direct Line conversations: the token comes from
/// A, the message is posted to B, and the reply arrives on A's WebSocket; nothing the member typed is kept unredacted.</summary>
public sealed class DirectLineAcrossInstancesTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private FaqBotServer _a = null!;
    private FaqBotServer _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        (_a, _b) = await RedisTestSettings.StartTwoInstancesAsync(_redis);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_message_posted_to_b_is_answered_on_a_websocket_held_by_a()
    {
        using var httpA = _a.CreateClient();
        using var httpB = _b.CreateClient();
        var (conversationId, token, streamUrl) = await new DirectLineClient(httpA).StartAsync();

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var welcome = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "bot");
        Assert.Contains("マイナ保険証", welcome.GetProperty("text").GetString());

        await new DirectLineClient(httpB).PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか", "from-b");
        var echo = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal("from-b", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var reply = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "bot"
            && a.GetProperty("replyToId").GetString() == echo.GetProperty("id").GetString());
        Assert.Contains("資格確認書", reply.GetProperty("text").GetString());

        // Polling either instance gives the same transcript and watermark.
        var fromA = await new DirectLineClient(httpA).GetActivitiesAsync(conversationId, token);
        var fromB = await new DirectLineClient(httpB).GetActivitiesAsync(conversationId, token);
        Assert.Equal(fromA.GetProperty("watermark").GetString(), fromB.GetProperty("watermark").GetString());
        Assert.Equal(fromA.GetProperty("activities").GetArrayLength(), fromB.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Messages_posted_to_b_reach_a_websocket_held_by_a_each_followed_by_its_answer_in_order()
    {
        using var httpA = _a.CreateClient();
        using var httpB = _b.CreateClient();
        var (conversationId, token, streamUrl) = await new DirectLineClient(httpA).StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var welcome = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "bot");

        var posted = new List<string>();
        foreach (var (text, clientId) in new[] { ("資格確認書の有効期限はいつまでですか", "order-1"), ("マイナ保険証を落としました", "order-2") })
        {
            posted.Add(await new DirectLineClient(httpB).PostMessageAsync(conversationId, token, text, clientId));
        }

        // Everything after the welcome, as Web Chat receives it: member, answer, member, answer, numbered one after another.
        var seen = new List<System.Text.Json.JsonElement>();
        while (seen.Count(a => a.GetProperty("from").GetProperty("role").GetString() == "bot") < 2)
        {
            seen.Add(await WebSocketActivities.ReceiveUntilAsync(socket, _ => true));
        }
        Assert.Equal(["user", "bot", "user", "bot"], seen.Select(a => a.GetProperty("from").GetProperty("role").GetString()));
        Assert.Equal(posted, [seen[0].GetProperty("id").GetString()!, seen[2].GetProperty("id").GetString()!]);
        Assert.Equal(["order-1", "order-2"], new[] { seen[0], seen[2] }.Select(a => a.GetProperty("channelData").GetProperty("clientActivityID").GetString()));
        Assert.Equal(posted, [seen[1].GetProperty("replyToId").GetString()!, seen[3].GetProperty("replyToId").GetString()!]);
        var sequence = new[] { welcome }.Concat(seen).Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1])).ToList();
        Assert.Equal(Enumerable.Range((int)sequence[0], 5).Select(n => (long)n), sequence);
    }

    [Fact]
    public async Task A_token_from_a_is_accepted_by_b_and_a_conversation_started_on_a_reconnects_on_b()
    {
        using var httpA = _a.CreateClient();
        using var httpB = _b.CreateClient();
        var (conversationId, token, _) = await new DirectLineClient(httpA).StartAsync();

        using var reconnect = await new DirectLineClient(httpB).SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{conversationId}?watermark=0", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var body = JsonDocument.Parse(await reconnect.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith($"ws://{_b.BaseAddress.Authority}/", body.GetProperty("streamUrl").GetString());
    }

    [Fact]
    public async Task The_member_text_in_the_shared_transcript_is_redacted()
    {
        using var httpA = _a.CreateClient();
        var client = new DirectLineClient(httpA);
        var (conversationId, token, _) = await client.StartAsync();
        await client.PostMessageAsync(conversationId, token, "マイナンバーは 1234 5678 9012 です。電話は 090-1234-5678");

        var dump = await RedisContents.DumpAsync(_redis.ConnectionString);
        Assert.Contains(conversationId, dump);
        Assert.DoesNotContain("9012", dump);
        Assert.DoesNotContain("5678", dump);
        // The bot's own numbers (the helpdesk's) are not member text and stay as they are.
        var page = await client.GetActivitiesAsync(conversationId, token);
        Assert.DoesNotContain("9012", page.GetRawText());
    }

    [Fact]
    public async Task A_member_posting_into_a_conversation_redis_no_longer_holds_gets_it_started_again_and_answered()
    {
        using var httpB = _b.CreateClient();
        var client = new DirectLineClient(httpB);
        var (conversationId, token, _) = await client.StartAsync();
        // As if it had expired: the member's token is still valid, but Redis holds nothing of the conversation.
        var keys = (await RedisContents.KeysAsync(_redis.ConnectionString)).Where(k => k.Contains(conversationId, StringComparison.Ordinal));
        using (var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString))
        {
            await connection.GetDatabase().KeyDeleteAsync(keys.Select(k => (RedisKey)k).ToArray());
        }

        using var post = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            """{"type":"message","text":"資格確認書","from":{"id":"m","role":"user"}}""");

        // Not 404 (Web Chat would stop for good) nor 503: the valid token starts the conversation again, and the answer
        // is in its transcript.
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var page = await client.GetActivitiesAsync(conversationId, token);
        Assert.Contains(page.GetProperty("activities").EnumerateArray(),
            a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task With_redis_killed_a_member_on_one_instance_still_gets_answers_and_the_chat_goes_on_when_it_is_back()
    {
        using var httpA = _a.CreateClient();
        var client = new DirectLineClient(httpA);
        var (conversationId, token, streamUrl) = await client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "bot");

        await _redis.KillAsync();
        var during = await client.PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか", "down-1");
        var answer = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.TryGetProperty("replyToId", out var reply)
            && reply.GetString() == during);
        Assert.Contains("資格確認書", answer.GetProperty("text").GetString());
        // Polling the same instance sees the answer too, and a new member can start a chat there.
        var polled = await client.GetActivitiesAsync(conversationId, token);
        Assert.Contains(during, polled.GetRawText());
        var (other, otherToken, _) = await client.StartAsync();
        await client.PostMessageAsync(other, otherToken, "マイナ保険証");

        // The restarted Redis is empty (no persistence in the test): the chat continues there, on the same socket.
        await _redis.RestartAsync();
        await BotConversationAcrossInstancesTests.WaitReadyAsync(_a);
        var after = await client.PostMessageAsync(conversationId, token, "マイナ保険証を落としました", "up-1");
        var next = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.TryGetProperty("replyToId", out var reply)
            && reply.GetString() == after);
        Assert.False(string.IsNullOrEmpty(next.GetProperty("text").GetString()));
        Assert.Contains(conversationId, await RedisContents.DumpAsync(_redis.ConnectionString));

        // One line when the outage starts and one when it ends, not one per request.
        Assert.Single(_a.Logs.Lines, l => l.Contains("Shared state (Redis) is unreachable", StringComparison.Ordinal));
        Assert.Single(_a.Logs.Lines, l => l.Contains("Shared state (Redis) is reachable again", StringComparison.Ordinal));
    }
}
