namespace FaqBot.Bot.Auth;

/// <summary>How the bot's Azure identity gets outbound tokens (the SDK's <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>A value the SDK does not know (refused at start-up).</summary>
    Unknown = 0,

    /// <summary>App id and secret, tokens from the botframework.com tenant (no new ones since mid-2025).</summary>
    MultiTenant,

    /// <summary>App id and secret in the kenpo's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is the app id; no secret.</summary>
    UserAssignedMSI,
}
