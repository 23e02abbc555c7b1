using FaqIndex.Search.Analysis;

namespace FaqIndex.Search;

/// <summary>Which analysed terms each entry holds in some of its fields, with document frequencies: the confidence model
/// asks how much of a question an entry covers, and how much of it the FAQ knows at all.</summary>
internal sealed class TermSets
{
    private readonly HashSet<string>[] _perDocument;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

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

    /// <summary>Computes document frequencies once every document is added.</summary>
    public void Freeze()
    {
        foreach (var set in _perDocument)
        {
            foreach (var term in set)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>Share of the question's idf weight whose terms (or a synonym of them) occur in the document.</summary>
    public double Coverage(AnalyzedTerms query, int document) => Covered(query, _perDocument[document]);

    /// <summary>Share of the question's idf weight whose terms occur in any document here or in <paramref name="other"/>
    /// (0 for a question about ramen).</summary>
    public double Known(AnalyzedTerms query, TermSets other)
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
                if (_documentFrequency.ContainsKey(term) || other._documentFrequency.ContainsKey(term))
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

    private double Covered(AnalyzedTerms query, HashSet<string> terms)
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
                if (terms.Contains(term))
                {
                    matched += weight;
                    break;
                }
            }
        }
        return total > 0 ? matched / total : 0;
    }

    /// <summary>BM25's idf; a term no entry contains weighs most, which is what makes off-topic questions score low.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
