using System.Collections.Concurrent;
using FaqBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.State;

/// <summary>All Direct Line conversations in this process's memory, bounded: idle ones expire; at the cap, the least
/// recently active conversation nobody uses (no member wrote in it, no stream is open) makes room, and when every held
/// conversation is one a member is using, a new one is refused rather than evicting theirs.</summary>
/// <remarks>Making room is cheap at the cap (a flood keeps the store there): the conversations that may make room wait in
/// a priority queue keyed by when they were last active. A key goes stale when the conversation is active again; it is
/// corrected when it reaches the front, so each creation costs a few heap steps instead of a scan of every
/// conversation.</remarks>
public sealed class InMemoryDirectLineStore : IDirectLineConversationStore, IDisposable
{
    private readonly ConcurrentDictionary<string, InMemoryDirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InMemoryDirectLineStore> _log;
    private readonly ITimer _sweeper;
    // Guards creation and the eviction queue.
    private readonly object _createGate = new();
    private readonly PriorityQueue<InMemoryDirectLineConversation, long> _evictable = new();
    private long _lastFullWarningTicks;
    private readonly Func<long> _firstWatermark;
    private readonly Action<InMemoryDirectLineConversation> _becameUnused;
    // One copy of the welcome (and of any activity the same in many conversations) for every conversation.
    private readonly InMemoryDirectLineActivityJsonCache _sharedJson = new();

    /// <summary>Creates the store and its idle sweeper (once a minute, on the given clock).</summary>
    public InMemoryDirectLineStore(IOptionsMonitor<DirectLineOptions> options, TimeProvider time, ILogger<InMemoryDirectLineStore> log)
        : this(options, time, log, static () => 0)
    {
    }

    /// <summary>Creates a store whose new conversations number their activities after <paramref name="firstWatermark"/>
    /// (an outage fallback starts above any watermark the shared store has handed out).</summary>
    internal InMemoryDirectLineStore(IOptionsMonitor<DirectLineOptions> options, TimeProvider time, ILogger<InMemoryDirectLineStore> log,
        Func<long> firstWatermark)
    {
        _firstWatermark = firstWatermark;
        _options = options;
        _time = time;
        _log = log;
        _becameUnused = conversation =>
        {
            lock (_createGate)
            {
                Queue(conversation);
            }
        };
        _sweeper = time.CreateTimer(static state => ((InMemoryDirectLineStore)state!).RemoveIdle(), this,
            TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <inheritdoc />
    public Task<IDirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IDirectLineConversation?>(Find(conversationId));

    /// <inheritdoc />
    public Task<(IDirectLineConversation? Conversation, bool Created)> GetOrCreateAsync(string conversationId, string userId,
        CancellationToken cancellationToken)
    {
        if (Find(conversationId) is { } existing)
        {
            return Task.FromResult<(IDirectLineConversation?, bool)>((existing, false));
        }
        var options = _options.CurrentValue;
        lock (_createGate)
        {
            if (_conversations.TryGetValue(conversationId, out existing))
            {
                return Task.FromResult<(IDirectLineConversation?, bool)>((existing, false));
            }
            while (_conversations.Count >= options.MaxConversations)
            {
                if (!RemoveLeastRecentlyActiveUnused())
                {
                    WarnFull();
                    return Task.FromResult<(IDirectLineConversation?, bool)>((null, false));
                }
            }
            var conversation = new InMemoryDirectLineConversation(conversationId, userId, options.MaxActivitiesPerConversation, _time,
                _firstWatermark(), _becameUnused, _sharedJson);
            _conversations[conversationId] = conversation;
            Queue(conversation);
            return Task.FromResult<(IDirectLineConversation?, bool)>((conversation, true));
        }
    }

    /// <summary>Drops every conversation idle longer than the configured timeout.</summary>
    public void RemoveIdle()
    {
        var now = _time.GetUtcNow();
        foreach (var pair in _conversations)
        {
            if (IsIdle(pair.Value, now))
            {
                Remove(pair.Value);
            }
        }
        lock (_createGate)
        {
            // Dropped conversations wait in the queue until they reach its front; rebuild it when they are most of it,
            // so what expired is not kept alive by the queue.
            if (_evictable.Count > 64 && _evictable.Count > 2 * _conversations.Count)
            {
                var kept = new List<(InMemoryDirectLineConversation, long)>(_conversations.Count);
                while (_evictable.TryDequeue(out var conversation, out var ticks))
                {
                    if (conversation.IsEnded)
                    {
                        conversation.Queued = false;
                    }
                    else
                    {
                        kept.Add((conversation, ticks));
                    }
                }
                _evictable.EnqueueRange(kept);
            }
        }
    }

    /// <summary>The conversations held now.</summary>
    internal ICollection<InMemoryDirectLineConversation> Conversations => _conversations.Values;

    /// <summary>Drops one conversation (its streams close).</summary>
    internal void Remove(string conversationId)
    {
        if (_conversations.TryGetValue(conversationId, out var conversation))
        {
            Remove(conversation);
        }
    }

    /// <summary>The conversation if held (idle or not), without touching it.</summary>
    internal InMemoryDirectLineConversation? Peek(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <inheritdoc />
    public void Dispose() => _sweeper.Dispose();

    private InMemoryDirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }
        if (IsIdle(conversation, _time.GetUtcNow()))
        {
            Remove(conversation);
            return null;
        }
        return conversation;
    }

    private bool IsIdle(InMemoryDirectLineConversation conversation, DateTimeOffset now) =>
        now.UtcTicks - conversation.LastActiveTicks > _options.CurrentValue.ConversationIdleTimeout.Ticks;

    // Only a conversation nobody uses (no member wrote in it, no stream is open) may make room: a flood of new empty
    // conversations replaces its own. Called under the gate.
    private bool RemoveLeastRecentlyActiveUnused()
    {
        while (_evictable.TryDequeue(out var conversation, out var queuedTicks))
        {
            if (conversation.IsEnded)
            {
                conversation.Queued = false;
                continue;
            }
            if (conversation.InUse)
            {
                // Out of the queue while in use; it comes back when its last stream closes, if the member never wrote.
                conversation.Queued = false;
                if (!conversation.InUse)
                {
                    Queue(conversation);
                }
                continue;
            }
            var lastActive = conversation.LastActiveTicks;
            if (lastActive != queuedTicks)
            {
                // Active since it was queued: its place is further back.
                _evictable.Enqueue(conversation, lastActive);
                continue;
            }
            conversation.Queued = false;
            Remove(conversation);
            return true;
        }
        return false;
    }

    // Called under the gate; a conversation is in the queue at most once.
    private void Queue(InMemoryDirectLineConversation conversation)
    {
        if (!conversation.Queued && !conversation.IsEnded)
        {
            conversation.Queued = true;
            _evictable.Enqueue(conversation, conversation.LastActiveTicks);
        }
    }

    // At most one line a minute: a flood must not flood the log too.
    private void WarnFull()
    {
        var now = _time.GetUtcNow().UtcTicks;
        if (now - Interlocked.Read(ref _lastFullWarningTicks) >= TimeSpan.TicksPerMinute)
        {
            Interlocked.Exchange(ref _lastFullWarningTicks, now);
            _log.LogWarning("Direct Line holds {Count} conversations members are using (DirectLine:MaxConversations); " +
                "new conversations are refused until some go idle.", _conversations.Count);
        }
    }

    private void Remove(InMemoryDirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, InMemoryDirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.End();
        }
    }
}
