using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using FaqBot.Tests.TestHosting;
using StackExchange.Redis;

namespace FaqBot.Tests.State;

/// <summary>The Redis setting OPERATIONS.md recommends against floods, on a real redis-server: with a memory ceiling and
/// <c>maxmemory-policy volatile-lru</c>, a flood of conversations from many addresses makes Redis evict, and what it
/// evicts is the flood's unused conversations, never the member's who keeps chatting.</summary>
public sealed class RedisMemoryCeilingTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private FaqBotServer _server = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var settings = RedisTestSettings.For(_redis.ConnectionString);
        settings["Proxy:KnownProxies:0"] = "127.0.0.1";
        _server = await FaqBotServer.StartAsync(settings);
        await BotConversationAcrossInstancesTests.WaitReadyAsync(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Under_volatile_lru_a_flood_over_many_addresses_evicts_the_floods_conversations_not_the_members()
    {
        using var admin = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString + ",allowAdmin=true");
        var redisServer = admin.GetServer(admin.GetEndPoints()[0]);
        var used = long.Parse((await redisServer.InfoAsync("memory")).SelectMany(g => g).First(p => p.Key == "used_memory").Value);
        await redisServer.ConfigSetAsync("maxmemory-policy", "volatile-lru");
        await redisServer.ConfigSetAsync("maxmemory", (used + 1_500_000).ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var memberHttp = _server.CreateClient();
        memberHttp.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var member = new DirectLineClient(memberHttp);
        var (conversationId, token, streamUrl) = await member.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        using var flood = _server.CreateClient();
        var refused = 0;
        for (var round = 0; round < 10; round++)
        {
            var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => OpenAsync(flood, $"10.9.{round}.{i + 1}")));
            refused += statuses.Count(s => s != HttpStatusCode.Created);
            // The member keeps chatting during the flood: each turn reads and writes their conversation.
            var asked = await member.PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか", $"m-{round}");
            await ReceiveReplyAsync(socket, asked);
        }

        var evicted = long.Parse((await redisServer.InfoAsync("stats")).SelectMany(g => g).First(p => p.Key == "evicted_keys").Value);
        Assert.True(evicted > 0, "the flood should have reached the memory ceiling");
        Assert.Equal(0, refused);
        var last = await member.PostMessageAsync(conversationId, token, "マイナ保険証を落としました", "m-last");
        await ReceiveReplyAsync(socket, last);
        // The member's conversation and its transcript are whole; the flood's are what went.
        var db = admin.GetDatabase();
        Assert.True(await db.KeyExistsAsync($"faqbot:dl:{{{conversationId}}}"));
        Assert.True(await db.KeyExistsAsync($"faqbot:dl:{{{conversationId}}}:log"));
        var page = await member.GetActivitiesAsync(conversationId, token);
        // An empty page is what a failed read answers; the server's log says why.
        Assert.True(page.GetRawText().Contains("m-last", StringComparison.Ordinal),
            page.GetRawText() + Environment.NewLine + string.Join(Environment.NewLine, _server.Logs.Lines));
        Assert.Contains("m-9", page.GetRawText());
    }

    private static async Task<HttpStatusCode> OpenAsync(HttpClient http, string address)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
        tokenRequest.Headers.Add("X-Forwarded-For", address);
        using var tokenResponse = await http.SendAsync(tokenRequest);
        if (tokenResponse.StatusCode != HttpStatusCode.OK)
        {
            return tokenResponse.StatusCode;
        }
        var pageToken = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        start.Headers.Add("X-Forwarded-For", address);
        start.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", pageToken);
        using var response = await http.SendAsync(start);
        return response.StatusCode;
    }

    private static Task ReceiveReplyAsync(ClientWebSocket socket, string activityId) =>
        WebSocketActivities.ReceiveUntilAsync(socket, a => a.TryGetProperty("replyToId", out var reply) && reply.GetString() == activityId);
}
