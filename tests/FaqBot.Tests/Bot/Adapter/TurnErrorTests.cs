using System.Net;
using System.Text;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Bot.Adapter;

/// <summary>The last-resort error handler and the typing indicator, through the real endpoint.</summary>
public sealed class TurnErrorTests
{
    private static string Message(TestConnector connector, string text) => JsonSerializer.Serialize(new
    {
        type = "message",
        id = "m-1",
        channelId = "emulator",
        serviceUrl = connector.ServiceUrl.ToString(),
        from = new { id = "user-1" },
        recipient = new { id = "bot-1" },
        conversation = new { id = "conv-e" },
        text,
    });

    [Fact]
    public async Task A_failing_bot_apologises_in_japanese_logs_no_digits_and_stays_up()
    {
        await using var connector = await TestConnector.StartAsync();
        var reset = new RecordingReset();
        await using var server = await FaqBotServer.StartAsync(configureServices: services =>
        {
            TestBots.Use(services, new ThrowingBot());
            services.AddSingleton<IConversationReset>(reset);
        });
        using var client = server.CreateClient();

        using var first = await client.PostAsync("api/messages",
            new StringContent(Message(connector, "マイナンバーは123456789012です"), Encoding.UTF8, "application/json"));
        using var second = await client.PostAsync("api/messages",
            new StringContent(Message(connector, "もう一度"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var apology = (await connector.NextAsync()).Activity;
        Assert.StartsWith("申し訳ありません。", apology.Text);
        Assert.Equal("m-1", apology.ReplyToId);
        Assert.Equal("conv-e", reset.Conversations.First());
        Assert.Contains(server.Logs.Lines, line => line.Contains("InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("123456789012", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, line => line.Contains("3456789012", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        await using var connector = await TestConnector.StartAsync();
        var bot = new SlowBot();
        await using var server = await FaqBotServer.StartAsync(
            new Dictionary<string, string?> { ["Bot:TypingDelay"] = "00:00:00.050" },
            services => TestBots.Use(services, bot));
        using var client = server.CreateClient();

        var post = client.PostAsync("api/messages", new StringContent(Message(connector, "遅い質問"), Encoding.UTF8, "application/json"));
        var typing = await connector.NextAsync();
        bot.Release.SetResult();
        using var response = await post;
        var answer = await connector.NextAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("typing", typing.Activity.Type);
        Assert.Equal("conv-e", typing.Activity.Conversation?.Id);
        Assert.Equal("done", answer.Activity.Text);
        Assert.Empty(connector.Drain());
    }

    private sealed class RecordingReset : IConversationReset
    {
        public List<string> Conversations { get; } = [];

        public Task ResetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
        {
            Conversations.Add(conversationId);
            return Task.CompletedTask;
        }
    }
}
