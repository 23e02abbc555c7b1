using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace FaqBot.State;

/// <summary>Readiness with <c>State:Provider=Redis</c>: unhealthy while Redis does not answer a PING, with the reason
/// (how the connection fails, e.g. <c>UnableToConnect (Connection refused)</c>) in the readiness JSON.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Pinged even while disconnected: the connection fails fast, and its exception says why.
            await redis.Database.PingAsync().ConfigureAwait(false);
            return HealthCheckResult.Healthy("Redis answers.");
        }
        catch (RedisConnectionException ex)
        {
            return HealthCheckResult.Unhealthy($"Redis is not reachable at {redis.Endpoints}: {Reason(ex)}.");
        }
        catch (Exception ex) when (RedisConnection.IsOutage(ex))
        {
            return HealthCheckResult.Unhealthy($"Redis at {redis.Endpoints} does not answer: {ex.GetType().Name} ({FirstLine(ex.Message)}).");
        }
    }

    // The innermost failure type, with the operating system's word for it when there is one ("Connection refused"):
    // the outer messages are the client library's diagnostics dump.
    private static string Reason(RedisConnectionException error)
    {
        var failure = error.FailureType;
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is RedisConnectionException redisError)
            {
                failure = redisError.FailureType;
            }
            else
            {
                return $"{failure} ({FirstLine(inner.Message)})";
            }
        }
        return failure.ToString();
    }

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        var line = end < 0 ? message : message[..end];
        return line.Length <= 200 ? line : line[..200];
    }
}
