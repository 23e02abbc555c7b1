using FaqBot.Operations;
using System.Threading.Channels;
using FaqBot.Bot.Adapter;
using FaqIndex.Content;
using FaqIndex.Search;
using FaqIndex.Search.Analysis;
using FaqIndex.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.ContentHosting;

/// <summary>Keeps the live FAQ index in step with the content folder. The first index is built in the background at
/// start-up; afterwards a change (file watcher, debounced, plus a periodic re-scan because watchers miss events on some
/// file systems) is loaded, linted and indexed in the background and swapped in atomically. An edit that brings new
/// errors never goes live: the last good index keeps answering and the errors are logged as <c>file:line</c> and shown
/// by /health/ready. At 00:00 in Tokyo the versions scheduled for the new day take over without a reload.</summary>
/// <remarks>Scheduled versions are handled by swapping, not by filtering each search: the index of a day holds only the
/// entries served that day, so ranking statistics are those of what members can get and the search path is untouched.
/// The next day's index is built ahead when a version changes at the coming midnight, so the switch is one swap on a
/// <see cref="TimeProvider"/> timer. Conversations live outside the index, so a swap never resets one. Reloads are
/// built on a thread of their own at a lower CPU priority and nothing on that path stops the process (no blocking
/// collection), so members' turns keep their latency while an editor's change is indexed.</remarks>
public sealed class IndexHost : IHostedService, IDisposable
{
    private readonly ContentOptions _options;
    private readonly FaqContentLoader _loader;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IServiceProvider _services;
    private readonly ILogger<IndexHost> _log;
    private readonly TaskCompletionSource<FaqSearchEngine> _firstIndex = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<bool> _reloadRequests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    // One build at a time: reloads, the midnight switch and the first build never run side by side.
    private readonly Lock _gate = new();

    private FaqSearchEngine? _engine;
    private Served? _served;
    private string? _lastSeen;
    private Prebuilt? _next;
    private ContentStatus _status = ContentStatus.Starting;
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private ITimer? _rescan;
    private ITimer? _midnight;
    private readonly TaskCompletionSource _run = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _forceReload;
    private int _disposed;
    private readonly FaqBotMetrics _metrics;

    /// <summary>Creates the host; nothing is read until the service starts.</summary>
    public IndexHost(IOptions<ContentOptions> options, FaqContentLoader loader, TimeProvider time, IHostApplicationLifetime lifetime,
        IServiceProvider services, FaqBotMetrics metrics, ILogger<IndexHost> log)
    {
        _services = services;
        _metrics = metrics;
        _options = options.Value;
        _loader = loader;
        _time = time;
        _lifetime = lifetime;
        _log = log;
        ContentPath = _options.ResolvedPath;
    }

    /// <summary>The folder served and watched.</summary>
    public string ContentPath { get; }

    /// <summary>What is served now and what the last look at the content found.</summary>
    public ContentStatus Status => Volatile.Read(ref _status);

    /// <summary>Completes with the engine once the first index is live (faults if it cannot be built).</summary>
    public Task<FaqSearchEngine> WhenReady => _firstIndex.Task;

    /// <summary>The engine, waiting for the first index if it is still being built (a turn that arrives that early
    /// waits rather than being answered by a half-built index).</summary>
    public FaqSearchEngine WaitForEngine()
    {
        try
        {
            return _firstIndex.Task.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            throw new InvalidOperationException("The FAQ index could not be built: " + e.Message, e);
        }
    }

