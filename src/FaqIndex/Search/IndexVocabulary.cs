using Lucene.Net.Index;

namespace FaqIndex.Search;

/// <summary>Every term of a snapshot's searched fields with its per-segment term states, read once when the snapshot is
/// built: a query then never seeks the terms dictionary (most of a search's cost on an index this small), and a word the
/// index does not hold is known to match nothing without asking Lucene.</summary>
internal sealed class IndexVocabulary
{
    private readonly Dictionary<string, Dictionary<string, TermContext>> _byField = new(StringComparer.Ordinal);

    /// <summary>Reads the terms of <paramref name="fields"/> from every segment of <paramref name="reader"/>.</summary>
    public IndexVocabulary(IndexReader reader, IEnumerable<string> fields)
    {
        var top = reader.Context;
        foreach (var field in fields)
        {
            var terms = new Dictionary<string, TermContext>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var iterator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                if (iterator is null)
                {
                    continue;
                }
                while (iterator.MoveNext())
                {
                    var text = iterator.Term.Utf8ToString();
                    if (!terms.TryGetValue(text, out var states))
                    {
                        states = new TermContext(top);
                        terms[text] = states;
                    }
                    states.Register(iterator.GetTermState(), leaf.Ord, iterator.DocFreq, iterator.TotalTermFreq);
                }
            }
            terms.TrimExcess();
            _byField[field] = terms;
        }
    }

    /// <summary>Number of distinct (field, term) pairs held.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            foreach (var terms in _byField.Values)
            {
                count += terms.Count;
            }
            return count;
        }
    }

    /// <summary>The term states of <paramref name="term"/> in <paramref name="field"/>, or false when no entry holds it.</summary>
    public bool TryGet(string field, string term, out TermContext states)
    {
        states = null!;
        return _byField.TryGetValue(field, out var terms) && terms.TryGetValue(term, out states!);
    }
}
