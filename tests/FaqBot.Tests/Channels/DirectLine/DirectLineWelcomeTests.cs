using System.Text.Json;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Schema;
using FaqBot.Tests.TestHosting;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.DirectLine;

/// <summary>Each conversation reads the welcome it was greeted with, with its own ids, watermark and timestamp, on a
/// real Kestrel, although the in-memory store holds one copy of a welcome that many conversations share.</summary>
public sealed class DirectLineWelcomeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ChangingWelcomeBot _bot = new();
    private FaqBotServer _server = null!;
    private HttpClient _http = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FaqBotServer.StartAsync(new Dictionary<string, string?>(), services =>
        {
            TestBots.Use(services, _bot);
            services.AddSingleton<TimeProvider>(_clock);
        });
        _http = _server.CreateClient();
        _client = new DirectLineClient(_http);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_conversation_reads_the_welcome_it_started_with_after_the_welcome_changed_for_new_ones()
    {
        _bot.Welcome = "ようこそ（旧）";
        var old = await StartAsync();
        // What a content reload does to the welcome: conversations started from now on get the new one.
        _bot.Welcome = "ようこそ（新）";
        _clock.Advance(TimeSpan.FromMinutes(5));
        var first = await StartAsync();
        _clock.Advance(TimeSpan.FromSeconds(1.25));
        var second = await StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));

        AssertWelcome(await ReadAsync(old), old, "ようこそ（旧）", Start);
        AssertWelcome(await ReadAsync(first), first, "ようこそ（新）", Start.AddMinutes(5));
        AssertWelcome(await ReadAsync(second), second, "ようこそ（新）", Start.AddMinutes(5).AddSeconds(1.25));
    }

    [Fact]
    public async Task After_a_shared_welcome_the_member_and_the_answer_follow_with_the_next_ids_and_watermarks()
    {
        var a = await StartAsync();
        var b = await StartAsync();

        var id = await _client.PostMessageAsync(b.ConversationId, b.Token, "資格確認書 " + a.ConversationId);

        Assert.Equal(b.ConversationId + "|0000002", id);
        var page = await _client.GetActivitiesAsync(b.ConversationId, b.Token, "1");
        Assert.Equal("3", page.GetProperty("watermark").GetString());
        var activities = page.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        // Another conversation's id in the member's text stays as typed.
        Assert.Equal("資格確認書 " + a.ConversationId, activities[0].GetProperty("text").GetString());
        Assert.Equal(b.ConversationId + "|0000003", activities[1].GetProperty("id").GetString());
        Assert.Equal(id, activities[1].GetProperty("replyToId").GetString());
        AssertWelcome(await ReadAsync(a), a, "welcome", Start);
    }

    private static void AssertWelcome(JsonElement page, Started conversation, string text, DateTimeOffset timestamp)
    {
        Assert.Equal("1", page.GetProperty("watermark").GetString());
        var welcome = Assert.Single(page.GetProperty("activities").EnumerateArray().ToList());
        Assert.Equal(text, welcome.GetProperty("text").GetString());
        Assert.Equal(conversation.ConversationId + "|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal(conversation.ConversationId, welcome.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal(conversation.ConversationId + "|start", welcome.GetProperty("replyToId").GetString());
        Assert.Equal(conversation.UserId, welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(timestamp, welcome.GetProperty("timestamp").GetDateTimeOffset());
    }

    private async Task<Started> StartAsync()
    {
        var page = await _client.GetPageTokenAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, "v3/directline/conversations", page.GetProperty("token").GetString(), "{}");
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new Started(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!,
            page.GetProperty("userId").GetString()!);
    }

    private Task<JsonElement> ReadAsync(Started conversation) => _client.GetActivitiesAsync(conversation.ConversationId, conversation.Token);

    private sealed record Started(string ConversationId, string Token, string UserId);

    /// <summary>Welcomes with whatever <see cref="Welcome"/> says at the time, as the dialog would after a reload.</summary>
    private sealed class ChangingWelcomeBot : IBot
    {
        public volatile string Welcome = "welcome";

        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (turn.Activity.Type == ActivityTypes.ConversationUpdate)
            {
                await turn.SendActivityAsync(turn.Activity.CreateReply(Welcome), cancellationToken);
            }
            else if (turn.Activity.Type == ActivityTypes.Message)
            {
                await turn.SendActivityAsync(turn.Activity.CreateReply("echo: " + turn.Activity.Text), cancellationToken);
            }
        }
    }
}
