using Microsoft.Extensions.Options;

namespace FaqBot.Analytics;

/// <summary>Deletes turn records older than <see cref="AnalyticsOptions.RetentionDays"/>: at start, then every
/// <see cref="AnalyticsOptions.PurgeInterval"/> (daily). A failed purge is logged and tried again next time.</summary>
public sealed class AnalyticsRetention : BackgroundService
{
    private readonly IAnalyticsStore _store;
    private readonly AnalyticsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AnalyticsRetention> _log;

    /// <summary>Creates the purge.</summary>
    public AnalyticsRetention(IAnalyticsStore store, IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<AnalyticsRetention> log)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _log = log;
    }

    /// <summary>Purges once now; returns how many records went.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow() - TimeSpan.FromDays(_options.RetentionDays);
        var purged = await _store.PurgeAsync(before, cancellationToken).ConfigureAwait(false);
        if (purged > 0)
        {
            _log.LogInformation("Analytics retention: {Count} turn records older than {Days} days purged.", purged, _options.RetentionDays);
        }
        return purged;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(_options.PurgeInterval, _time);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _log.LogWarning("Analytics retention purge failed ({ExceptionType}); trying again in {Interval}.",
                    ex.GetType().Name, _options.PurgeInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
