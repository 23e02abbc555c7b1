using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Operations;

/// <summary>The rate limits on a real Kestrel behind a configured proxy (127.0.0.1, as haproxy on the same host would
/// be): one address flooding conversation starts is stopped with 429 + Retry-After, and neither that flood nor one
/// spread over many addresses costs a member their live conversation.</summary>
public sealed class TrafficLimitTests : IAsyncLifetime
{
    private FaqBotServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "127.0.0.1",
            ["RateLimits:ConversationsPerAddress"] = "10",
            ["RateLimits:ActivitiesPerConversation"] = "5",
            ["RateLimits:RequestsPerAddress"] = "100000",
            ["DirectLine:MaxConversations"] = "50",
        }, services => TestBots.Use(services, new EchoBot()));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private HttpClient ClientFrom(string address)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    [Fact]
    public async Task One_address_flooding_conversation_starts_gets_429_and_the_members_conversation_lives_on()
    {
        using var memberHttp = ClientFrom("203.0.113.7");
        var member = new DirectLineClient(memberHttp);
        var (conversationId, token, _) = await member.StartAsync();
        await member.PostMessageAsync(conversationId, token, "資格確認書", "m-1");

        using var attacker = ClientFrom("198.51.100.9");
        var statuses = await Task.WhenAll(Enumerable.Range(0, 2000).Select(async _ =>
        {
            using var response = await attacker.PostAsync("api/webchat/token", null);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            return response.StatusCode;
        }));

        Assert.InRange(statuses.Count(s => s == HttpStatusCode.OK), 1, 12);
        Assert.Equal(2000, statuses.Count(s => s is HttpStatusCode.OK or HttpStatusCode.TooManyRequests));
        await member.PostMessageAsync(conversationId, token, "マイナ保険証", "m-2");
        var page = await member.GetActivitiesAsync(conversationId, token);
        Assert.Contains("echo: マイナ保険証", page.GetRawText());
    }

    [Fact]
    public async Task A_flood_over_many_addresses_fills_the_store_but_never_evicts_a_conversation_a_member_spoke_in()
    {
        using var memberHttp = ClientFrom("203.0.113.8");
        var member = new DirectLineClient(memberHttp);
        var (conversationId, token, _) = await member.StartAsync();
        await member.PostMessageAsync(conversationId, token, "資格確認書", "m-1");

        for (var i = 0; i < 300; i++)
        {
            using var bot = ClientFrom($"10.{i / 250}.{i % 250}.1");
            var page = await new DirectLineClient(bot).GetPageTokenAsync();
            using var start = await new DirectLineClient(bot).SendAsync(HttpMethod.Post, "v3/directline/conversations",
                page.GetProperty("token").GetString(), "{}");
            Assert.True(start.StatusCode is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{start.StatusCode}");
        }

        await member.PostMessageAsync(conversationId, token, "マイナ保険証", "m-2");
        var activities = await member.GetActivitiesAsync(conversationId, token);
        Assert.Contains("echo: 資格確認書", activities.GetRawText());
    }

    [Fact]
    public async Task A_member_who_opened_the_chat_but_has_not_typed_keeps_it_through_a_flood_over_many_addresses()
    {
        using var memberHttp = ClientFrom("203.0.113.11");
        var member = new DirectLineClient(memberHttp);
        var (conversationId, token, streamUrl) = await member.StartAsync();
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        // Six times the store's cap, each from its own address: the flood's conversations replace each other.
        for (var i = 0; i < 300; i++)
        {
            using var bot = ClientFrom($"10.{100 + i / 250}.{i % 250}.1");
            var page = await new DirectLineClient(bot).GetPageTokenAsync();
            using var start = await new DirectLineClient(bot).SendAsync(HttpMethod.Post, "v3/directline/conversations",
                page.GetProperty("token").GetString(), "{}");
            Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        }

        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, socket.State);
        await member.PostMessageAsync(conversationId, token, "はじめての質問です", "m-first");
        var activities = await member.GetActivitiesAsync(conversationId, token);
        Assert.Contains("echo: はじめての質問です", activities.GetRawText());
    }

    [Fact]
    public async Task One_conversation_posting_too_fast_gets_429_with_retry_after()
    {
        using var http = ClientFrom("203.0.113.9");
        var client = new DirectLineClient(http);
        var (conversationId, token, _) = await client.StartAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities",
                token, $"{{\"type\":\"message\",\"text\":\"質問{i}\",\"from\":{{\"id\":\"m\",\"role\":\"user\"}}}}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task A_conversation_that_met_its_limit_may_post_again_once_the_bucket_has_refilled()
    {
        // Two activities per two seconds: one token back every second, refilled by the partitioned limiter itself.
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:Window"] = "00:00:02",
            ["RateLimits:ActivitiesPerConversation"] = "2",
        }, services => TestBots.Use(services, new EchoBot()));
        using var http = server.CreateClient();
        var client = new DirectLineClient(http);
        var (conversationId, token, _) = await client.StartAsync();
        async Task<HttpStatusCode> PostAsync(string text)
        {
            using var response = await client.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities",
                token, $"{{\"type\":\"message\",\"text\":\"{text}\",\"from\":{{\"id\":\"m\",\"role\":\"user\"}}}}");
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await PostAsync("一つめ"));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("二つめ"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync("三つめ"));

        // Far more than the one second a token takes, so a busy machine cannot make this fail.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("待ってから"));
        var page = await client.GetActivitiesAsync(conversationId, token);
        Assert.Contains("echo: 待ってから", page.GetRawText());
    }

    [Fact]
    public async Task Probes_and_the_bot_endpoint_are_not_limited_per_address()
    {
        using var http = ClientFrom("198.51.100.10");
        for (var i = 0; i < 50; i++)
        {
            using var live = await http.GetAsync("health/live");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
    }
}

/// <summary>Without a configured proxy, X-Forwarded-For is not believed: spoofed addresses do not buy fresh limits.</summary>
public sealed class UntrustedForwardedForTests
{
    [Fact]
    public async Task Forwarded_addresses_from_an_unlisted_peer_are_ignored()
    {
        await using var server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:ConversationsPerAddress"] = "5",
        }, services => TestBots.Use(services, new EchoBot()));
        using var http = server.CreateClient();
        var accepted = 0;
        for (var i = 0; i < 20; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "api/webchat/token");
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            using var response = await http.SendAsync(request);
            accepted += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }
        Assert.InRange(accepted, 5, 6);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "not-an-address", "Proxy:KnownProxies")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/99", "Proxy:KnownNetworks")]
    [InlineData("RateLimits:ConversationsPerAddress", "0", "RateLimits:ConversationsPerAddress")]
    [InlineData("RateLimits:Window", "00:00:00", "RateLimits:Window")]
    public async Task Broken_limit_settings_stop_the_start_naming_the_key(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            FaqBotServer.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(named, error.Message);
    }
}
