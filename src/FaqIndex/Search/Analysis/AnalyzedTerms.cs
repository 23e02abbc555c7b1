using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace FaqIndex.Search.Analysis;

/// <summary>The terms of an analysed text grouped by position: a group holds a token and the synonyms stacked on it.</summary>
public sealed class AnalyzedTerms
{
    /// <summary>Most groups kept from one question: every bigram of the longest question analysed
    /// (<see cref="QueryText.MaxQuestionChars"/>) with its question sentence repeated, below Lucene's clause limit (1024).</summary>
    /// <remarks>At 64 the bigram and reading fields of every long message (2–4 sentences, 80–130 bigrams) stopped in
    /// the context and never saw the question sentence at the end, nor its repetition.</remarks>
    public const int MaxGroups = 512;

    // Sized for a typical question (a dozen words, a few dozen bigrams) so filling them rarely grows them.
    private readonly List<string> _terms = new(32);
    private readonly List<int> _groupStarts = new(32);

    /// <summary>Number of positions.</summary>
    public int GroupCount => _groupStarts.Count;

    /// <summary>The terms at position <paramref name="group"/>; the first is the token as typed, then its synonyms.</summary>
    public ReadOnlySpan<string> Group(int group)
    {
        int start = _groupStarts[group];
        int end = group + 1 < _groupStarts.Count ? _groupStarts[group + 1] : _terms.Count;
        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_terms).Slice(start, end - start);
    }

    /// <summary>Whether any position holds <paramref name="term"/>.</summary>
    public bool Contains(string term) => _terms.Contains(term);

    /// <summary>Adds <paramref name="term"/> as a position of its own (ignored once <see cref="MaxGroups"/> are held).</summary>
    public void AddGroup(string term)
    {
        if (_groupStarts.Count < MaxGroups)
        {
            _groupStarts.Add(_terms.Count);
            _terms.Add(term);
        }
    }

    /// <summary>Analyses <paramref name="text"/> as field <paramref name="field"/>.</summary>
    public static AnalyzedTerms Analyze(Analyzer analyzer, string field, string text)
    {
        var result = new AnalyzedTerms();
        if (text.Length == 0)
        {
            return result;
        }
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length == 0)
            {
                continue;
            }
            bool stacked = increment.PositionIncrement == 0 && result._groupStarts.Count > 0;
            if (!stacked)
            {
                if (result._groupStarts.Count == MaxGroups)
                {
                    break;
                }
                result._groupStarts.Add(result._terms.Count);
            }
            result._terms.Add(term.ToString());
        }
        stream.End();
        return result;
    }

    /// <summary>Adds every term of <paramref name="text"/> to <paramref name="set"/> (for the per-entry term sets).</summary>
    public static void Collect(Analyzer analyzer, string field, string text, HashSet<string> set)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (term.Length > 0)
            {
                set.Add(term.ToString());
            }
        }
        stream.End();
    }
}
