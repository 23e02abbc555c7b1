namespace FaqBot.Bot.Auth;

/// <summary>The bot's Azure identity, read from the same top-level keys the Bot Framework SDK uses
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).</summary>
public sealed class BotCredentialOptions
{
    /// <summary>"MultiTenant", "SingleTenant" or "UserAssignedMSI"; empty means MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id; empty runs the bot anonymously, as the Bot Framework Emulator expects.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used for outbound tokens.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant, for SingleTenant and UserAssignedMSI bots.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>True when no app id is configured: inbound calls are not authenticated and replies carry no token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
