namespace FaqBot.State;

/// <summary>The <c>State</c> configuration section: which store holds conversations, and how Redis is used.</summary>
public sealed class StateOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "State";

    /// <summary>The name under <c>ConnectionStrings</c> of the Redis connection string.</summary>
    public const string RedisConnectionStringName = "Redis";

    /// <summary>Memory (default) or Redis.</summary>
    public StateProvider Provider { get; set; } = StateProvider.Memory;

    /// <summary>Prefix of every Redis key and channel, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "faqbot:";

    /// <summary>How long one Redis command may take before the turn goes on without it.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
