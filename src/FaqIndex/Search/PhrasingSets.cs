using System.Buffers;
using FaqIndex.Search.Analysis;

namespace FaqIndex.Search;

/// <summary>Each entry's phrasings (its question and every alternate) kept apart as sets of reading bigrams, to measure
/// how close a question is to the nearest single phrasing: a member who types almost exactly one of them wants that entry,
/// however common its words are.</summary>
internal sealed class PhrasingSets
{
    private readonly List<int>[] _perDocument;              // phrasing numbers of each document, in the order added
    private readonly List<int> _sizes = [];                  // bigrams per phrasing
    private readonly Dictionary<string, List<int>> _phrasingsWith = new(StringComparer.Ordinal); // bigram → phrasings holding it

    public PhrasingSets(int documents)
    {
        _perDocument = new List<int>[documents];
        for (int i = 0; i < documents; i++)
        {
            _perDocument[i] = [];
        }
    }

    /// <summary>Adds one phrasing (already turned into its reading) of document <paramref name="document"/>.</summary>
    public void Add(int document, Lucene.Net.Analysis.Analyzer bigrams, string reading)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        AnalyzedTerms.Collect(bigrams, FaqIndexFields.Reading, reading, set);
        if (set.Count == 0)
        {
            return;
        }
        int phrasing = _sizes.Count;
        _sizes.Add(set.Count);
        _perDocument[document].Add(phrasing);
        foreach (var bigram in set)
        {
            if (!_phrasingsWith.TryGetValue(bigram, out var holders))
            {
                holders = [];
                _phrasingsWith[bigram] = holders;
            }
            holders.Add(phrasing);
        }
    }

    /// <summary>For each of <paramref name="documents"/>, the best Dice similarity between the question's bigrams and
    /// one of its phrasings (0–1), into <paramref name="similarity"/>; each bigram is looked up once for all of them.</summary>
    public void Similarity(HashSet<string> question, ReadOnlySpan<int> documents, Span<double> similarity)
    {
        similarity[..documents.Length].Clear();
        if (question.Count == 0)
        {
            return;
        }
        var shared = ArrayPool<int>.Shared.Rent(_sizes.Count);
        try
        {
            Array.Clear(shared, 0, _sizes.Count);
            foreach (var bigram in question)
            {
                if (_phrasingsWith.TryGetValue(bigram, out var holders))
                {
                    foreach (var phrasing in holders)
                    {
                        shared[phrasing]++;
                    }
                }
            }
            for (int i = 0; i < documents.Length; i++)
            {
                double best = 0;
                foreach (var phrasing in _perDocument[documents[i]])
                {
                    double dice = 2.0 * shared[phrasing] / (question.Count + _sizes[phrasing]);
                    best = Math.Max(best, dice);
                }
                similarity[i] = best;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }
}
