using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FaqBot.Dialogs;

/// <summary>The default state store: one process's memory, bounded (least recently used evicted) and with idle expiry
/// by <see cref="TimeProvider"/>. States are stored serialised, as a shared store would, so no turn shares objects.</summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, (byte[] State, long LastUsedTicks)> _states = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly long _idleTicks;
    private int _evicting;

    /// <summary>Creates the store with the limits of the <c>Dialog</c> section.</summary>
    public InMemoryConversationStateStore(IOptions<DialogOptions> options, TimeProvider time)
    {
        _time = time;
        _capacity = Math.Max(1, options.Value.MaxConversations);
        _idleTicks = options.Value.StateIdleTimeout.Ticks;
    }

    /// <summary>How many conversations are held now.</summary>
    public int Count => _states.Count;

    /// <inheritdoc />
    public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var id = key.ToString();
        if (!_states.TryGetValue(id, out var entry))
        {
            return Task.FromResult<ConversationState?>(null);
        }
        if (IsExpired(entry.LastUsedTicks, Now()))
        {
            _states.TryRemove(KeyValuePair.Create(id, entry));
            return Task.FromResult<ConversationState?>(null);
        }
        return Task.FromResult(JsonSerializer.Deserialize<ConversationState>(entry.State));
    }

    /// <inheritdoc />
    public Task SaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        _states[key.ToString()] = (JsonSerializer.SerializeToUtf8Bytes(state), Now());
        if (_states.Count > _capacity)
        {
            Evict();
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        _states.TryRemove(key.ToString(), out _);
        return Task.CompletedTask;
    }

    private long Now() => _time.GetUtcNow().UtcTicks;

    private bool IsExpired(long lastUsed, long now) => now - lastUsed >= _idleTicks;

    // Over capacity: drop the expired, then the least recently used, down to 90% so eviction is rare.
    private void Evict()
    {
        if (Interlocked.Exchange(ref _evicting, 1) == 1)
        {
            return;
        }
        try
        {
            var now = Now();
            var live = new List<(string Key, long LastUsed)>(_states.Count);
            foreach (var (key, entry) in _states)
            {
                if (IsExpired(entry.LastUsedTicks, now))
                {
                    _states.TryRemove(key, out _);
                }
                else
                {
                    live.Add((key, entry.LastUsedTicks));
                }
            }
            var target = _capacity - _capacity / 10;
            if (live.Count <= target)
            {
                return;
            }
            live.Sort((a, b) => a.LastUsed.CompareTo(b.LastUsed));
            for (var i = 0; i < live.Count - target; i++)
            {
                _states.TryRemove(live[i].Key, out _);
            }
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }
}
