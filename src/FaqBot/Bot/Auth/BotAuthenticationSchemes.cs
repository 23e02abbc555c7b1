namespace FaqBot.Bot.Auth;

/// <summary>Names of the authentication schemes and the policy /api/messages requires.</summary>
public static class BotAuthenticationSchemes
{
    /// <summary>The policy scheme /api/messages uses: forwards to one of the two below by the token's issuer.</summary>
    public const string BotFramework = "BotFramework";

    /// <summary>Tokens of the Bot Framework channels (issuer api.botframework.com, keys with endorsements).</summary>
    public const string Channel = "BotFramework.Channel";

    /// <summary>Entra tokens: the Emulator's, and a SingleTenant bot's own tenant.</summary>
    public const string Entra = "BotFramework.Entra";

    /// <summary>The authorization policy of /api/messages when MicrosoftAppId is set.</summary>
    public const string Policy = "BotFramework";

    /// <summary>The claim a signing key's endorsements (the channels it may sign for) are copied to.</summary>
    public const string EndorsementClaim = "faqbot:endorsement";

    /// <summary>The claim the Bot Framework puts the caller's serviceUrl in.</summary>
    public const string ServiceUrlClaim = "serviceurl";
}
