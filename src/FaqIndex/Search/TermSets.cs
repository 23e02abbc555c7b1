using FaqIndex.Search.Analysis;

namespace FaqIndex.Search;

/// <summary>Which analysed terms each entry holds in some of its fields, with document frequencies: the confidence model
/// asks how much of a question an entry covers, and how much of it the FAQ knows at all.</summary>
internal sealed class TermSets
{
    private readonly HashSet<string>[] _perDocument;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    // Which documents hold each term, one bit per document: a question's coverage of all its candidates then costs
    // one lookup per word instead of one per word and candidate.
    private readonly Dictionary<string, ulong[]> _holders = new(StringComparer.Ordinal);
    // The twin similarity of every pair of documents (row-major): a pure function of the frozen sets, made once with the
    // index (only the question side is asked), not per search.
    private double[] _twins = [];

    public TermSets(int documents)
    {
        _perDocument = new HashSet<string>[documents];
        for (int i = 0; i < documents; i++)
        {
            _perDocument[i] = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the terms of <paramref name="text"/> to document <paramref name="document"/>.</summary>
    public void Add(int document, Lucene.Net.Analysis.Analyzer analyzer, string field, string text) =>
        AnalyzedTerms.Collect(analyzer, field, text, _perDocument[document]);

    /// <summary>Computes document frequencies and holders once every document is added, and with
    /// <paramref name="withTwins"/> the <see cref="Twin"/> of every pair of documents.</summary>
    public void Freeze(bool withTwins = false)
    {
        int words = (_perDocument.Length + 63) / 64;
        for (int document = 0; document < _perDocument.Length; document++)
        {
            foreach (var term in _perDocument[document])
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
                if (!_holders.TryGetValue(term, out var bits))
                {
                    bits = new ulong[words];
                    _holders[term] = bits;
                }
                bits[document >> 6] |= 1UL << (document & 63);
            }
        }
        if (withTwins)
        {
            _twins = BuildTwins();
        }
    }

    /// <summary>Every term held by some document (after <see cref="Freeze"/>).</summary>
    public IEnumerable<string> Terms => _documentFrequency.Keys;

    /// <summary>Most documents one <see cref="Coverage"/> call scores.</summary>
    public const int MaxBatch = 64;

    /// <summary>For each of <paramref name="documents"/> (at most <see cref="MaxBatch"/>), the share of the question's
    /// idf weight whose terms (or a synonym of them) occur in it, into <paramref name="coverage"/>; each word is looked
    /// up once for all of them.</summary>
    public void Coverage(AnalyzedTerms query, ReadOnlySpan<int> documents, Span<double> coverage)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(documents.Length, MaxBatch);
        Span<double> matched = stackalloc double[documents.Length];
        Span<bool> found = stackalloc bool[documents.Length];
        matched.Clear();
        double total = 0;
        int corpus = _perDocument.Length;
        for (int g = 0; g < query.GroupCount; g++)
        {
            var group = query.Group(g);
            double weight = Idf(_documentFrequency.GetValueOrDefault(group[0]), corpus);
            total += weight;
            found.Clear();
            foreach (var term in group)
            {
                if (!_holders.TryGetValue(term, out var bits))
                {
                    continue;
                }
                for (int i = 0; i < documents.Length; i++)
                {
                    found[i] |= (bits[documents[i] >> 6] & (1UL << (documents[i] & 63))) != 0;
                }
            }
            for (int i = 0; i < documents.Length; i++)
            {
                if (found[i])
                {
                    matched[i] += weight;
                }
            }
        }
        for (int i = 0; i < documents.Length; i++)
        {
            coverage[i] = total > 0 ? matched[i] / total : 0;
        }
    }

    /// <summary>Share of the question's idf weight whose terms occur in any document here or in <paramref name="other"/>
    /// (0 for a question about ramen); without <paramref name="other"/>, in this set alone.</summary>
    public double Known(AnalyzedTerms query, TermSets? other = null)
    {
        double total = 0, matched = 0;
        int documents = _perDocument.Length;
        for (int g = 0; g < query.GroupCount; g++)
        {
            var group = query.Group(g);
            double weight = Idf(_documentFrequency.GetValueOrDefault(group[0]), documents);
            total += weight;
            foreach (var term in group)
            {
                if (_documentFrequency.ContainsKey(term) || other?._documentFrequency.ContainsKey(term) == true)
                {
                    matched += weight;
                    break;
                }
            }
        }
        return total > 0 ? matched / total : 0;
    }

    /// <summary>Number of positions of the question (up to 3) with no term in any document here or in <paramref name="other"/>.</summary>
    public int Unknown(AnalyzedTerms query, TermSets other)
    {
        int unknown = 0;
        for (int g = 0; g < query.GroupCount && unknown < 3; g++)
        {
            bool known = false;
            foreach (var term in query.Group(g))
            {
                known |= _documentFrequency.ContainsKey(term) || other._documentFrequency.ContainsKey(term);
            }
            unknown += known ? 0 : 1;
        }
        return unknown;
    }

