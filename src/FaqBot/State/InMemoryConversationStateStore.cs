using System.Collections.Concurrent;
using System.Text.Json;
using FaqBot.Dialogs;
using Microsoft.Extensions.Options;

namespace FaqBot.State;

/// <summary>The default state store: one process's memory, bounded (least recently used evicted) and with idle expiry
/// by <see cref="TimeProvider"/>. States are stored serialised, as a shared store would, so no turn shares objects; a
/// conversation that has nothing to remember (a welcome turn) takes no room, so a flood of new conversations costs
/// nothing here.</summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
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
    public Task<StoredConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var id = key.ToString();
        if (!_states.TryGetValue(id, out var entry))
        {
            return Task.FromResult<StoredConversationState?>(null);
        }
        if (IsExpired(entry.LastUsedTicks, Now()))
        {
            _states.TryRemove(KeyValuePair.Create(id, entry));
            return Task.FromResult<StoredConversationState?>(null);
        }
        var state = JsonSerializer.Deserialize<ConversationState>(entry.State) ?? new ConversationState();
        return Task.FromResult<StoredConversationState?>(new StoredConversationState(state, entry.Version));
    }

    /// <inheritdoc />
    public Task<bool> TrySaveAsync(ConversationKey key, ConversationState state, long expectedVersion, CancellationToken cancellationToken)
    {
        var id = key.ToString();
        var now = Now();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(state);
        bool saved;
        if (_states.TryGetValue(id, out var current) && !IsExpired(current.LastUsedTicks, now))
        {
            // Entries are compared by reference: the update wins only over the very entry whose version was checked.
            saved = current.Version == expectedVersion
                && _states.TryUpdate(id, new Entry(bytes, expectedVersion + 1, now), current);
        }
        else if (expectedVersion == 0 && UntouchedConversationState.Is(bytes))
        {
            // A fresh conversation with nothing to remember: absent and untouched load the same.
            if (current is not null)
            {
                _states.TryRemove(KeyValuePair.Create(id, current));
            }
            return Task.FromResult(true);
        }
        else if (current is not null)
        {
            // Expired: whatever the caller loaded is gone, so only a turn that started afresh may save.
            saved = expectedVersion == 0 && _states.TryUpdate(id, new Entry(bytes, 1, now), current);
        }
        else
        {
            saved = expectedVersion == 0 && _states.TryAdd(id, new Entry(bytes, 1, now));
        }
        if (saved && _states.Count > _capacity)
        {
            Evict();
        }
        return Task.FromResult(saved);
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

    // A class, so TryUpdate's comparison is by reference (a record would compare the byte array's reference anyway).
    private sealed class Entry(byte[] state, long version, long lastUsedTicks)
    {
        public byte[] State { get; } = state;

        public long Version { get; } = version;

        public long LastUsedTicks { get; } = lastUsedTicks;
    }
}
