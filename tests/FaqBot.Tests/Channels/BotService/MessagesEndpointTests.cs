using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.BotService;

/// <summary>POST /api/messages on a real Kestrel, replies captured by a real loopback connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private TestConnector _connector = null!;
    private FaqBotServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await TestConnector.StartAsync();
        _server = await FaqBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:MaxRequestBodyBytes"] = "65536",
            ["Bot:MaxTextLength"] = "500",
            ["Bot:ConnectorRetryDelay"] = "00:00:00.010",
        }, services => TestBots.Use(services, _bot));
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string MessageJson(string text, string id = "act-1", string conversation = "conv-1") => JsonSerializer.Serialize(new
    {
        type = "message",
        id,
        channelId = "emulator",
        serviceUrl = _connector.ServiceUrl.ToString(),
        from = new { id = "user-1", name = "会員", role = "user" },
        recipient = new { id = "bot-1", name = "FaqBot", role = "bot" },
        conversation = new { id = conversation },
        locale = "ja-JP",
        text,
        channelData = new { clientActivityID = "c-1", nested = new { keep = true } },
        futureField = new { survives = 1 },
    });

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync("api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

    [Fact]
    public async Task A_message_is_answered_through_the_connector_as_a_reply()
    {
        using var response = await PostAsync(MessageJson("マイナ保険証とは", conversation: "a:b/c d"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.NextAsync();
        Assert.Equal("/v3/conversations/a:b%2Fc%20d/activities/act-1", call.Path);
        Assert.Equal(string.Empty, call.Authorization);
        var reply = call.Activity;
        Assert.Equal("message", reply.Type);
        Assert.Equal("echo: マイナ保険証とは", reply.Text);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("a:b/c d", reply.Conversation?.Id);
        Assert.Equal("bot-1", reply.From?.Id);
        Assert.Equal("user-1", reply.Recipient?.Id);
        Assert.Equal("ja-JP", reply.Locale);
    }

    [Fact]
    public async Task Unknown_fields_and_channel_data_reach_the_bot_intact()
    {
        using var response = await PostAsync(MessageJson("こんにちは"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = _bot.LastActivity!;
        Assert.Equal("c-1", seen.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.True(seen.ChannelData!.Value.GetProperty("nested").GetProperty("keep").GetBoolean());
        Assert.Equal(1, seen.Properties!["futureField"].GetProperty("survives").GetInt32());
        var roundTrip = Encoding.UTF8.GetString(SchemaJson.Serialize(seen));
        Assert.Contains("\"futureField\":{\"survives\":1}", roundTrip);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"\\ud800\"")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        using var response = await _client.PostAsync("api/messages", new ByteArrayContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("type", "'type'")]
    [InlineData("conversation", "'conversation.id'")]
    [InlineData("serviceUrl", "'serviceUrl'")]
    public async Task A_message_missing_a_required_field_is_a_400_naming_it(string field, string named)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(MessageJson("hi"))!.AsObject();
        node.Remove(field);

        using var response = await PostAsync(node.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _bot.Turns);
    }

    [Theory]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative")]
    [InlineData("javascript:alert(1)")]
    public async Task A_service_url_that_is_not_http_is_refused(string serviceUrl)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(MessageJson("hi"))!.AsObject();
        node["serviceUrl"] = serviceUrl;

        using var response = await PostAsync(node.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored()
    {
        using var response = await PostAsync("{\"type\":\"somethingNew\",\"whatever\":[1,2]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _bot.Turns);
        Assert.Equal(0, _connector.Attempts);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_declared_or_streamed()
    {
        var huge = MessageJson(new string('あ', 40_000));
        using var declared = await PostAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = streamed };
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task Text_over_the_limit_is_cut_before_the_bot_sees_it()
    {
        // 499 ASCII characters then a surrogate pair: the cut must not leave half of it.
        var text = new string('x', 499) + "𠮷" + new string('y', 5000);

        using var response = await PostAsync(MessageJson(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new string('x', 499), _bot.LastActivity!.Text);
    }

    [Fact]
    public async Task Hostile_nesting_is_refused_without_harm()
    {
        var deep = new StringBuilder("{\"type\":\"message\",\"channelData\":");
        deep.Insert(deep.Length, "[", 5000).Insert(deep.Length, "]", 5000).Append('}');

        using var response = await PostAsync(deep.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var next = await PostAsync(MessageJson("まだ動いていますか"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Connector_throttling_is_retried_honouring_retry_after()
    {
        _connector.FailNext(429, retryAfterSeconds: 0);
        _connector.FailNext(503);

        using var response = await PostAsync(MessageJson("再送"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.NextAsync();
        Assert.Equal("echo: 再送", call.Activity.Text);
        Assert.Equal(3, _connector.Attempts);
    }

    [Fact]
    public async Task A_connector_that_always_fails_loses_the_reply_but_not_the_service()
    {
        _connector.AlwaysFail = true;
        using var response = await PostAsync(MessageJson("電話番号は090-1234-5678です"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, _connector.Attempts);

        _connector.AlwaysFail = false;
        using var next = await PostAsync(MessageJson("もう一度", id: "act-2"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("echo: もう一度", (await _connector.NextAsync()).Activity.Text);
        Assert.DoesNotContain(_server.Logs.Lines, line => line.Contains("5678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bot_runs_for_conversation_update_too()
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "conversationUpdate",
            id = "cu-1",
            serviceUrl = _connector.ServiceUrl.ToString(),
            channelId = "emulator",
            conversation = new { id = "conv-9" },
            recipient = new { id = "bot-1" },
            membersAdded = new[] { new { id = "bot-1" }, new { id = "user-1" } },
        });

        using var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("welcome", (await _connector.NextAsync()).Activity.Text);
    }
}
