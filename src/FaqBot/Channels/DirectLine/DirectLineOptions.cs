namespace FaqBot.Channels.DirectLine;

/// <summary>The self-hosted Direct Line endpoint and the web chat page, bound to the <c>DirectLine</c> section.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>An Azure Bot Service Direct Line secret. When set, the page talks to Azure Direct Line and the token
    /// endpoint exchanges this secret server-side; the browser never sees it.</summary>
    public string? Secret { get; set; }

    /// <summary>Azure Direct Line's base address, used only with <see cref="Secret"/>.</summary>
    public string AzureEndpoint { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>Optional secret for server-to-server calls to the self-hosted endpoint (tokens/generate, starting
    /// conversations). Empty: tokens/generate is open, as the page's own token endpoint is.</summary>
    public string? SiteSecret { get; set; }

    /// <summary>Base64 key (at least 32 bytes) that signs tokens; empty: a random key per process, so tokens end with it
    /// (as the in-memory conversations do).</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid; the client refreshes it at half that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most conversations kept in memory; at it the least recently active one nobody uses (no member text, no
    /// open stream) makes room, and a new conversation is refused (503) rather than evicting one in use.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Most activities kept per conversation; older ones are dropped first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 50;

    /// <summary>A conversation idle this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most activities returned by one GET of activities.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>The bot's account id in Direct Line conversations.</summary>
    public string BotId { get; set; } = "faqbot";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "FaqBot";
}
