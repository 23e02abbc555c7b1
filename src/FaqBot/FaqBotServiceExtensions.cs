using FaqBot.Analytics;
using FaqBot.Bot.Adapter;
using FaqBot.Bot.Auth;
using FaqBot.Channels.BotService;
using FaqBot.Channels.DirectLine;
using FaqBot.Channels.Teams;
using FaqBot.ContentHosting;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Operations;
using FaqBot.State;

namespace FaqBot;

/// <summary>Registers every feature of the service and maps its endpoints; each feature owns its own extension.</summary>
public static class FaqBotServiceExtensions
{
    /// <summary>Adds all FaqBot services, each bound to its configuration section.</summary>
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentHosting(configuration);     // content/, its one loader and the live index that follows it
        services.AddEscalation(configuration);         // helpdesk contacts, business hours and Japanese holidays
        services.AddFaqState(configuration);           // conversation state and Direct Line stores: memory or Redis
        services.AddFaqDialogs(configuration);         // the FAQ dialog
        services.AddAnalytics(configuration);          // every turn recorded (redacted) for the editors' report
        services.AddBotAdapter(configuration);         // the one adapter every channel's turns go through
        services.AddBotAuthentication(configuration);  // inbound tokens, outbound credentials, serviceUrl trust
        services.AddBotServiceChannel();               // /api/messages and Connector replies (Azure Bot Service, Emulator)
        services.AddDirectLine(configuration);         // self-hosted Direct Line 3.0 and the web chat page
        services.AddTeamsChannel(configuration);       // Teams: mentions, audience, cards, invokes, threads, pacing
        services.AddOperations();                      // liveness and readiness probes
        services.AddMetricsExport();                   // OpenTelemetry metrics at /metrics (Prometheus)
        services.AddTrafficLimits(configuration);      // forwarded addresses, rate limits, request timeouts
        return services;
    }

    /// <summary>Maps the endpoints of every feature.</summary>
    public static WebApplication MapFaqBot(this WebApplication app)
    {
        app.UseTrafficLimits();
        app.MapBotServiceChannel();
        app.MapDirectLine();
        app.MapOperations();
        app.MapMetrics();
        return app;
    }
}