    /// <summary>Starts the first build in the background and returns at once, so Kestrel starts alongside it.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var stopping = _stopping.Token;
        new Thread(() => Run(stopping)) { IsBackground = true, Name = "FaqBot content index" }.Start();
        return Task.CompletedTask;
    }

    /// <summary>Stops watching and waits for a build in progress.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        StopWatching();
        try
        {
            await _run.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down mid-build: nothing more to wait for.
        }
    }

    /// <summary>Asks for the content to be looked at again (coalesced; the reload happens in the background).</summary>
    public void RequestReload(bool force = false)
    {
        if (force)
        {
            Volatile.Write(ref _forceReload, 1);
        }
        _reloadRequests.Writer.TryWrite(true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        StopWatching();
        // Disposed without a stop (a host that failed to start): the index thread still ends.
        _stopping.Cancel();
        _stopping.Dispose();
    }

    // The index's own thread: the first build at normal priority (start-up waits for it), then every reload at a lower
    // one, so a rebuild takes the cores only when members' turns leave them idle.
    private void Run(CancellationToken stopping)
    {
        try
        {
            if (!BuildFirst())
            {
                return;
            }
            if (!BackgroundPriority.LowerCurrentThread())
            {
                _log.LogDebug("The content index thread's priority could not be lowered; reloads run at normal priority.");
            }
            var requests = _reloadRequests.Reader;
            while (requests.WaitToReadAsync(stopping).AsTask().GetAwaiter().GetResult())
            {
                while (requests.TryRead(out _))
                {
                }
                Reload(Interlocked.Exchange(ref _forceReload, 0) == 1);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (Exception e)
        {
            // A thread of its own: an exception here would end the process, where the live index can go on answering.
            _log.LogError("The content index stopped watching ({ExceptionType}): {Message}; still answering from the last good index.",
                e.GetType().FullName, PersonalDataRedactor.Redact(e.Message));
        }
        finally
        {
            _run.TrySetResult();
        }
    }

    private bool BuildFirst()
    {
        try
        {
            lock (_gate)
            {
                var fingerprint = ContentFingerprint.Of(ContentPath);
                var loaded = Load();
                var day = TokyoCalendar.Today(_time);
                var snapshot = FaqIndexBuilder.Build(loaded.Set.EntriesOn(day), loaded.Analyzers, time: _time);
                _engine = new FaqSearchEngine(snapshot, _options.ResultCacheSize);
                _served = new Served(loaded, day, fingerprint);
                _lastSeen = fingerprint;
                LogDiagnostics(loaded.Diagnostics);
                _log.LogInformation("FAQ index built: {Entries} entries for {Day:yyyy-MM-dd} (Tokyo) from {ContentPath} in {Milliseconds:0} ms",
                    snapshot.Stats.Entries, day, ContentPath, snapshot.Stats.BuildTime.TotalMilliseconds);
                PrebuildNextDay();
            }
            _firstIndex.TrySetResult(_engine);
            WarmBot();
            lock (_gate)
            {
                // Ready and watching in one step: a midnight or an edit right after readiness is never missed.
                Publish(generation: 1, rejected: null);
                StartWatching();
            }
            return true;
        }
        catch (Exception e)
        {
            _log.LogCritical("The FAQ index or the bot could not be built ({ExceptionType}): {Message}; stopping.",
                e.GetType().FullName, PersonalDataRedactor.Redact(e.Message));
            Volatile.Write(ref _status, ContentStatus.Starting with { State = ContentState.Failed });
            _firstIndex.TrySetException(e);
            Environment.ExitCode = 1;
            // Stop once start-up has finished (at once if it has), so the failure is not mistaken for a cancelled start.
            _lifetime.ApplicationStarted.Register(_lifetime.StopApplication);
            return false;
        }
    }

    // The bot (dialogs over the new searcher) is made before readiness turns 200, so the first member waits for nothing;
    // a bot that cannot be made stops the service as a failed start-up would.
    private void WarmBot()
    {
        using var scope = _services.CreateScope();
        var bot = scope.ServiceProvider.GetService<IBot>()
            ?? throw new InvalidOperationException("no IBot is registered: the bot could not be built");
        _log.LogInformation("Bot ready: {BotType}; answering.", bot.GetType().Name);
    }

    private void Reload(bool force)
    {
        lock (_gate)
        {
            if (_served is not { } current || _engine is null)
            {
                return;
            }
            try
            {
                var fingerprint = ContentFingerprint.Of(ContentPath);
                if (!force && fingerprint == _lastSeen)
                {
                    return;
                }
                _lastSeen = fingerprint;
                var loaded = Load();
                if (!Accepts(current.Content, loaded))
                {
                    var rejected = NewErrors(current.Content, loaded);
                    foreach (var diagnostic in rejected)
                    {
                        _log.LogError("{Diagnostic}", diagnostic.Format(ContentPath));
                    }
                    _log.LogWarning("Content change not served: {Errors} new error(s); still answering from the content loaded at {LoadedAt:O}",
                        rejected.Count, current.Content.LoadedAt);
                    Publish(Status.Generation, rejected);
                    _metrics.ContentReloaded("rejected");
                    return;
                }
                var day = TokyoCalendar.Today(_time);
                if (fingerprint == current.Fingerprint && day == current.Day)
                {
                    // The files and the day of the live index: it already holds exactly the entries served today (the
                    // midnight's forced re-judgement, an edit undone). Only the date rules' verdicts can be new, so no
                    // rebuild, no swap, and no old index left for the collector.
                    _served = current with { Content = current.Content with { Diagnostics = loaded.Diagnostics, LoadedAt = loaded.LoadedAt } };
                    LogDiagnostics(loaded.Diagnostics);
                    Publish(Status.Generation, rejected: null);
                    _metrics.ContentReloaded("unchanged");
                    return;
                }
                var snapshot = FaqIndexBuilder.Build(loaded.Set.EntriesOn(day), loaded.Analyzers, time: _time);
                _engine.Swap(snapshot);
                _served = new Served(loaded, day, fingerprint);
                LogDiagnostics(loaded.Diagnostics);
                Publish(Status.Generation + 1, rejected: null);
                _metrics.ContentReloaded("success");
                _log.LogInformation("FAQ index reloaded: {Entries} entries for {Day:yyyy-MM-dd} (Tokyo) in {Milliseconds:0} ms",
                    snapshot.Stats.Entries, day, snapshot.Stats.BuildTime.TotalMilliseconds);
                ReturnReloadMemory();
                PrebuildNextDay();
            }
            catch (Exception e)
            {
                // Whatever went wrong, the index that is live stays live; the next change or re-scan tries again.
                _lastSeen = null;
                _metrics.ContentReloaded("failed");
                _log.LogError("Content reload failed ({ExceptionType}): {Message}; still answering from the last good index.",
                    e.GetType().FullName, PersonalDataRedactor.Redact(e.Message));
            }
        }
    }

    private void OnMidnight()
    {
        try
        {
            lock (_gate)
            {
                var today = TokyoCalendar.Today(_time);
                if (_served is { } current && _engine is not null && today != current.Day)
                {
                    var next = _next;
                    var snapshot = next is not null && next.Day == today && ReferenceEquals(next.Content, current.Content)
                        ? next.Snapshot.GetAwaiter().GetResult()
                        : FaqIndexBuilder.Build(current.Content.Set.EntriesOn(today), current.Content.Analyzers, time: _time);
                    _engine.Swap(snapshot);
                    _served = current with { Day = today };
                    Publish(Status.Generation + 1, Status.Rejected);
                    _log.LogInformation("New day in Tokyo ({Day:yyyy-MM-dd}): {Entries} entries served", today, snapshot.Stats.Entries);
                    PrebuildNextDay();
                }
            }
        }
        catch (Exception e)
        {
            _log.LogError("The day's scheduled versions could not be indexed ({ExceptionType}): {Message}; retrying on the next re-scan.",
                e.GetType().FullName, PersonalDataRedactor.Redact(e.Message));
        }
        ScheduleMidnight();
        // The date rules (an entry with no version valid today, valid_until soon) are judged again for the new day.
        RequestReload(force: true);
    }

    private LoadedContent Load()
    {
        var set = _loader.Load(ContentPath);
        var analysis = new List<ContentDiagnostic>();
        var analyzers = FaqAnalyzers.Create(set, analysis);
        IReadOnlyList<ContentDiagnostic> diagnostics = analysis.Count == 0 ? set.Diagnostics : [.. set.Diagnostics, .. analysis];
        return new LoadedContent(set, analyzers, diagnostics, _time.GetUtcNow());
    }

    // A change goes live when it brings no error in a file that had none: an edit that breaks a file is kept out, while
    // content that already had broken files at start-up can still be fixed one file at a time.
    private static bool Accepts(LoadedContent current, LoadedContent next) => NewErrors(current, next).Count == 0;

    private static List<ContentDiagnostic> NewErrors(LoadedContent current, LoadedContent next)
    {
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in current.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                broken.Add(diagnostic.File);
            }
        }
        var fresh = new List<ContentDiagnostic>();
        foreach (var diagnostic in next.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error && !broken.Contains(diagnostic.File))
            {
                fresh.Add(diagnostic);
            }
        }
        return fresh;
    }

    // A reload leaves the previous index and the build's garbage in the oldest generation, where the GC on its own
    // would keep the process at the reload's peak. One aggressive collection hands it back to the system. It runs on a
    // thread-pool thread: workstation GC collects on the thread that asks, and the index thread runs at a lower
    // priority, which on a busy machine stretched the pause of every turn (docs/BENCHMARKS.md, reload latency).
    private static void ReturnReloadMemory() =>
        Task.Run(static () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true));

    // Builds the next day's index ahead of a midnight at which a version starts or ends, so the switch is a swap.

    private void PrebuildNextDay()
    {
        _next = null;
        if (_served is not { } current)
        {
            return;
        }
        var tomorrow = current.Day.AddDays(1);
        if (current.Content.Set.NextChangeAfter(current.Day) == tomorrow)
        {
            var content = current.Content;
            _next = new Prebuilt(tomorrow, content,
                Task.Run(() => FaqIndexBuilder.Build(content.Set.EntriesOn(tomorrow), content.Analyzers, time: _time)));
        }
    }

    private void Publish(int generation, IReadOnlyList<ContentDiagnostic>? rejected)
    {
        var served = _served!;
        Volatile.Write(ref _status, new ContentStatus(ContentState.Ready, generation, served.Day, _engine!.Snapshot.Stats.Entries,
            served.Content.LoadedAt, served.Content.Diagnostics, rejected));
    }

    private void LogDiagnostics(IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _log.Log(diagnostic.Severity == DiagnosticSeverity.Error ? LogLevel.Error : LogLevel.Warning, "{Diagnostic}",
                diagnostic.Format(ContentPath));
        }
    }

    private void StartWatching()
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            _debounce = _time.CreateTimer(_ => RequestReload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _midnight = _time.CreateTimer(_ => OnMidnight(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            ScheduleMidnight();
            if (_options.RescanInterval > TimeSpan.Zero)
            {
                _rescan = _time.CreateTimer(_ => RequestReload(), null, _options.RescanInterval, _options.RescanInterval);
            }
            try
            {
                var watcher = new FileSystemWatcher(ContentPath)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += OnFileEvent;
                watcher.Created += OnFileEvent;
                watcher.Deleted += OnFileEvent;
                watcher.Renamed += OnFileEvent;
                watcher.Error += (_, e) =>
                {
                    _log.LogWarning("The content watcher lost events ({Message}); looking at the folder again.", e.GetException().Message);
                    RequestReload();
                };
                watcher.EnableRaisingEvents = true;
                _watcher = watcher;
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
            {
                _log.LogWarning("The content folder cannot be watched ({Message}); changes are seen by the re-scan only.", e.Message);
            }
        }
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e) =>
        _debounce?.Change(_options.ReloadDebounce, Timeout.InfiniteTimeSpan);

    private void ScheduleMidnight()
    {
        var now = _time.GetUtcNow();
        var next = TokyoCalendar.StartOf(TokyoCalendar.DayOf(now).AddDays(1));
        var due = next - now;
        _midnight?.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void StopWatching()
    {
        _watcher?.Dispose();
        _watcher = null;
        _debounce?.Dispose();
        _rescan?.Dispose();
        _midnight?.Dispose();
    }

    // One load of the folder: the content set, its analyzers and every problem found.
    private sealed record LoadedContent(ContentSet Set, FaqAnalyzers Analyzers, IReadOnlyList<ContentDiagnostic> Diagnostics,
        DateTimeOffset LoadedAt);

    // The content that is live, the day whose versions the live index holds, and the fingerprint of the files it came from.
    private sealed record Served(LoadedContent Content, DateOnly Day, string Fingerprint);

    // The next day's index, built ahead of its midnight from the content that is live.
    private sealed record Prebuilt(DateOnly Day, LoadedContent Content, Task<FaqIndexSnapshot> Snapshot);
}
