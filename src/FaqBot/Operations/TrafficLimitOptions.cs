namespace FaqBot.Operations;

/// <summary>The <c>RateLimits</c> configuration section: how much one client address and one Direct Line
/// conversation may ask for, and how long any request may take.</summary>
public sealed class TrafficLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RateLimits";

    /// <summary>Requests one client address may make per <see cref="Window"/> (web chat page, Direct Line, tokens).</summary>
    public int RequestsPerAddress { get; set; } = 600;

    /// <summary>Direct Line tokens and conversations one client address may create per <see cref="Window"/>: a member
    /// needs two (token, conversation), an office behind one address a few more; a flood from one address stops here,
    /// before it can crowd out anyone's conversation.</summary>
    public int ConversationsPerAddress { get; set; } = 20;

    /// <summary>Activities one Direct Line conversation may post per <see cref="Window"/>.</summary>
    public int ActivitiesPerConversation { get; set; } = 30;

    /// <summary>The period the three limits above are counted over (token buckets refilled evenly across it).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest an HTTP request may run before it is answered 503 (WebSocket streams are exempt).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
