using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace FaqBot.Operations;

/// <summary>Registers the service's instruments and exports them, with ASP.NET Core's, in Prometheus format.</summary>
public static class MetricsServiceExtensions
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds <see cref="FaqBotMetrics"/> (safe to call from every feature that records into it).</summary>
    public static IServiceCollection AddFaqBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<FaqBotMetrics>();
        return services;
    }

    /// <summary>Adds the OpenTelemetry meter provider: our meter plus http.server.request.duration and friends.</summary>
    public static IServiceCollection AddMetricsExport(this IServiceCollection services)
    {
        services.AddFaqBotMetrics();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(FaqBotMetrics.MeterName)
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
