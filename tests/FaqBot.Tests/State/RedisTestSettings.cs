using FaqBot.Tests.TestHosting;

namespace FaqBot.Tests.State;

/// <summary>The settings that put a FaqBot instance on a test redis-server, as an operator scaling out would.</summary>
internal static class RedisTestSettings
{
    /// <summary>One key for every instance of a test (base64 of 32 bytes).</summary>
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>Two instances on <paramref name="redis"/>, both ready (the scaled-out pair of the two-instance tests).</summary>
    public static async Task<(FaqBotServer A, FaqBotServer B)> StartTwoInstancesAsync(RedisServer redis)
    {
        var a = await FaqBotServer.StartAsync(For(redis.ConnectionString));
        var b = await FaqBotServer.StartAsync(For(redis.ConnectionString));
        await BotConversationAcrossInstancesTests.WaitReadyAsync(a);
        await BotConversationAcrossInstancesTests.WaitReadyAsync(b);
        return (a, b);
    }

    public static Dictionary<string, string?> For(string redisConnectionString) => new()
    {
        ["State:Provider"] = "Redis",
        // Generous: on a loaded 2-core runner a first connect or a command can take over a second; outages in these
        // tests are stopped servers, which refuse at once whatever the timeout.
        ["State:OperationTimeout"] = "00:00:03",
        ["ConnectionStrings:Redis"] = redisConnectionString,
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["Bot:TypingDelay"] = "00:00:00",
    };
}
