namespace FaqBot.Tests.State;

/// <summary>The settings that put a FaqBot instance on a test redis-server, as an operator scaling out would.</summary>
internal static class RedisTestSettings
{
    /// <summary>One key for every instance of a test (base64 of 32 bytes).</summary>
    public static readonly string SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static Dictionary<string, string?> For(string redisConnectionString) => new()
    {
        ["State:Provider"] = "Redis",
        ["State:OperationTimeout"] = "00:00:00.500",
        ["ConnectionStrings:Redis"] = redisConnectionString,
        ["DirectLine:TokenSigningKey"] = SigningKey,
        ["Bot:TypingDelay"] = "00:00:00",
    };
}
