using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FaqBot.Operations;

/// <summary>The service's own instruments (meter <c>FaqBot</c>, exported at /metrics): one singleton that the
/// dialogs, content host, analytics and state stores take by injection and call.</summary>
public sealed class FaqBotMetrics
{
    /// <summary>The meter name OpenTelemetry listens to.</summary>
    public const string MeterName = "FaqBot";

    // Channel ids arrive in activities; an unknown one is counted as "other" so a caller cannot grow the series.
    private static readonly string[] KnownChannels = ["webchat", "directline", "msteams", "emulator", "cli", "test"];

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _contentReloads;
    private readonly Counter<long> _analyticsDropped;
    private readonly Counter<long> _stateErrors;

    /// <summary>Creates the instruments on a meter from the host's factory.</summary>
    public FaqBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("faqbot.turns", "{turn}",
            "Turns the bot ran, by channel and outcome status (answered, ambiguous, no_answer, escalated, other, error).");
        _searchDuration = meter.CreateHistogram("faqbot.search.duration", "s", "Time one FAQ search took.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
            });
        _contentReloads = meter.CreateCounter<long>("faqbot.content.reloads", "{reload}",
            "Content reloads, by result (success, unchanged, rejected, failed).");
        _analyticsDropped = meter.CreateCounter<long>("faqbot.analytics.dropped", "{record}",
            "Analytics records dropped (queue full or database unreachable).");
        _stateErrors = meter.CreateCounter<long>("faqbot.state.errors", "{error}",
            "Shared-state operations that failed (Redis unreachable or timed out), by operation.");
    }

    /// <summary>Counts one finished turn.</summary>
    public void TurnCompleted(string? channel, string status) =>
        _turns.Add(1, new TagList { { "channel", ChannelTag(channel) }, { "status", status } });

    /// <summary>Records how long one search took.</summary>
    public void SearchCompleted(TimeSpan elapsed) => _searchDuration.Record(elapsed.TotalSeconds);

    /// <summary>Counts one content reload; <paramref name="result"/> is <c>success</c> (a new index), <c>unchanged</c> (the files
    /// and day of the live index: no rebuild), <c>rejected</c> (new errors) or <c>failed</c>.</summary>
    public void ContentReloaded(string result) => _contentReloads.Add(1, new KeyValuePair<string, object?>("result", result));

    /// <summary>Counts analytics records that could not be written.</summary>
    public void AnalyticsDropped(long count = 1) => _analyticsDropped.Add(count);

    /// <summary>Counts one failed shared-state operation (load, save, delete, directline …).</summary>
    public void StateError(string operation) => _stateErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));

    private static string ChannelTag(string? channel)
    {
        foreach (var known in KnownChannels)
        {
            if (string.Equals(known, channel, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }
        return "other";
    }
}
