using FaqIndex.Search.Analysis;

namespace FaqIndex.Search;

/// <summary>Each entry's phrasings (its question and every alternate) kept apart as sets of reading bigrams, to measure
/// how close a question is to the nearest single phrasing: a member who types almost exactly one of them wants that entry,
/// however common its words are.</summary>
internal sealed class PhrasingSets
{
    private readonly List<HashSet<string>>[] _perDocument;

    public PhrasingSets(int documents)
    {
        _perDocument = new List<HashSet<string>>[documents];
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
        if (set.Count > 0)
        {
            _perDocument[document].Add(set);
        }
    }

    /// <summary>The best Dice similarity between the question's bigrams and one phrasing of the document (0–1).</summary>
    public double Similarity(HashSet<string> question, int document)
    {
        if (question.Count == 0)
        {
            return 0;
        }
        double best = 0;
        foreach (var phrasing in _perDocument[document])
        {
            int shared = 0;
            foreach (var bigram in question)
            {
                shared += phrasing.Contains(bigram) ? 1 : 0;
            }
            double dice = 2.0 * shared / (question.Count + phrasing.Count);
            best = Math.Max(best, dice);
        }
        return best;
    }
}
