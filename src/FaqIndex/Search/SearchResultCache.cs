using System.Collections.Concurrent;
using FaqIndex.Content;

namespace FaqIndex.Search;

/// <summary>Remembers the results of recent questions of one index generation, so a question asked again (a suggested
/// action or example question sends the same text every time) is answered without analysis or Lucene. Bounded: when the
/// newer half is full it becomes the older half and the oldest results are dropped, which keeps what is asked often.</summary>
/// <remarks>A result depends only on the normalised text, the audience and the snapshot; the cache belongs to one
/// snapshot, so swapping the index starts a new, empty cache.</remarks>
internal sealed class SearchResultCache
{
    private readonly int _halfCapacity;
    private Generation _current = new();

    /// <summary>Creates a cache holding at most about <paramref name="capacity"/> results.</summary>
    public SearchResultCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _halfCapacity = capacity / 2;
    }

    /// <summary>Results held now (never more than the capacity).</summary>
    public int Count
    {
        get
        {
            var generation = Volatile.Read(ref _current);
            return generation.Newer.Count + (generation.Older?.Count ?? 0);
        }
    }

    /// <summary>The remembered result for <paramref name="text"/> (already normalised) and <paramref name="audience"/>.</summary>
    public bool TryGet(string text, Audience audience, out FaqSearchResult result)
    {
        var generation = Volatile.Read(ref _current);
        var key = new Key(text, audience);
        if (generation.Newer.TryGetValue(key, out result!))
        {
            return true;
        }
        if (generation.Older is { } older && older.TryGetValue(key, out result!))
        {
            // Asked again: keep it through the next turnover.
            Add(text, audience, result);
            return true;
        }
        return false;
    }

    /// <summary>Remembers <paramref name="result"/>.</summary>
    public void Add(string text, Audience audience, FaqSearchResult result)
    {
        var generation = Volatile.Read(ref _current);
        if (generation.Newer.Count >= _halfCapacity)
        {
            // Racing threads may each turn over once; any of the new generations is a correct cache.
            var next = new Generation { Older = generation.Newer };
            generation = Interlocked.CompareExchange(ref _current, next, generation) == generation ? next : Volatile.Read(ref _current);
        }
        generation.Newer[new Key(text, audience)] = result;
    }

    private readonly record struct Key(string Text, Audience Audience);

    private sealed class Generation
    {
        public ConcurrentDictionary<Key, FaqSearchResult> Newer { get; } = new();
        public ConcurrentDictionary<Key, FaqSearchResult>? Older { get; init; }
    }
}
