using System.Net;
using System.Net.WebSockets;
using FaqBot.Dialogs;
using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.State;

/// <summary>A Direct Line turn on Redis stores the member's activity together with what the bot sent: whatever the
/// bot does (fails, answers slowly with a typing indicator first), the member's message is in the shared transcript,
/// before the bot's activities, and the bot's answer points at it.</summary>
public sealed class DirectLineTurnStorageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private FaqBotServer _failing = null!;
    private FaqBotServer _slow = null!;
    private readonly SlowBot _slowBot = new();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _failing = await FaqBotServer.StartAsync(RedisTestSettings.For(_redis.ConnectionString),
            services => TestBots.Use(services, new ThrowingBot()));
        var typing = RedisTestSettings.For(_redis.ConnectionString);
        typing["Bot:TypingDelay"] = "00:00:00.050";
        _slow = await FaqBotServer.StartAsync(typing, services => TestBots.Use(services, _slowBot));
        await BotConversationAcrossInstancesTests.WaitReadyAsync(_failing);
        await BotConversationAcrossInstancesTests.WaitReadyAsync(_slow);
    }

    public async Task DisposeAsync()
    {
        _slowBot.Release.TrySetResult();
        await _failing.DisposeAsync();
        await _slow.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_turn_that_throws_still_leaves_the_members_message_then_the_apology_in_the_transcript()
    {
        using var http = _failing.CreateClient();
        var client = new DirectLineClient(http);
        var (conversationId, token, _) = await client.StartAsync();
        var before = (await client.GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString();

        var id = await client.PostMessageAsync(conversationId, token, "資格確認書 電話は 090-1234-5678", "fails-1");

        var page = await client.GetActivitiesAsync(conversationId, token, before);
        var activities = page.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        Assert.Equal(id, activities[0].GetProperty("id").GetString());
        Assert.Equal("user", activities[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("fails-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.DoesNotContain("5678", activities[0].GetProperty("text").GetString());
        Assert.Equal(Messages.TurnError, activities[1].GetProperty("text").GetString());
        Assert.Equal(id, activities[1].GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task A_slow_answer_shows_the_members_message_and_typing_at_once_and_the_answer_after_them()
    {
        using var http = _slow.CreateClient();
        var client = new DirectLineClient(http);
        var (conversationId, token, streamUrl) = await client.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        var posting = client.PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか", "slow-1");
        // While the bot is still working, the member's message and the typing indicator are already on the stream.
        var mine = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("from").GetProperty("role").GetString() == "user");
        Assert.Equal("slow-1", mine.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        var typing = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("type").GetString() == "typing");
        Assert.False(posting.IsCompleted);
        _slowBot.Release.TrySetResult();

        var answer = await WebSocketActivities.ReceiveUntilAsync(socket, a => a.GetProperty("type").GetString() == "message"
            && a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("text").GetString() == "done");
        Assert.Equal(await posting, mine.GetProperty("id").GetString());
        Assert.Equal(mine.GetProperty("id").GetString(), answer.GetProperty("replyToId").GetString());
        Assert.Equal(mine.GetProperty("id").GetString(), typing.GetProperty("replyToId").GetString());
        Assert.True(string.CompareOrdinal(typing.GetProperty("id").GetString(), answer.GetProperty("id").GetString()) < 0);
    }
}
