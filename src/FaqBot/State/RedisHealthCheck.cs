using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.State;

/// <summary>Readiness with <c>State:Provider=Redis</c>: unhealthy while Redis does not answer a PING, with the reason.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy($"Redis is not reachable at {redis.Endpoints}.");
        }
        try
        {
            await redis.Database.PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy("Redis answers.");
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            return HealthCheckResult.Unhealthy($"Redis at {redis.Endpoints} does not answer: {ex.GetType().Name}.");
        }
    }
}
