using System.Collections.Concurrent;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace FaqIndex.Search;

/// <summary>Lucene's BM25, unchanged, plus what <see cref="FaqQuery"/> needs to score with it directly: the idf and a
/// field's 256-entry length table, built once per field instead of once per word of every query as BM25's own term
/// weights do.</summary>
internal sealed class FaqBm25Similarity(float k1, float b) : BM25Similarity(k1, b)
{
    private readonly ConcurrentDictionary<float, float[]> _lengthTables = new();

    /// <summary>BM25's idf of a word held by <paramref name="documentFrequency"/> of <paramref name="documents"/> entries.</summary>
    public float IdfOf(long documentFrequency, long documents) => Idf(documentFrequency, documents);

    /// <summary>The length factor k1 · (1 − b + b · length / average length) for each of the 256 norm bytes of a field,
    /// computed with BM25's own decoding and average, as its per-term cache is.</summary>
    public float[] LengthTable(CollectionStatistics collectionStats) =>
        _lengthTables.GetOrAdd(AvgFieldLength(collectionStats), average =>
        {
            var table = new float[256];
            for (int i = 0; i < table.Length; i++)
            {
                table[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / average);
            }
            return table;
        });
}
