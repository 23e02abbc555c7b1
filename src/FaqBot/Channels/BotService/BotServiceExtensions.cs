namespace FaqBot.Channels.BotService;

/// <summary>Registers and maps the Azure Bot Service channel: activities in at /api/messages, replies out through the
/// Connector REST API.</summary>
public static class BotServiceExtensions
{
    /// <summary>Adds the channel's services.</summary>
    public static IServiceCollection AddBotServiceChannel(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // One pooled handler for every connector call; connections are recycled so DNS changes are seen.
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<ConnectorClient>();
        return services;
    }

    /// <summary>Maps POST /api/messages.</summary>
    public static WebApplication MapBotServiceChannel(this WebApplication app)
    {
        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
