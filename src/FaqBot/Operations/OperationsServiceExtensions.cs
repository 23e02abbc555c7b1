using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FaqBot.Operations;

/// <summary>Registers and maps what operators use: liveness and readiness probes.</summary>
public static class OperationsServiceExtensions
{
    /// <summary>The liveness probe: 200 while the process serves HTTP at all.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness probe: 503 until the first FAQ index is live, then 200 (status Degraded in the JSON while
    /// the content has errors, with the diagnostics).</summary>
    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    /// <summary>Adds the health checks.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentReadinessHealthCheck>("content", tags: [ReadyTag]);
        return services;
    }

    /// <summary>Maps the probes: liveness as plain text, readiness as JSON.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return app;
    }
}
