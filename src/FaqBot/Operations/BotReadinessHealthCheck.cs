using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Operations;

/// <summary>Healthy once the bot is built; unhealthy while it is being built or after it failed.</summary>
internal sealed class BotReadinessHealthCheck(BotReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.State switch
        {
            BotReadinessState.Ready => HealthCheckResult.Healthy("The bot is built and answering."),
            BotReadinessState.Starting => HealthCheckResult.Unhealthy("The bot is still being built."),
            _ => HealthCheckResult.Unhealthy("The bot could not be built; the service is stopping."),
        });
}
