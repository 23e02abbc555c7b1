using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace FaqBot.Operations;

/// <summary>Registers the service's instruments and exports them, with ASP.NET Core's, in Prometheus format.</summary>
public static class MetricsServiceExtensions
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    // The runtime's meter (dotnet.gc.*, dotnet.thread_pool.*, dotnet.jit.*).
    private const string RuntimeMeterName = "System.Runtime";

    /// <summary>Adds <see cref="FaqBotMetrics"/> (safe to call from every feature that records into it).</summary>
    public static IServiceCollection AddFaqBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<FaqBotMetrics>();
        return services;
    }

    /// <summary>Adds the OpenTelemetry meter provider: our meter, http.server.request.duration and friends, and the
    /// runtime's own (GC, thread pool, JIT).</summary>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services)
    {
        services.AddFaqBotMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(FaqBotMetrics.MeterName)
            // Built into .NET: heap size, collections, thread-pool queue, methods compiled (the scale-out benchmark warms
            // an instance until that last one stops growing).
            .AddMeter(RuntimeMeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Maps /metrics (Prometheus text format).</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
