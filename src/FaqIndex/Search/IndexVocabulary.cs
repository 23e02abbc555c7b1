using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqIndex.Search;

/// <summary>Every term of a snapshot's searched fields with its postings and statistics, read once when the snapshot is
/// built: a query then never seeks the terms dictionary nor decodes a posting list (together most of a search's cost
/// on an index this small), and a word the index does not hold is known to match nothing without asking Lucene.</summary>
/// <remarks>Lucene's own answer to this is the in-memory "Direct" postings format, which lives in Lucene.Net.Codecs;
/// that package is not available here, so the vocabulary keeps the arrays and <see cref="FaqQuery"/> reads them.</remarks>
internal sealed class IndexVocabulary
{
    private readonly Dictionary<string, Dictionary<string, TermPostings>> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    /// <summary>Reads the terms of <paramref name="fields"/> from <paramref name="searcher"/>'s index, which must be one
    /// segment (the builder merges to one) or, with no entries at all, none.</summary>
    public IndexVocabulary(IndexSearcher searcher, IEnumerable<string> fields)
    {
        var leaves = searcher.IndexReader.Leaves;
        if (leaves.Count == 0)
        {
            Reader = searcher.IndexReader;
            return;
        }
        if (leaves.Count != 1)
        {
            throw new InvalidOperationException($"the FAQ index has {leaves.Count} segments; the vocabulary reads exactly one");
        }
        var reader = leaves[0].AtomicReader;
        Reader = leaves[0].Reader;
        var documents = new List<int>();
        var frequencies = new List<int>();
        foreach (var field in fields)
        {
            var terms = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
            _byField[field] = terms;
            _statistics[field] = searcher.CollectionStatistics(field);
            var iterator = reader.GetTerms(field)?.GetEnumerator();
            if (iterator is null)
            {
                continue;
            }
            DocsEnum? postings = null;
            while (iterator.MoveNext())
            {
                documents.Clear();
                frequencies.Clear();
                postings = iterator.Docs(null, postings, DocsFlags.FREQS);
                for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    documents.Add(doc);
                    frequencies.Add(postings.Freq);
                }
                var term = new Term(field, BytesRef.DeepCopyOf(iterator.Term));
                terms[term.Text] = new TermPostings(term, [.. documents], [.. frequencies], iterator.TotalTermFreq);
            }
            terms.TrimExcess();
        }
    }

    /// <summary>The segment the postings' document numbers belong to.</summary>
    public IndexReader Reader { get; }

    /// <summary>The postings of <paramref name="term"/> in <paramref name="field"/>, or false when no entry holds it.</summary>
    public bool TryGet(string field, string term, out TermPostings postings)
    {
        postings = null!;
        return _byField.TryGetValue(field, out var terms) && terms.TryGetValue(term, out postings!);
    }

    /// <summary>The field's statistics as the searcher computes them.</summary>
    public CollectionStatistics Statistics(string field) => _statistics[field];
}
