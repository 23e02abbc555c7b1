namespace FaqBot.Bot.Auth;

/// <summary>The bot's Azure identity and the Bot Framework endpoints, read from the top-level keys the Bot Framework
/// SDK uses (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>
/// and the SDK's <c>ToBotFrom…</c> / <c>ToChannelFrom…</c> overrides).</summary>
public sealed class BotCredentialOptions
{
    /// <summary>Default of <see cref="ToBotFromChannelOpenIdMetadataUrl"/>.</summary>
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Default of <see cref="ToBotFromEmulatorOpenIdMetadataUrl"/>.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Default of <see cref="ToBotFromChannelTokenIssuer"/>.</summary>
    public const string DefaultChannelTokenIssuer = "https://api.botframework.com";

    /// <summary>Default of <see cref="ToChannelFromBotOAuthScope"/>.</summary>
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary>"MultiTenant", "SingleTenant" or "UserAssignedMSI"; empty means MultiTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's app (client) id; empty runs the bot anonymously, as the Bot Framework Emulator expects.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used for outbound tokens (not for UserAssignedMSI).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant, for SingleTenant and UserAssignedMSI bots.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata whose keys sign the channels' tokens.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    /// <summary>OpenID metadata whose keys sign Entra (Emulator, v1/v2, the bot's own tenant) tokens; empty refuses
    /// every token that is not the channels'.</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>The issuer of the channels' tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultChannelTokenIssuer;

    /// <summary>The authority outbound tokens come from, used as given; empty means
    /// https://login.microsoftonline.com/ followed by botframework.com (MultiTenant) or the tenant (SingleTenant).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The scope outbound tokens are asked for.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>Whether MSAL checks the authority against Entra's known hosts (off only for a private test authority).</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>True when no app id is configured: inbound calls are not authenticated and replies carry no token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The app type, MultiTenant when empty.</summary>
    public BotAppType AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(MicrosoftAppType.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) ? type
        : BotAppType.Unknown;
}
