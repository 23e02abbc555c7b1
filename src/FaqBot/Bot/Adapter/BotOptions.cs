namespace FaqBot.Bot.Adapter;

/// <summary>Limits and timings of the turn pipeline, bound to the <c>Bot</c> configuration section.</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body in bytes; larger bodies get 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest message text (in UTF-16 code units) the bot sees; longer text is cut before analysis.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>How long the bot may stay silent on a message before a typing indicator is sent.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Attempts per connector call (the first one included) before a reply is given up.</summary>
    public int ConnectorMaxAttempts { get; set; } = 4;

    /// <summary>Backoff before the first retry; doubled for each further retry.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait between attempts, including a server's Retry-After.</summary>
    public TimeSpan ConnectorMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one connector HTTP call.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Service URLs (prefixes) an unauthenticated caller may have replies sent to, besides loopback addresses;
    /// only used while MicrosoftAppId is empty. Empty by default.</summary>
    public string[] AnonymousServiceUrls { get; set; } = [];
}
