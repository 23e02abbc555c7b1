namespace FaqBot.Channels.Teams;

/// <summary>A small thread-safe map that forgets its least recently written keys beyond a capacity: what the Teams
/// channel remembers between turns (which sent message was which answer, when a conversation was last welcomed)
/// without growing with every conversation ever seen.</summary>
internal sealed class RecentMap<TKey, TValue> where TKey : notnull
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _index;
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();

    public RecentMap(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        _capacity = capacity;
        _index = new Dictionary<TKey, LinkedListNode<(TKey, TValue)>>(comparer);
    }

    public void Set(TKey key, TValue value)
    {
        lock (_order)
        {
            if (_index.Remove(key, out var old))
            {
                _order.Remove(old);
            }
            _index[key] = _order.AddFirst((key, value));
            while (_index.Count > _capacity && _order.Last is { } last)
            {
                _index.Remove(last.Value.Key);
                _order.RemoveLast();
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_order)
        {
            if (_index.TryGetValue(key, out var node))
            {
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }
}
