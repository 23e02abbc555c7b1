using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FaqIndex.Search;

/// <summary>One term's posting list (documents and in-document frequencies) and statistics, copied out of the index
/// once: the FAQ index is a few hundred kilobytes and never changes, so a query reads plain arrays instead of
/// opening and decoding a posting list per word.</summary>
internal sealed class TermPostings(Term term, int[] documents, int[] frequencies, long totalTermFrequency)
{
    /// <summary>The field and text.</summary>
    public Term Term { get; } = term;

    /// <summary>Document numbers, ascending.</summary>
    public int[] Documents { get; } = documents;

    /// <summary>How often the term occurs in each of <see cref="Documents"/>.</summary>
    public int[] Frequencies { get; } = frequencies;

    /// <summary>The statistics Lucene's similarity weighs the term by, exactly as the searcher would compute them.</summary>
    public TermStatistics Statistics { get; } = new(term.Bytes, documents.Length, totalTermFrequency);
}
