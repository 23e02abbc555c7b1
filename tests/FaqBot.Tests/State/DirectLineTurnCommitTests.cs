using FaqBot.Tests.TestHosting;
using StackExchange.Redis;

namespace FaqBot.Tests.State;

/// <summary>A Direct Line turn on Redis saves the dialog state and stores the turn in one script call: turns of one
/// conversation racing on two instances (their saves conflict and rerun) leave each member message answered once,
/// after it, and the state under the conversation's hash tag.</summary>
public sealed class DirectLineTurnCommitTests : IAsyncLifetime
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
    public async Task Turns_of_one_conversation_racing_on_two_instances_are_each_answered_once_after_the_members_message()
    {
        using var httpA = _a.CreateClient();
        using var httpB = _b.CreateClient();
        var (conversationId, token, _) = await new DirectLineClient(httpA).StartAsync();
        var start = (await new DirectLineClient(httpA).GetActivitiesAsync(conversationId, token)).GetProperty("watermark").GetString();

        // Six rounds of two turns at once, one on each instance: the later save of a round conflicts and reruns.
        var posted = new List<string>();
        for (var round = 0; round < 6; round++)
        {
            var onA = new DirectLineClient(httpA).PostMessageAsync(conversationId, token, "資格確認書の有効期限はいつまでですか", $"a-{round}");
            var onB = new DirectLineClient(httpB).PostMessageAsync(conversationId, token, "マイナ保険証を落としました", $"b-{round}");
            posted.AddRange(await Task.WhenAll(onA, onB));
        }

        var activities = (await new DirectLineClient(httpB).GetActivitiesAsync(conversationId, token, start))
            .GetProperty("activities").EnumerateArray().ToList();
        var members = activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user").ToList();
        Assert.Equal(posted.Order(), members.Select(a => a.GetProperty("id").GetString()!).Order());
        var answers = activities.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot"
            && a.GetProperty("type").GetString() == "message").ToList();
        // Each message's answer once, stored after it (a rerun's dropped replies never reach the transcript).
        Assert.Equal(posted.Order(), answers.Select(a => a.GetProperty("replyToId").GetString()!).Order());
        var ids = activities.Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.All(answers, answer => Assert.True(ids.IndexOf(answer.GetProperty("replyToId").GetString()) < ids.IndexOf(answer.GetProperty("id").GetString())));

        using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var version = await connection.GetDatabase().HashGetAsync("faqbot:state:directline|{" + conversationId + "}", "v");
        Assert.True((long)version >= 1); // saved with the turns, under the conversation's hash tag
    }
}
