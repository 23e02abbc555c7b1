using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace FaqIndex.Search;

/// <summary>Lucene's BM25 (same norms, idf and scores) with the per-field length table shared instead of rebuilt for
/// every word of every query: Lucene's <see cref="BM25Similarity"/> fills 256 floats per term weight, which was about
/// half the cost of a whole FAQ search.</summary>
/// <remarks>Norms are encoded by Lucene's own BM25Similarity, so indexes are interchangeable; the score of a document is
/// computed with the same float operations in the same order (FaqBm25SimilarityTests compares the two).</remarks>
internal sealed class FaqBm25Similarity : Similarity
{
    // What the one-byte norm of a field decodes to (1 / length², Lucene's BM25 encoding).
    private static readonly float[] DecodedNorms = CreateDecodedNorms();

    private readonly BM25Similarity _norms;
    private readonly float _k1;
    private readonly float _b;
    private readonly ConcurrentDictionary<float, float[]> _lengthTables = new();

    /// <summary>Creates the similarity with BM25's k1 (term-frequency saturation) and b (length normalisation).</summary>
    public FaqBm25Similarity(float k1, float b)
    {
        _norms = new BM25Similarity(k1, b);
        _k1 = k1;
        _b = b;
    }

    /// <summary>BM25's k1: term-frequency saturation (and the length factor of a field without norms).</summary>
    public float K1 => _k1;

    public override long ComputeNorm(FieldInvertState state) => _norms.ComputeNorm(state);

    /// <summary>The length factor k1 · (1 − b + b · length / average length) for each of the 256 norm bytes of a field.</summary>
    public float[] LengthTable(CollectionStatistics collectionStats) => _lengthTables.GetOrAdd(AverageLength(collectionStats), LengthTable);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        float idf = 0;
        foreach (var term in termStats)
        {
            idf += Idf(term.DocFreq, collectionStats.MaxDoc);
        }
        return new Weight(collectionStats.Field, idf, queryBoost, LengthTable(collectionStats));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Weight)weight;
        return new Scorer(stats, stats.Value * (_k1 + 1), context.AtomicReader.GetNormValues(stats.Field), _k1);
    }

    /// <summary>Lucene's BM25 idf: log(1 + (N − n + 0.5) / (n + 0.5)).</summary>
    public static float Idf(long documentFrequency, long documents) =>
        (float)Math.Log(1 + (documents - documentFrequency + 0.5D) / (documentFrequency + 0.5D));

    private static float AverageLength(CollectionStatistics collectionStats)
    {
        long total = collectionStats.SumTotalTermFreq;
        return total <= 0 ? 1f : (float)(total / (double)collectionStats.MaxDoc);
    }

    private float[] LengthTable(float averageLength)
    {
        var table = new float[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = _k1 * ((1 - _b) + _b * DecodedNorms[i] / averageLength);
        }
        return table;
    }

    private static float[] CreateDecodedNorms()
    {
        var table = new float[256];
        for (int i = 0; i < table.Length; i++)
        {
            float f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }
        return table;
    }

    private sealed class Weight(string field, float idf, float queryBoost, float[] lengths) : SimWeight
    {
        public string Field { get; } = field;
        public float[] Lengths { get; } = lengths;
        public float Idf { get; } = idf;
        public float Value { get; private set; } = idf * queryBoost;

        public override float GetValueForNormalization()
        {
            float own = Idf * queryBoost;
            return own * own;
        }

        // BM25 ignores the query norm; only the boosts of the enclosing queries count.

        public override void Normalize(float queryNorm, float topLevelBoost) => Value = Idf * queryBoost * topLevelBoost;
    }

    private sealed class Scorer(Weight weight, float weightValue, NumericDocValues? norms, float k1) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            // Without norms BM25 acts as if b were 0.
            float norm = norms is null ? k1 : weight.Lengths[(byte)norms.Get(doc)];
            return weightValue * freq / (freq + norm);
        }

        public override Explanation Explain(int doc, Explanation freq)
        {
            var result = new Explanation(Score(doc, freq.Value), string.Create(CultureInfo.InvariantCulture,
                $"score(doc={doc},freq={freq.Value}), BM25 with idf {weight.Idf} and boost {weight.Value / weight.Idf}"));
            result.AddDetail(freq);
            return result;
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;
    }
}
