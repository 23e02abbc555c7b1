using FaqBot.Channels.DirectLine;
using FaqBot.Dialogs;
using FaqBot.Escalation;
using FaqBot.Operations;
using FaqBot.Protocol;
using FaqBot.Search;
using FaqBot.State;

namespace FaqBot;

/// <summary>Registers every feature of the service and maps its endpoints; each feature owns its own extension.</summary>
public static class FaqBotServiceExtensions
{
    /// <summary>Adds all FaqBot services, each bound to its configuration section.</summary>
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFaqSearch(configuration);   // content, Japanese analysis and the live index
        services.AddEscalation(configuration);  // helpdesk contacts, business hours and Japanese holidays
        services.AddFaqState(configuration);    // conversation state and Direct Line stores: memory or Redis
        services.AddFaqDialogs(configuration);  // the FAQ dialog
        services.AddBotProtocol(configuration); // Bot Framework activities, /api/messages, connector replies
        services.AddDirectLine(configuration);  // self-hosted Direct Line 3.0 and the web chat page
        services.AddOperations();               // liveness and readiness probes
        services.AddMetricsExport();            // OpenTelemetry metrics at /metrics (Prometheus)
        services.AddTrafficLimits(configuration); // forwarded addresses, rate limits, request timeouts
        return services;
    }

    /// <summary>Maps the endpoints of every feature.</summary>
    public static WebApplication MapFaqBot(this WebApplication app)
    {
        app.UseTrafficLimits();
        app.MapBotProtocol();
        app.MapDirectLine();
        app.MapOperations();
        app.MapMetrics();
        return app;
    }
}