    /// <summary>The largest share of entries holding one of the question's terms (or a synonym): a domain anchor such as
    /// 資格確認書 or マイナ is in many entries, while an off-topic question (天気, 年金) touches at most a stray one.</summary>
    public double Anchor(AnalyzedTerms query)
    {
        int best = 0;
        for (int g = 0; g < query.GroupCount; g++)
        {
            foreach (var term in query.Group(g))
            {
                best = Math.Max(best, _documentFrequency.GetValueOrDefault(term));
            }
        }
        return _perDocument.Length == 0 ? 0 : (double)best / _perDocument.Length;
    }

    /// <summary>Shares of the question's idf weight in words that document <paramref name="a"/> holds and
    /// <paramref name="b"/> does not (<c>AOnly</c>), and the other way round (<c>BOnly</c>): the words that tell two near
    /// twins apart, and which of them the question uses.</summary>
    public (double AOnly, double BOnly) Evidence(AnalyzedTerms query, int a, int b)
    {
        double total = 0, aOnly = 0, bOnly = 0;
        int corpus = _perDocument.Length;
        for (int g = 0; g < query.GroupCount; g++)
        {
            var group = query.Group(g);
            double weight = Idf(_documentFrequency.GetValueOrDefault(group[0]), corpus);
            total += weight;
            bool inA = false, inB = false;
            foreach (var term in group)
            {
                if (_holders.TryGetValue(term, out var bits))
                {
                    inA |= Holds(bits, a);
                    inB |= b >= 0 && Holds(bits, b);
                }
            }
            aOnly += inA && !inB ? weight : 0;
            bOnly += inB && !inA ? weight : 0;
        }
        return total > 0 ? (aOnly / total, bOnly / total) : (0, 0);
    }

    /// <summary>How much two documents are near twins: the idf weight of the terms both hold over that of the smaller
    /// one's (weighted overlap, 0–1; 0 when <paramref name="b"/> is negative, no runner-up). Shared domain words weigh
    /// little, so two entries are twins only when they also share their specific words; the overlap rather than the
    /// Jaccard share, so that an entry with many alternates is still the twin of a short one inside it.</summary>
    public double Twin(int a, int b) => b < 0 ? 0 : _twins[a * _perDocument.Length + b];

    private double[] BuildTwins()
    {
        int count = _perDocument.Length;
        var weight = new double[count];
        for (int document = 0; document < count; document++)
        {
            foreach (var term in _perDocument[document])
            {
                weight[document] += Idf(_documentFrequency[term], count);
            }
        }
        var twins = new double[count * count];
        for (int a = 0; a < count; a++)
        {
            for (int b = 0; b < count; b++)
            {
                twins[a * count + b] = a == b ? 1 : Overlap(a, b, weight);
            }
        }
        return twins;
    }

    private double Overlap(int a, int b, double[] weight)
    {
        var (small, large) = _perDocument[a].Count <= _perDocument[b].Count ? (_perDocument[a], _perDocument[b]) : (_perDocument[b], _perDocument[a]);
        double common = 0;
        foreach (var term in small)
        {
            if (large.Contains(term))
            {
                common += Idf(_documentFrequency[term], _perDocument.Length);
            }
        }
        double smaller = Math.Min(weight[a], weight[b]);
        return smaller > 0 ? common / smaller : 0;
    }

    /// <summary>Share of the question's idf weight in words document <paramref name="document"/> holds neither here nor in
    /// <paramref name="other"/>: what the question asks that this entry never mentions.</summary>
    public double Uncovered(AnalyzedTerms query, int document, TermSets other)
    {
        double total = 0, missing = 0;
        int corpus = _perDocument.Length;
        for (int g = 0; g < query.GroupCount; g++)
        {
            var group = query.Group(g);
            double weight = Idf(_documentFrequency.GetValueOrDefault(group[0]), corpus);
            total += weight;
            bool held = false;
            foreach (var term in group)
            {
                held |= (_holders.TryGetValue(term, out var bits) && Holds(bits, document))
                    || (other._holders.TryGetValue(term, out var otherBits) && Holds(otherBits, document));
            }
            missing += held ? 0 : weight;
        }
        return total > 0 ? missing / total : 0;
    }

    /// <summary>Share of the question's positions with no term in any document here (unweighted).</summary>
    public double Foreign(AnalyzedTerms query)
    {
        int foreign = 0;
        for (int g = 0; g < query.GroupCount; g++)
        {
            bool known = false;
            foreach (var term in query.Group(g))
            {
                known |= _documentFrequency.ContainsKey(term);
            }
            foreign += known ? 0 : 1;
        }
        return query.GroupCount > 0 ? (double)foreign / query.GroupCount : 0;
    }

    private static bool Holds(ulong[] bits, int document) => (bits[document >> 6] & (1UL << (document & 63))) != 0;

    /// <summary>BM25's idf; a term no entry contains weighs most, which is what makes off-topic questions score low.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
