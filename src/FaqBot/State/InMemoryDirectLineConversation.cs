using FaqBot.Bot.Schema;

namespace FaqBot.State;

/// <summary>One Direct Line conversation in memory: its activities (kept as JSON, oldest dropped past a cap), numbered
/// by a sequence that is the watermark, and a signal that wakes WebSocket streams when something is added.</summary>
/// <remarks>An activity's JSON is held with this conversation's ids and its timestamp cut out (written back in when
/// read), shared through the store's cache with other conversations; the end signal and the wake-up signal are made
/// only when a stream asks for them. A conversation nobody reads (a flood's) holds little more than its ids.</remarks>
internal sealed class InMemoryDirectLineConversation : IDirectLineConversation
{
    // Also the lock: one object less per conversation. Most conversations hold one activity, the welcome.
    private readonly Queue<StoredActivity> _activities = new(1);
    private readonly int _maxActivities;
    private CancellationTokenSource? _ended;
    private int _isEnded;
    // Made by the first stream that waits, completed and cleared by the next append.
    private TaskCompletionSource? _changed;
    private long _lastSequence;
    private readonly TimeProvider _time;
    private long _lastActiveTicks;
    private int _memberSpoke;
    private int _openStreams;
    private readonly Action<InMemoryDirectLineConversation>? _becameUnused;
    private readonly InMemoryDirectLineActivityJsonCache? _shared;

    /// <summary>Creates an empty conversation whose first activity is numbered <paramref name="lastSequence"/> + 1;
    /// <paramref name="becameUnused"/> is told when its last stream closes and the member never wrote, so it may make
    /// room again; activity JSON the same as another conversation's is held once through <paramref name="shared"/>.</summary>
    public InMemoryDirectLineConversation(string id, string userId, int maxActivities, TimeProvider time, long lastSequence = 0,
        Action<InMemoryDirectLineConversation>? becameUnused = null, InMemoryDirectLineActivityJsonCache? shared = null)
    {
        _shared = shared;
        _becameUnused = becameUnused;
        _lastSequence = lastSequence;
        _time = time;
        var now = time.GetUtcNow();
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _lastActiveTicks = now.UtcTicks;
    }

    /// <summary>The conversation's id.</summary>
    public string Id { get; }

    /// <summary>The member's id, from the token.</summary>
    public string UserId { get; }

    /// <summary>The watermark of the newest activity (the starting number while there is none).</summary>
    public long LastSequence
    {
        get
        {
            lock (_activities)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>When anything last happened here (UTC ticks).</summary>
    public long LastActiveTicks => Interlocked.Read(ref _lastActiveTicks);

    /// <summary>True once the member posted anything, or while a stream is open: such a conversation is dropped only
    /// when idle, never to make room for a new one.</summary>
    public bool InUse => Volatile.Read(ref _memberSpoke) == 1 || Volatile.Read(ref _openStreams) > 0;

    /// <summary>Whether the store's eviction queue holds it (read and written under the store's gate).</summary>
    internal bool Queued { get; set; }

    /// <summary>Cancelled when the conversation is dropped, so open streams close.</summary>
    public CancellationToken Ended
    {
        get
        {
            lock (_activities)
            {
                if (_ended is null)
                {
                    _ended = new CancellationTokenSource();
                    if (_isEnded == 1)
                    {
                        _ended.Cancel();
                    }
                }
                return _ended.Token;
            }
        }
    }

    /// <summary>True once the conversation was dropped (read without making the end signal).</summary>
    internal bool IsEnded => Volatile.Read(ref _isEnded) == 1;

    /// <inheritdoc />
    public DirectLineStreamLease OpenStream()
    {
        Interlocked.Increment(ref _openStreams);
        return new DirectLineStreamLease(() =>
        {
            if (Interlocked.Decrement(ref _openStreams) == 0 && Volatile.Read(ref _memberSpoke) == 0)
            {
                _becameUnused?.Invoke(this);
            }
        });
    }

    /// <inheritdoc />
    public Task TouchAsync(CancellationToken cancellationToken)
    {
        Touch(_time.GetUtcNow());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string[]> AppendAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        Task.FromResult(Append(activities, _time.GetUtcNow()));

    /// <inheritdoc />
    public Task<(List<byte[]> Activities, long Watermark)> ReadAfterAsync(long watermark, int max, CancellationToken cancellationToken) =>
        Task.FromResult(ReadAfter(watermark, max));

    private void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    private string[] Append(IReadOnlyList<Activity> activities, DateTimeOffset now)
    {
        var ids = new string[activities.Count];
        if (ids.Length == 0)
        {
            return ids;
        }
        foreach (var activity in activities)
        {
            if (activity.From?.Role == "user")
            {
                Volatile.Write(ref _memberSpoke, 1);
            }
        }
        TaskCompletionSource? wake;
        lock (_activities)
        {
            var first = _lastSequence + 1;
            DirectLineTranscript.Number(activities, (Id, first), static (state, i) => DirectLineTranscript.IdOf(state.Id, state.first + i));
            for (var i = 0; i < ids.Length; i++)
            {
                var activity = activities[i];
                var timestamp = activity.Timestamp ??= now;
                _activities.Enqueue(new StoredActivity(first + i, InMemoryDirectLineActivityJson.Cut(activity, timestamp, Id, UserId, _shared),
                    timestamp));
                ids[i] = activity.Id!;
            }
            _lastSequence = first + ids.Length - 1;
            while (_activities.Count > _maxActivities)
            {
                _activities.Dequeue();
            }
            wake = _changed;
            _changed = null;
        }
        Touch(now);
        wake?.TrySetResult();
        return ids;
    }

    private (List<byte[]> Activities, long Watermark) ReadAfter(long watermark, int max)
    {
        var result = new List<byte[]>();
        lock (_activities)
        {
            var last = watermark > _lastSequence ? _lastSequence : watermark;
            foreach (var stored in _activities)
            {
                if (stored.Sequence <= watermark)
                {
                    continue;
                }
                if (result.Count == max)
                {
                    break;
                }
                result.Add(stored.Json.Render(Id, UserId, stored.Timestamp));
                last = stored.Sequence;
            }
            return (result, last);
        }
    }

    /// <inheritdoc />
    public Task NextChange()
    {
        lock (_activities)
        {
            return (_changed ??= NewSignal()).Task;
        }
    }

    /// <summary>Ends the conversation: open streams close.</summary>
    public void End()
    {
        CancellationTokenSource? ended;
        lock (_activities)
        {
            _isEnded = 1;
            ended = _ended;
        }
        ended?.Cancel();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly record struct StoredActivity(long Sequence, InMemoryDirectLineActivityJson Json, DateTimeOffset Timestamp);
}
