using FaqBot.Channels.DirectLine;
using FaqBot.ContentHosting;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Operations;
using FaqBot.Protocol;

namespace FaqBot;

/// <summary>Registers every feature of the service and maps its endpoints; each feature owns its own extension.</summary>
public static class FaqBotServiceExtensions
{
    /// <summary>Adds all FaqBot services, each bound to its configuration section.</summary>
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentHosting(configuration); // content/, its loader and the live index that follows it
        services.AddEscalation(configuration);  // helpdesk contacts, business hours and Japanese holidays
        services.AddFaqDialogs(configuration);  // the FAQ dialog and conversation state
        services.AddBotProtocol(configuration); // Bot Framework activities, /api/messages, connector replies
        services.AddDirectLine(configuration);  // self-hosted Direct Line 3.0 and the web chat page
        services.AddOperations();               // liveness and readiness probes
        return services;
    }

    /// <summary>Maps the endpoints of every feature.</summary>
    public static WebApplication MapFaqBot(this WebApplication app)
    {
        app.MapBotProtocol();
        app.MapDirectLine();
        app.MapOperations();
        return app;
    }
}
