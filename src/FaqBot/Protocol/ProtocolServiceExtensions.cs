namespace FaqBot.Protocol;

/// <summary>Registers and maps the Bot Framework protocol: activities in at /api/messages, replies out via the connector.</summary>
public static class ProtocolServiceExtensions
{
    /// <summary>Adds the protocol services.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }

    /// <summary>Maps POST /api/messages.</summary>
    public static WebApplication MapBotProtocol(this WebApplication app)
    {
        return app;
    }
}
