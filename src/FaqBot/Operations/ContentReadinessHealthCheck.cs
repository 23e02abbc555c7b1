using FaqBot.ContentHosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FaqBot.Operations;

/// <summary>Ready once the first FAQ index is live; degraded (still ready: members are served) while the content on disk
/// has errors that kept an edit out of service or files out of the index, with those diagnostics as data.</summary>
internal sealed class ContentReadinessHealthCheck(IndexHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = host.Status;
        if (status.State == ContentState.Starting)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The FAQ index is being built."));
        }
        if (status.State == ContentState.Failed)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The FAQ index or the bot could not be built; the service is stopping."));
        }
        var data = new Dictionary<string, object>
        {
            ["generation"] = status.Generation,
            ["day"] = status.Day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["entries"] = status.Entries,
            ["loaded_at"] = status.LoadedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["diagnostics"] = status.Diagnostics.Select(d => d.Format()).ToArray(),
        };
        if (status.Rejected is { } rejected)
        {
            data["rejected"] = rejected.Select(d => d.Format()).ToArray();
            return Task.FromResult(HealthCheckResult.Degraded(
                "The latest content change has errors and is not served; the last good index is answering.", data: data));
        }
        return Task.FromResult(status.Degraded
            ? HealthCheckResult.Degraded("Some content files have errors and are not served.", data: data)
            : HealthCheckResult.Healthy("The FAQ index is live.", data));
    }
}
