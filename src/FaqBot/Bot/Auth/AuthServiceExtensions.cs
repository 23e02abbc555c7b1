namespace FaqBot.Bot.Auth;

/// <summary>Registers who may call the bot and which serviceUrls replies may go to.</summary>
public static class AuthServiceExtensions
{
    /// <summary>Adds the bot's credentials (the SDK's top-level keys: MicrosoftAppId …) and the inbound checks.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialOptions>().Bind(configuration);
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<AnonymousServiceUrlPolicy>();
        return services;
    }
}
