using System.Net;
using System.Text;
using System.Text.Json;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Channels.BotService;

/// <summary>Replies through the Connector REST API on a real loopback connector: what is retried (412, 429, 5xx) and
/// what is a terminal answer, logged once and never asked again.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
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
            ["Bot:ConnectorRetryDelay"] = "00:00:00.010",
            ["Bot:ConnectorMaxRetryDelay"] = "00:00:00.200",
        },
            services => TestBots.Use(services, _bot));
        _client = _server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string text, string? replyToId = "m-1") => _client.PostAsync("api/messages",
        new StringContent(JsonSerializer.Serialize(new
        {
            type = "message",
            id = replyToId,
            channelId = "emulator",
            serviceUrl = _connector.ServiceUrl.ToString(),
            from = new { id = "user-1" },
            recipient = new { id = "bot-1" },
            conversation = new { id = "conv-c" },
            text,
        }), Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(400, "BadArgument")]
    public async Task A_terminal_answer_is_logged_once_and_not_retried(int status, string code)
    {
        _connector.FailNext(status, errorCode: code);

        using var response = await PostAsync("090-1234-5678 に電話して");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _connector.Attempts);
        var line = Assert.Single(_server.Logs.Lines, l => l.Contains("Connector refused", StringComparison.Ordinal));
        Assert.Contains(code, line);
        Assert.Contains("not retried", line);
        Assert.DoesNotContain(_server.Logs.Lines, l => l.Contains("5678", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(429)]
    public async Task A_transient_answer_is_retried_until_it_succeeds(int status)
    {
        _connector.FailNext(status, retryAfterSeconds: status == 429 ? 0 : null);

        using var response = await PostAsync("再送してください");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: 再送してください", (await _connector.NextAsync()).Activity.Text);
        Assert.Equal(2, _connector.Attempts);
    }

    [Fact]
    public async Task An_hour_long_retry_after_is_capped_so_the_reply_still_arrives()
    {
        _connector.FailNext(429, retryAfterSeconds: 3600);

        using var response = await PostAsync("混んでいますか");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: 混んでいますか", (await _connector.NextAsync()).Activity.Text);
        Assert.Equal(2, _connector.Attempts);
    }

    [Fact]
    public async Task A_reply_to_an_activity_goes_into_its_thread_and_one_without_an_id_starts_a_new_one()
    {
        using var threaded = await PostAsync("スレッドで", replyToId: "1700000000000");
        using var fresh = await PostAsync("新しく", replyToId: null);

        Assert.Equal("/v3/conversations/conv-c/activities/1700000000000", (await _connector.NextAsync()).Path);
        Assert.Equal("/v3/conversations/conv-c/activities", (await _connector.NextAsync()).Path);
    }
}
