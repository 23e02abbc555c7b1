using FaqBot.Operations;
using System.Threading.Channels;
using FaqIndex.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Analytics;

/// <summary>The turn recorder of the service: records go into a bounded queue on the turn's thread (no I/O, no
/// waiting) and a background loop redacts them and writes them in batches, lingering briefly so a batch gathers. A full
/// queue drops and counts; an unavailable database is logged once per outage, retried, and recovered from without losing
/// the batch in hand.</summary>
public sealed class AnalyticsWriter : BackgroundService, ITurnRecorder
{
    // How long the last records may take to reach the database when the service stops.
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<TurnRecord> _queue;
    private readonly IAnalyticsStore _store;
    private readonly AnalyticsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AnalyticsWriter> _log;
    private long _dropped;
    private readonly FaqBotMetrics _metrics;
    private long _written;
    private long _droppedAtOutageStart;
    private int _queueFullLogged;
    private volatile string? _outage;

    /// <summary>Creates the writer.</summary>
    public AnalyticsWriter(IAnalyticsStore store, IOptions<AnalyticsOptions> options, TimeProvider time, FaqBotMetrics metrics,
        ILogger<AnalyticsWriter> log)
    {
        _metrics = metrics;
        _store = store;
        _options = options.Value;
        _time = time;
        _log = log;
        _queue = Channel.CreateBounded<TurnRecord>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then says "full" instead of waiting
            SingleReader = true,
        });
    }

    /// <summary>Records dropped since start (queue full).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Records written since start.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Why the database is unavailable now, or null when it is fine.</summary>
    public string? Outage => _outage;

    /// <inheritdoc />
    public void Record(TurnRecord turn)
    {
        if (_queue.Writer.TryWrite(turn))
        {
            return;
        }
        Interlocked.Increment(ref _dropped);
        _metrics.AnalyticsDropped();
        if (Interlocked.Exchange(ref _queueFullLogged, 1) == 0)
        {
            _log.LogWarning("Analytics queue is full ({Capacity} records); turn records are dropped until the database catches up.",
                _options.QueueCapacity);
        }
    }

    /// <inheritdoc />
    public void RecordFeedback(string channel, string audience, string? entryId, TurnFeedback feedback, string? comment) =>
        Record(new TurnRecord(_time.GetUtcNow(), channel, audience, TurnKind.Feedback, TurnStatus.Other, comment, entryId,
            null, [], null, feedback, 0));

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // start-up does not wait for the database
        await TryAsync(() => _store.MigrateAsync(stoppingToken), stoppingToken).ConfigureAwait(false);
        var batch = new List<TurnRecord>(_options.BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                if (_queue.Reader.Count < _options.BatchSize && _options.BatchLinger > TimeSpan.Zero)
                {
                    // Stopping during the linger ends in the final flush below, which writes what gathered.
                    await Task.Delay(_options.BatchLinger, _time, stoppingToken).ConfigureAwait(false);
                }
                Fill(batch);
                while (!await TryAsync(() => _store.WriteAsync(batch, stoppingToken), stoppingToken).ConfigureAwait(false))
                {
                    await Task.Delay(_options.RetryDelay, _time, stoppingToken).ConfigureAwait(false);
                }
                Interlocked.Add(ref _written, batch.Count);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushOnStopAsync(batch).ConfigureAwait(false);
        }
    }

    // The service is stopping: one last try for what is queued, bounded in time.
    private async Task FlushOnStopAsync(List<TurnRecord> batch)
    {
        using var timeout = new CancellationTokenSource(FinalFlushTimeout);
        try
        {
            do
            {
                Fill(batch);
                await _store.WriteAsync(batch, timeout.Token).ConfigureAwait(false);
                Interlocked.Add(ref _written, batch.Count);
                batch.Clear();
            }
            while (_queue.Reader.Count > 0);
        }
        catch (Exception ex)
        {
            _log.LogWarning("Analytics: {Count} turn records not written at shutdown ({ExceptionType}).",
                batch.Count + _queue.Reader.Count, ex.GetType().Name);
        }
    }

    private void Fill(List<TurnRecord> batch)
    {
        while (batch.Count < _options.BatchSize && _queue.Reader.TryRead(out var record))
        {
            batch.Add(Redacted(record));
        }
    }

    // The one place a record's text is made safe, whoever built it.
    private TurnRecord Redacted(TurnRecord record) => record.Question is null
        ? record
        : record with { Question = TextCut.CutWithEllipsis(PersonalDataRedactor.Redact(record.Question), _options.MaxQuestionLength) };

    private async Task<bool> TryAsync(Func<Task> action, CancellationToken stoppingToken)
    {
        try
        {
            await action().ConfigureAwait(false);
            if (_outage is not null)
            {
                _log.LogInformation("Analytics database is available again; {Dropped} turn records were dropped during the outage.",
                    Dropped - _droppedAtOutageStart);
                _outage = null;
            }
            Interlocked.Exchange(ref _queueFullLogged, 0);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            if (_outage is null)
            {
                _droppedAtOutageStart = Dropped;
                // Database messages can quote values: redacted like any text bound for the logs.
                _log.LogWarning("Analytics database unavailable ({ExceptionType}: {Message}); turns are still answered, records wait in the queue and are retried every {Delay}.",
                    ex.GetType().Name, PersonalDataRedactor.Redact(ex.Message), _options.RetryDelay);
            }
            _outage = ex.GetType().Name;
            return false;
        }
    }
}
