using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Operations;

/// <summary>Registers and maps what operators use: liveness and readiness probes.</summary>
public static class OperationsServiceExtensions
{
    /// <summary>The liveness probe: 200 while the process serves HTTP at all.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness probe: 200 once the bot can answer, 503 while it is built or after it failed.</summary>
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>Adds the health checks.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.TryAddSingleton<BotReadiness>();
        services.AddHealthChecks().AddCheck<BotReadinessHealthCheck>("bot", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps the probes (plain-text status, no details that could carry data).</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
