using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaqBot.Protocol;

/// <summary>Registers and maps the Bot Framework protocol: activities in at /api/messages, replies out via the connector.</summary>
public static class ProtocolServiceExtensions
{
    /// <summary>Adds the protocol services.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        // The SDK's top-level keys (MicrosoftAppId …) and the Bot section for limits, checked at start-up.
        services.AddOptions<BotCredentialOptions>().Bind(configuration);
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddProblemDetails();
        services.TryAddSingleton(TimeProvider.System);
        // One pooled handler for every connector call; connections are recycled so DNS changes are seen.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<BotTurnRunner>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<AnonymousServiceUrlPolicy>();
        return services;
    }

    /// <summary>Maps POST /api/messages.</summary>
    public static WebApplication MapBotProtocol(this WebApplication app)
    {
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
