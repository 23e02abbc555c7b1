using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Analytics;

/// <summary>Readiness of the analytics database: degraded (still 200 — members are served) while records cannot be
/// written, with the reason.</summary>
public sealed class AnalyticsHealthCheck(AnalyticsWriter writer) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(writer.Outage is { } reason
            ? HealthCheckResult.Degraded($"analytics database unavailable: {reason}")
            : HealthCheckResult.Healthy());
}
