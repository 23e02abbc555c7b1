using System.Net;
using System.Text;
using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.Bot.Adapter;

/// <summary>The adapter's seams through the real /api/messages endpoint: middleware registered in DI runs before the
/// bot and may hook sends or answer the turn itself; an invoke's answer is the HTTP response.</summary>
public sealed class BotAdapterTests
{
    private static StringContent Activity(TestConnector connector, string type, string? text = null, string? name = null) =>
        new(JsonSerializer.Serialize(new
        {
            type,
            id = "a-1",
            name,
            channelId = "emulator",
            serviceUrl = connector.ServiceUrl.ToString(),
            from = new { id = "user-1" },
            recipient = new { id = "bot-1" },
            conversation = new { id = "conv-m" },
            text,
        }), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Middleware_runs_in_order_before_the_bot_and_can_change_what_is_sent()
    {
        await using var connector = await TestConnector.StartAsync();
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(configureServices: services =>
        {
            TestBots.Use(services, bot);
            services.AddSingleton<IBotMiddleware>(new TextMiddleware("[1]"));
            services.AddSingleton<IBotMiddleware>(new TextMiddleware("[2]"));
        });
        using var client = server.CreateClient();

        using var response = await client.PostAsync("api/messages", Activity(connector, "message", "こんにちは"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("こんにちは [1] [2]", bot.LastActivity!.Text);          // inbound: registration order
        Assert.Equal("echo: こんにちは [1] [2] <2> <1>", (await connector.NextAsync()).Activity.Text); // sends: unwound
    }

    [Fact]
    public async Task A_middleware_may_answer_without_the_bot()
    {
        await using var connector = await TestConnector.StartAsync();
        var bot = new EchoBot();
        await using var server = await FaqBotServer.StartAsync(configureServices: services =>
        {
            TestBots.Use(services, bot);
            services.AddSingleton<IBotMiddleware>(new ShortCircuit());
        });
        using var client = server.CreateClient();

        using var response = await client.PostAsync("api/messages", Activity(connector, "message", "止めて"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, bot.Turns);
        Assert.Equal("middleware", (await connector.NextAsync()).Activity.Text);
    }

    [Fact]
    public async Task An_invoke_is_answered_in_the_http_response()
    {
        await using var connector = await TestConnector.StartAsync();
        await using var server = await FaqBotServer.StartAsync(configureServices: services => TestBots.Use(services, new InvokeBot()));
        using var client = server.CreateClient();

        using var answered = await client.PostAsync("api/messages", Activity(connector, "invoke", name: "message/submitAction"));
        using var unknown = await client.PostAsync("api/messages", Activity(connector, "invoke", name: "something/new"));

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("{\"ok\":true}", await answered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Empty(connector.Drain()); // an invoke response is not a message in the conversation
    }

    [Fact]
    public async Task A_failing_invoke_is_apologised_for_and_never_a_500()
    {
        await using var connector = await TestConnector.StartAsync();
        await using var server = await FaqBotServer.StartAsync(configureServices: services => TestBots.Use(services, new ThrowingBot()));
        using var client = server.CreateClient();

        using var response = await client.PostAsync("api/messages", Activity(connector, "invoke", name: "adaptiveCard/action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("申し訳ありません。", (await connector.NextAsync()).Activity.Text);
    }

    private sealed class TextMiddleware(string mark) : IBotMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turn, NextTurn next, CancellationToken cancellationToken)
        {
            turn.Activity.Text += " " + mark;
            turn.OnSendActivity(async (_, activity, send, _) =>
            {
                activity.Text += " " + mark.Replace('[', '<').Replace(']', '>');
                return await send();
            });
            await next(cancellationToken);
        }
    }

    private sealed class ShortCircuit : IBotMiddleware
    {
        public Task OnTurnAsync(ITurnContext turn, NextTurn next, CancellationToken cancellationToken) =>
            turn.SendActivityAsync(turn.Activity.CreateReply("middleware"), cancellationToken);
    }

    private sealed class InvokeBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            turn.Activity.Name == "message/submitAction"
                ? turn.SendActivityAsync(new FaqBot.Bot.Schema.Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(new { status = 200, body = new { ok = true } }),
                }, cancellationToken)
                : Task.CompletedTask;
    }
}
