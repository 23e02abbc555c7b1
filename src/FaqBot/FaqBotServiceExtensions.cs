using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using FaqBot.Channels.BotService;
using FaqBot.Channels.DirectLine;
using FaqBot.ContentHosting;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Operations;
using FaqBot.Search;

namespace FaqBot;

/// <summary>Registers every feature of the service and maps its endpoints; each feature owns its own extension.</summary>
public static class FaqBotServiceExtensions
{
    /// <summary>Adds all FaqBot services, each bound to its configuration section.</summary>
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFaqSearch(configuration);          // content, Japanese analysis and the live index
        services.AddEscalation(configuration);         // helpdesk contacts, business hours and Japanese holidays
        services.AddFaqDialogs(configuration);         // the FAQ dialog and conversation state
        services.AddBotAdapter(configuration);         // the one adapter every channel's turns go through
        services.AddBotAuthentication(configuration);  // inbound tokens, outbound credentials, serviceUrl trust
        services.AddBotServiceChannel();               // /api/messages and Connector replies (Azure Bot Service, Emulator)
        services.AddDirectLine(configuration);         // self-hosted Direct Line 3.0 and the web chat page
        services.AddOperations();                      // liveness and readiness probes
        services.AddHostedService<BotWarmup>();        // build the bot before the first member arrives
        return services;
    }

    /// <summary>Maps the endpoints of every feature.</summary>
    public static WebApplication MapFaqBot(this WebApplication app)
    {
        app.MapBotServiceChannel();
        app.MapDirectLine();
        app.MapOperations();
        return app;
    }
}
